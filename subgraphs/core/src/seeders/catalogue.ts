import { AgencyKind } from '../entities/agency.entity';
import { ServiceApplication as App, ServiceLevel as Level } from '../entities/service.entity';
import { KENDARI, slugOf } from '@kendari/kit';

/** Agencies (OPD) of Kota Kendari that serve the public, and the 11 kecamatan offices. */
export const AGENCIES = [
  { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika Kota Kendari', shortName: 'Diskominfo', kind: AgencyKind.DINAS, address: 'Jl. Drs. H. Abdullah Silondae No. 8, Mandonga' },
  { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kendari', shortName: 'Disdukcapil', kind: AgencyKind.DINAS, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kendari', shortName: 'DPMPTSP', kind: AgencyKind.DINAS, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'dinkes', name: 'Dinas Kesehatan Kota Kendari', shortName: 'Dinkes', kind: AgencyKind.DINAS, address: 'Jl. Sorumba, Wua-Wua' },
  { id: 'damkar', name: 'Dinas Pemadam Kebakaran dan Penyelamatan Kota Kendari', shortName: 'Damkar', kind: AgencyKind.DINAS, address: 'Jl. Saranani, Kadia' },
  { id: 'bapenda', name: 'Badan Pendapatan Daerah Kota Kendari', shortName: 'Bapenda', kind: AgencyKind.BADAN, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'inspektorat', name: 'Inspektorat Kota Kendari', shortName: 'Inspektorat', kind: AgencyKind.INSPEKTORAT, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'kelurahan-kecamatan', name: 'Kantor Kelurahan dan Kecamatan se-Kota Kendari (LAIKA)', shortName: 'Kelurahan/Kecamatan', kind: AgencyKind.KECAMATAN, address: '65 kantor kelurahan dan 11 kantor kecamatan' },
  { id: 'rsu-kota-kendari', name: 'Rumah Sakit Umum Kota Kendari', shortName: 'RSU Kota', kind: AgencyKind.RUMAH_SAKIT, address: 'Jl. Z.A. Sugianto, Kambu' },
  ...KENDARI.kecamatan.map((k) => ({
    id: `kecamatan-${slugOf(k.name)}`,
    name: `Kantor Kecamatan ${k.name}`,
    shortName: `Kec. ${k.name}`,
    kind: AgencyKind.KECAMATAN,
    address: `Kantor Camat ${k.name}, Kota Kendari`,
    kecamatanId: k.code,
  })),
].map((a) => ({ officePhone: '(0401) 312' + String(a.id.length).padStart(4, '0'), kecamatanId: null as string | null, ...a }));

const FREE_LETTER = 'Gratis: Perda Kota Kendari tentang Penyelenggaraan Administrasi Kependudukan; tidak ada pungutan untuk surat keterangan kelurahan/kecamatan';
const LAIKA_COMPLAINT = 'Laporkan lewat JARI (Jaga Kendari) di portal Satu Kendari, atau ke Inspektorat Kota Kendari; SP4N-LAPOR! (lapor.go.id)';
const LAIKA_BASIS = 'UU 25/2009 tentang Pelayanan Publik; UU 23/2014 tentang Pemerintahan Daerah; Perwali Kendari tentang Standar Pelayanan Kelurahan dan Kecamatan';
const ADMINDUK_BASIS = 'UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018; Permendagri 108/2019';

interface ServiceSeed {
  id: string;
  name: string;
  agencyId: string;
  application: App;
  level: Level;
  description: string;
  requirements: string[];
  steps: string[];
  timeLimitDays: number;
  timeLimitText: string;
  feeRupiah: number;
  feeLegalBasis: string;
  product: string;
  complaintChannel?: string;
  legalBasis: string;
}

const letter = (id: string, name: string, level: Level, description: string, requirements: string[], days: number, product: string): ServiceSeed => ({
  id: `laika-${id}`,
  name,
  agencyId: 'kelurahan-kecamatan',
  application: App.LAIKA,
  level,
  description,
  requirements,
  steps: [
    'Ajukan permohonan lewat LAIKA di portal Satu Kendari (atau di kantor kelurahan)',
    level === Level.KECAMATAN ? 'Petugas kecamatan memeriksa berkas' : 'Petugas kelurahan memeriksa berkas',
    level === Level.KECAMATAN ? 'Camat menandatangani surat' : 'Lurah menandatangani surat',
    'Surat terbit dengan nomor dan kode verifikasi; unduh atau ambil di kantor',
  ],
  timeLimitDays: days,
  timeLimitText: `${days} hari kerja`,
  feeRupiah: 0,
  feeLegalBasis: FREE_LETTER,
  product,
  legalBasis: LAIKA_BASIS,
});

/** The service catalogue with each service's official standard. LAIKA letters are issued by the kelurahan and kecamatan offices. */
export const SERVICES: ServiceSeed[] = [
  letter('sk-domisili', 'Surat Keterangan Domisili', Level.KELURAHAN, 'Keterangan bahwa warga benar berdomisili di kelurahan ini, untuk keperluan administrasi (bank, sekolah, pekerjaan).', ['KTP-el', 'Kartu Keluarga', 'Surat pengantar RT/RW'], 1, 'Surat Keterangan Domisili bertanda tangan lurah'),
  letter('sktm', 'Surat Keterangan Tidak Mampu (SKTM)', Level.KELURAHAN, 'Keterangan penghasilan rendah untuk keringanan biaya sekolah, rumah sakit, atau bantuan sosial.', ['KTP-el', 'Kartu Keluarga', 'Surat pengantar RT/RW', 'Foto rumah tampak depan'], 2, 'Surat Keterangan Tidak Mampu bertanda tangan lurah'),
  letter('sku', 'Surat Keterangan Usaha (SKU)', Level.KELURAHAN, 'Keterangan bahwa warga menjalankan usaha di kelurahan ini (untuk kredit usaha, NIB, bantuan UMKM).', ['KTP-el', 'Kartu Keluarga', 'Surat pengantar RT/RW', 'Foto tempat usaha'], 2, 'Surat Keterangan Usaha bertanda tangan lurah'),
  letter('pengantar-skck', 'Surat Pengantar SKCK', Level.KELURAHAN, 'Pengantar dari kelurahan untuk mengurus Surat Keterangan Catatan Kepolisian di Polresta Kendari.', ['KTP-el', 'Kartu Keluarga', 'Pas foto 4x6 latar merah (2 lembar)'], 1, 'Surat pengantar SKCK bertanda tangan lurah'),
  letter('sk-kematian', 'Surat Keterangan Kematian', Level.KELURAHAN, 'Keterangan meninggal dunia dari kelurahan, untuk penerbitan akta kematian di Disdukcapil.', ['KTP-el pelapor', 'Kartu Keluarga almarhum', 'Surat keterangan dari rumah sakit/dokter (jika ada)', 'KTP-el almarhum'], 1, 'Surat Keterangan Kematian bertanda tangan lurah'),
  letter('sk-kelahiran', 'Surat Keterangan Kelahiran', Level.KELURAHAN, 'Keterangan kelahiran dari kelurahan, untuk penerbitan akta kelahiran.', ['Surat keterangan lahir dari bidan/rumah sakit', 'Kartu Keluarga', 'KTP-el kedua orang tua', 'Buku nikah/akta perkawinan'], 1, 'Surat Keterangan Kelahiran bertanda tangan lurah'),
  letter('sk-pindah', 'Surat Keterangan Pindah', Level.KECAMATAN, 'Keterangan pindah domisili ke luar kecamatan/kota, sebagai dasar surat pindah dari Disdukcapil.', ['KTP-el', 'Kartu Keluarga', 'Surat pengantar RT/RW', 'Alamat tujuan lengkap'], 3, 'Surat Keterangan Pindah bertanda tangan camat'),
  letter('sk-belum-menikah', 'Surat Keterangan Belum Menikah', Level.KELURAHAN, 'Keterangan status belum pernah menikah, untuk keperluan pekerjaan atau pernikahan.', ['KTP-el', 'Kartu Keluarga', 'Surat pengantar RT/RW'], 1, 'Surat Keterangan Belum Menikah bertanda tangan lurah'),
  letter('sk-ahli-waris', 'Surat Keterangan Ahli Waris', Level.KECAMATAN, 'Pengesahan keterangan ahli waris oleh camat, untuk pencairan tabungan, balik nama, atau pensiun.', ['KTP-el semua ahli waris', 'Kartu Keluarga', 'Akta kematian pewaris', 'Surat pernyataan ahli waris bermeterai diketahui lurah'], 5, 'Surat Keterangan Ahli Waris dikuatkan camat'),
  letter('sk-penghasilan', 'Surat Keterangan Penghasilan', Level.KELURAHAN, 'Keterangan penghasilan orang tua untuk beasiswa atau keringanan UKT.', ['KTP-el', 'Kartu Keluarga', 'Surat pengantar RT/RW'], 2, 'Surat Keterangan Penghasilan bertanda tangan lurah'),
  letter('dispensasi-nikah-kecamatan', 'Rekomendasi Nikah (N1-N4)', Level.KELURAHAN, 'Surat pengantar nikah (model N1 sampai N4) untuk KUA.', ['KTP-el calon pengantin', 'Kartu Keluarga', 'Akta kelahiran', 'Pas foto 2x3 (4 lembar)'], 2, 'Surat pengantar nikah N1-N4 bertanda tangan lurah'),
  {
    id: 'capil-ktp-el', name: 'Perekaman dan Pencetakan KTP-el', agencyId: 'disdukcapil', application: App.CIVIL_REGISTRY, level: Level.AGENCY,
    description: 'Perekaman data dan pencetakan KTP elektronik untuk warga berusia 17 tahun atau sudah menikah; juga penggantian KTP rusak/hilang. Lihat papan status layanan: blanko bisa habis.',
    requirements: ['Kartu Keluarga', 'Berusia 17 tahun atau sudah/pernah menikah', 'Surat kehilangan dari kepolisian (jika hilang)', 'KTP-el rusak (jika rusak)'],
    steps: ['Cek papan status layanan: blanko KTP-el tersedia hari ini?', 'Datang ke Disdukcapil atau kantor kecamatan untuk perekaman', 'Verifikasi data', 'Pencetakan KTP-el'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja setelah perekaman (jika blanko tersedia)', feeRupiah: 0, feeLegalBasis: 'Gratis: UU 24/2013 Pasal 79A, tidak dipungut biaya', product: 'KTP elektronik', legalBasis: ADMINDUK_BASIS,
  },
  {
    id: 'capil-kk', name: 'Penerbitan Kartu Keluarga', agencyId: 'disdukcapil', application: App.CIVIL_REGISTRY, level: Level.AGENCY,
    description: 'Kartu Keluarga baru, perubahan data, atau penggantian KK hilang/rusak.',
    requirements: ['KK lama (untuk perubahan)', 'Buku nikah/akta perkawinan', 'Surat keterangan pindah (untuk pindah datang)'],
    steps: ['Isi formulir F-1.01', 'Serahkan berkas ke Disdukcapil atau kecamatan', 'Verifikasi petugas', 'KK dicetak atau dikirim dalam bentuk PDF bertanda tangan elektronik'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja', feeRupiah: 0, feeLegalBasis: 'Gratis: UU 24/2013 Pasal 79A', product: 'Kartu Keluarga (cetak atau PDF TTE)', legalBasis: ADMINDUK_BASIS,
  },
  {
    id: 'capil-akta-kelahiran', name: 'Akta Kelahiran', agencyId: 'disdukcapil', application: App.CIVIL_REGISTRY, level: Level.AGENCY,
    description: 'Penerbitan akta kelahiran anak.', requirements: ['Surat keterangan lahir', 'Kartu Keluarga', 'KTP-el orang tua', 'Buku nikah/akta perkawinan'],
    steps: ['Isi formulir F-2.01', 'Serahkan berkas', 'Verifikasi', 'Akta diterbitkan'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja', feeRupiah: 0, feeLegalBasis: 'Gratis: UU 24/2013 Pasal 79A', product: 'Kutipan akta kelahiran', legalBasis: ADMINDUK_BASIS,
  },
  {
    id: 'izin-pbg', name: 'Persetujuan Bangunan Gedung (PBG)', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Persetujuan sebelum membangun, mengubah, atau merawat bangunan gedung (pengganti IMB).',
    requirements: ['KTP-el pemohon', 'Bukti kepemilikan tanah', 'Gambar rencana arsitektur, struktur dan utilitas', 'Bukti pembayaran PBB tahun berjalan'],
    steps: ['Ajukan lewat SIMBG dan portal Satu Kendari', 'Pemeriksaan dokumen teknis oleh TPA/TPT', 'Penetapan retribusi', 'Pembayaran retribusi', 'PBG terbit'],
    timeLimitDays: 28, timeLimitText: '28 hari kerja', feeRupiah: 0, feeLegalBasis: 'Retribusi PBG dihitung menurut luas dan fungsi bangunan (Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah); dibayar ke kas daerah, bukan ke petugas', product: 'Dokumen PBG', legalBasis: 'UU 28/2002 jo. UU 6/2023; PP 16/2021 tentang Bangunan Gedung',
  },
  {
    id: 'izin-nib-umk', name: 'Nomor Induk Berusaha (NIB) Usaha Mikro dan Kecil', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Pendampingan penerbitan NIB lewat OSS-RBA untuk usaha mikro dan kecil.', requirements: ['KTP-el', 'NPWP (jika ada)', 'Alamat dan foto tempat usaha'],
    steps: ['Datang ke Mal Pelayanan Publik atau ajukan lewat portal', 'Petugas membantu pendaftaran OSS', 'NIB terbit'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja', feeRupiah: 0, feeLegalBasis: 'Gratis: PP 5/2021 tentang Perizinan Berusaha Berbasis Risiko', product: 'NIB', legalBasis: 'PP 5/2021; PP 7/2021',
  },
  {
    id: 'izin-reklame', name: 'Izin Penyelenggaraan Reklame', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Izin memasang reklame (papan nama usaha besar, baliho, billboard).', requirements: ['KTP-el', 'NIB', 'Desain dan ukuran reklame', 'Foto lokasi', 'Surat persetujuan pemilik lahan'],
    steps: ['Ajukan permohonan', 'Peninjauan lokasi', 'Penetapan pajak reklame', 'Izin terbit'],
    timeLimitDays: 5, timeLimitText: '5 hari kerja', feeRupiah: 0, feeLegalBasis: 'Tanpa biaya izin; pajak reklame menurut Perda Pajak Daerah dibayar ke kas daerah', product: 'Izin reklame', legalBasis: 'UU 1/2022 tentang HKPD',
  },
  {
    id: 'kesehatan-poli-umum', name: 'Pelayanan Poli Umum Puskesmas', agencyId: 'dinkes', application: App.HEALTH, level: Level.AGENCY,
    description: 'Pemeriksaan dan pengobatan umum di 15 puskesmas Kota Kendari. Ambil nomor antrean lewat portal.', requirements: ['KTP-el atau KIS/kartu BPJS Kesehatan', 'Nomor antrean'],
    steps: ['Ambil nomor antrean', 'Pendaftaran di loket', 'Pemeriksaan dokter', 'Ambil obat di apotek puskesmas'],
    timeLimitDays: 0, timeLimitText: 'Dilayani di hari yang sama', feeRupiah: 0, feeLegalBasis: 'Gratis bagi peserta JKN/KIS; Perwali Kendari tentang tarif puskesmas', product: 'Pemeriksaan, resep, surat rujukan bila perlu', legalBasis: 'Permenkes 43/2019 tentang Puskesmas',
  },
  {
    id: 'kesehatan-imunisasi', name: 'Imunisasi dan Kesehatan Ibu-Anak (KIA)', agencyId: 'dinkes', application: App.HEALTH, level: Level.AGENCY,
    description: 'Imunisasi dasar anak, pemeriksaan kehamilan, dan KB di puskesmas.', requirements: ['Buku KIA', 'KTP-el orang tua'],
    steps: ['Ambil nomor antrean poli KIA', 'Pemeriksaan', 'Imunisasi/layanan'], timeLimitDays: 0, timeLimitText: 'Dilayani di hari yang sama', feeRupiah: 0, feeLegalBasis: 'Gratis: program imunisasi nasional', product: 'Imunisasi, catatan di buku KIA', legalBasis: 'Permenkes 12/2017 tentang Penyelenggaraan Imunisasi',
  },
  {
    id: 'damkar-fire-button', name: 'Kendari Fire Button: Laporan Kebakaran dan Penyelamatan', agencyId: 'damkar', application: App.FIREBUTTON, level: Level.AGENCY,
    description: 'Laporkan kebakaran atau keadaan darurat penyelamatan dalam hitungan detik, dari lokasi Anda; pos pemadam terdekat dikirim. Tidak perlu masuk akun.',
    requirements: ['Lokasi kejadian (otomatis dari ponsel, atau pilih kelurahan)', 'Nomor telepon yang bisa dihubungi'],
    steps: ['Tekan tombol darurat', 'Konfirmasi lokasi', 'Pos terdekat ditugaskan', 'Ikuti status di halaman pelacakan'],
    timeLimitDays: 0, timeLimitText: 'Tiba di lokasi dalam 15 menit sejak laporan', feeRupiah: 0, feeLegalBasis: 'Gratis: pelayanan pemadaman dan penyelamatan tidak dipungut biaya', product: 'Unit pemadam/penyelamat di lokasi', legalBasis: 'Permendagri 114/2018 tentang Standar Teknis Pelayanan Dasar SPM Sub-urusan Kebakaran',
  },
  {
    id: 'damkar-evakuasi-hewan', name: 'Penyelamatan Non-Kebakaran (evakuasi, hewan berbahaya)', agencyId: 'damkar', application: App.FIREBUTTON, level: Level.AGENCY,
    description: 'Evakuasi korban, penanganan sarang tawon, ular, atau hewan berbahaya lain.', requirements: ['Lokasi kejadian', 'Nomor telepon'],
    steps: ['Laporkan lewat Fire Button (jenis: penyelamatan)', 'Unit ditugaskan', 'Penanganan di lokasi'], timeLimitDays: 0, timeLimitText: 'Secepatnya', feeRupiah: 0, feeLegalBasis: 'Gratis', product: 'Penanganan di lokasi', legalBasis: 'Permendagri 114/2018',
  },
  {
    id: 'pajak-pbb', name: 'Informasi dan Pembayaran PBB-P2', agencyId: 'bapenda', application: App.JAKPA, level: Level.AGENCY,
    description: 'Cek tagihan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan dengan NOP; bayar di bank atau kanal resmi.', requirements: ['NOP (18 digit) dari SPPT'],
    steps: ['Masukkan NOP di JAKPA', 'Lihat tagihan dan jatuh tempo', 'Bayar lewat bank/kanal resmi', 'Simpan bukti bayar'], timeLimitDays: 0, timeLimitText: 'Seketika', feeRupiah: 0, feeLegalBasis: 'Tanpa biaya layanan; besaran PBB menurut SPPT (Perda Pajak Daerah)', product: 'Informasi tagihan, bukti pembayaran', legalBasis: 'UU 1/2022 tentang HKPD',
  },
  {
    id: 'pajak-restoran', name: 'Pelaporan Pajak Barang dan Jasa Tertentu (restoran, hotel)', agencyId: 'bapenda', application: App.JAKPA, level: Level.AGENCY,
    description: 'Pelaporan dan pembayaran PBJT makanan/minuman dan perhotelan oleh wajib pajak.', requirements: ['NPWPD', 'Rekap omzet bulanan'],
    steps: ['Lapor omzet bulanan', 'Terima kode bayar', 'Bayar sebelum jatuh tempo'], timeLimitDays: 0, timeLimitText: 'Seketika', feeRupiah: 0, feeLegalBasis: 'Tanpa biaya layanan; tarif PBJT 10% menurut Perda Pajak Daerah', product: 'Kode bayar dan bukti setor', legalBasis: 'UU 1/2022 tentang HKPD',
  },
  {
    id: 'jari-pengaduan', name: 'JARI: Laporan Pungli, Suap dan Gratifikasi', agencyId: 'inspektorat', application: App.JARI, level: Level.AGENCY,
    description: 'Laporkan dugaan pungutan liar, suap, atau gratifikasi dalam pelayanan publik. Bisa anonim: identitas tidak disimpan sama sekali.',
    requirements: ['Ceritakan kejadian: kapan, di mana, layanan apa', 'Bukti (opsional): foto, rekaman, kuitansi'],
    steps: ['Kirim laporan (boleh anonim)', 'Simpan kode pelacakan dan kode rahasia', 'Inspektorat memverifikasi dan menindaklanjuti', 'Pantau status dan jawab pertanyaan pemeriksa'],
    timeLimitDays: 5, timeLimitText: 'Ditindaklanjuti dalam 5 hari kerja', feeRupiah: 0, feeLegalBasis: 'Gratis', product: 'Tindak lanjut dan kesimpulan pemeriksaan', complaintChannel: 'Inspektorat Kota Kendari; SP4N-LAPOR! (lapor.go.id)', legalBasis: 'Perpres 87/2016 tentang Satgas Saber Pungli; PP 94/2021; Perwali Kendari tentang Program Jaga Kendari',
  },
];

export const complaintOf = (s: ServiceSeed) => s.complaintChannel ?? LAIKA_COMPLAINT;
