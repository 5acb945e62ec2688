import { AgencyKind } from '../entities/agency.entity';
import { FeeKind, ServiceApplication as App, ServiceLevel as Level } from '../entities/service.entity';
import { KENDARI, slugOf } from '@kendari/kit';

/** Agencies (OPD) of Kota Kendari that serve the public, and the 11 kecamatan offices. */
export const AGENCIES = [
  { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika Kota Kendari', nameEn: 'Kendari City Communication and Informatics Office', shortName: 'Diskominfo', kind: AgencyKind.DINAS, address: 'Jl. Drs. H. Abdullah Silondae No. 8, Mandonga' },
  { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kendari', nameEn: 'Kendari City Population and Civil Registration Office', shortName: 'Disdukcapil', kind: AgencyKind.DINAS, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kendari', nameEn: 'Kendari City Investment and One-Stop Integrated Services Office', shortName: 'DPMPTSP', kind: AgencyKind.DINAS, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'dinkes', name: 'Dinas Kesehatan Kota Kendari', nameEn: 'Kendari City Health Office', shortName: 'Dinkes', kind: AgencyKind.DINAS, address: 'Jl. Sorumba, Wua-Wua' },
  { id: 'damkar', name: 'Dinas Pemadam Kebakaran dan Penyelamatan Kota Kendari', nameEn: 'Kendari City Fire and Rescue Service', shortName: 'Damkar', kind: AgencyKind.DINAS, address: 'Jl. Saranani, Kadia' },
  { id: 'bapenda', name: 'Badan Pendapatan Daerah Kota Kendari', nameEn: 'Kendari City Regional Revenue Agency', shortName: 'Bapenda', kind: AgencyKind.BADAN, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'inspektorat', name: 'Inspektorat Kota Kendari', nameEn: 'Kendari City Inspectorate', shortName: 'Inspektorat', kind: AgencyKind.INSPEKTORAT, address: 'Jl. Balai Kota No. 1, Kadia' },
  { id: 'kelurahan-kecamatan', name: 'Kantor Kelurahan dan Kecamatan se-Kota Kendari (LAIKA)', nameEn: 'Kelurahan and kecamatan offices of Kendari City (LAIKA)', shortName: 'Kelurahan/Kecamatan', kind: AgencyKind.KECAMATAN, address: '65 kantor kelurahan dan 11 kantor kecamatan', addressEn: 'The 65 kelurahan offices and 11 kecamatan offices' },
  { id: 'rsu-kota-kendari', name: 'Rumah Sakit Umum Kota Kendari', nameEn: 'Kendari City General Hospital', shortName: 'RSU Kota', kind: AgencyKind.RUMAH_SAKIT, address: 'Jl. Z.A. Sugianto, Kambu' },
  ...KENDARI.kecamatan.map((k) => ({
    id: `kecamatan-${slugOf(k.name)}`,
    name: `Kantor Kecamatan ${k.name}`,
    nameEn: `Kecamatan ${k.name} District Office`,
    shortName: `Kec. ${k.name}`,
    kind: AgencyKind.KECAMATAN,
    address: `Kantor Camat ${k.name}, Kota Kendari`,
    addressEn: `Camat's office, Kecamatan ${k.name}, Kendari City`,
    kecamatanId: k.code,
  })),
].map((a) => ({ officePhone: '(0401) 312' + String(a.id.length).padStart(4, '0'), kecamatanId: null as string | null, addressEn: null as string | null, ...a }));

// fee bases are citations only (they show under the fee in either language); that nothing is owed is the fee kind
const FREE_LETTER = 'Perda Kota Kendari tentang Penyelenggaraan Administrasi Kependudukan; UU 25/2009 tentang Pelayanan Publik';
const LAIKA_COMPLAINT = 'Laporkan lewat JARI (Jaga Kendari) di portal Satu Kendari, atau ke Inspektorat Kota Kendari; SP4N-LAPOR! (lapor.go.id)';
const LAIKA_COMPLAINT_EN = 'Report it through JARI (Jaga Kendari) on the Satu Kendari portal, or to the Kendari City Inspectorate; SP4N-LAPOR! (lapor.go.id)';
const LAIKA_BASIS = 'UU 25/2009 tentang Pelayanan Publik; UU 23/2014 tentang Pemerintahan Daerah; Perwali Kendari tentang Standar Pelayanan Kelurahan dan Kecamatan';
const ADMINDUK_BASIS = 'UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018; Permendagri 108/2019';
const ADMINDUK_FREE = 'UU 24/2013 tentang Administrasi Kependudukan, Pasal 79A';
const PERMIT_FREE = 'PP 5/2021 tentang Perizinan Berusaha Berbasis Risiko';

/** English texts of a service, beside the Indonesian ones (same order for lists). */
interface English {
  name: string;
  description: string;
  requirements: string[];
  steps: string[];
  timeLimitText: string;
  product: string;
  complaintChannel?: string;
}

export interface ServiceSeed {
  id: string;
  name: string;
  agencyId: string;
  application: App;
  level: Level;
  description: string;
  /** Other words residents use, in both languages (synonyms for search). */
  keywords: string[];
  requirements: string[];
  steps: string[];
  timeLimitDays: number;
  timeLimitText: string;
  feeKind: FeeKind;
  feeRupiah: number;
  feeNote?: string;
  feeNoteEn?: string;
  feeLegalBasis: string;
  product: string;
  complaintChannel?: string;
  legalBasis: string;
  en: English;
}

const workingDays = (n: number) => (n === 1 ? '1 working day' : `${n} working days`);

const letter = (
  id: string,
  name: string,
  level: Level,
  description: string,
  requirements: string[],
  days: number,
  product: string,
  keywords: string[],
  en: { name: string; description: string; requirements: string[]; product: string },
): ServiceSeed => ({
  id: `laika-${id}`,
  name,
  agencyId: 'kelurahan-kecamatan',
  application: App.LAIKA,
  level,
  description,
  keywords,
  requirements,
  steps: [
    'Ajukan permohonan lewat LAIKA di portal Satu Kendari (atau di kantor kelurahan)',
    level === Level.KECAMATAN ? 'Petugas kecamatan memeriksa berkas' : 'Petugas kelurahan memeriksa berkas',
    level === Level.KECAMATAN ? 'Camat menandatangani surat' : 'Lurah menandatangani surat',
    'Surat terbit dengan nomor dan kode verifikasi; unduh atau ambil di kantor',
  ],
  timeLimitDays: days,
  timeLimitText: `${days} hari kerja`,
  feeKind: FeeKind.FREE,
  feeRupiah: 0,
  feeLegalBasis: FREE_LETTER,
  product,
  legalBasis: LAIKA_BASIS,
  en: {
    ...en,
    steps: [
      'Apply through LAIKA on the Satu Kendari portal (or at the kelurahan office)',
      level === Level.KECAMATAN ? 'Kecamatan staff check the documents' : 'Kelurahan staff check the documents',
      level === Level.KECAMATAN ? 'The camat (district head) signs the letter' : 'The lurah (village head) signs the letter',
      'The letter is issued with a number and a verification code; download it or collect it at the office',
    ],
    timeLimitText: workingDays(days),
  },
});

const KTP = 'KTP-el';
const KK = 'Kartu Keluarga';
const RTRW = 'Surat pengantar RT/RW';
const ID_CARD = 'Electronic ID card (KTP-el)';
const FAMILY_CARD = 'Family card (Kartu Keluarga)';
const RTRW_EN = 'Cover letter from the RT/RW (neighbourhood heads)';

/** The service catalogue with each service's official standard. LAIKA letters are issued by the kelurahan and kecamatan offices. */
export const SERVICES: ServiceSeed[] = [
  letter('sk-domisili', 'Surat Keterangan Domisili', Level.KELURAHAN, 'Keterangan bahwa warga benar berdomisili di kelurahan ini, untuk keperluan administrasi (bank, sekolah, pekerjaan).', [KTP, KK, RTRW], 1, 'Surat Keterangan Domisili bertanda tangan lurah',
    ['domisili', 'surat domisili', 'keterangan tempat tinggal', 'domicile', 'proof of residence', 'residence certificate', 'proof of address'],
    { name: 'Domicile certificate (Surat Keterangan Domisili)', description: 'States that the resident really lives in this kelurahan, for administrative needs (bank, school, work).', requirements: [ID_CARD, FAMILY_CARD, RTRW_EN], product: 'Domicile certificate signed by the lurah' }),
  letter('sktm', 'Surat Keterangan Tidak Mampu (SKTM)', Level.KELURAHAN, 'Keterangan penghasilan rendah untuk keringanan biaya sekolah, rumah sakit, atau bantuan sosial.', [KTP, KK, RTRW, 'Foto rumah tampak depan'], 2, 'Surat Keterangan Tidak Mampu bertanda tangan lurah',
    ['sktm', 'surat miskin', 'keterangan tidak mampu', 'keringanan biaya', 'low income', 'low-income letter', 'income letter', 'poverty certificate', 'certificate of low income'],
    { name: 'Low-income letter (SKTM)', description: 'States a low household income, for reduced school or hospital fees or social assistance.', requirements: [ID_CARD, FAMILY_CARD, RTRW_EN, 'Photo of the front of the house'], product: 'Low-income letter signed by the lurah' }),
  letter('sku', 'Surat Keterangan Usaha (SKU)', Level.KELURAHAN, 'Keterangan bahwa warga menjalankan usaha di kelurahan ini (untuk kredit usaha, NIB, bantuan UMKM).', [KTP, KK, RTRW, 'Foto tempat usaha'], 2, 'Surat Keterangan Usaha bertanda tangan lurah',
    ['sku', 'izin usaha', 'keterangan usaha', 'umkm', 'kur', 'business letter', 'business certificate', 'business permit', 'small business'],
    { name: 'Business certificate (SKU)', description: 'States that the resident runs a business in this kelurahan (for business loans, the NIB, small-business assistance).', requirements: [ID_CARD, FAMILY_CARD, RTRW_EN, 'Photo of the business premises'], product: 'Business certificate signed by the lurah' }),
  letter('pengantar-skck', 'Surat Pengantar SKCK', Level.KELURAHAN, 'Pengantar dari kelurahan untuk mengurus Surat Keterangan Catatan Kepolisian di Polresta Kendari.', [KTP, KK, 'Pas foto 4x6 latar merah (2 lembar)'], 1, 'Surat pengantar SKCK bertanda tangan lurah',
    ['skck', 'catatan kepolisian', 'kelakuan baik', 'police record', 'police clearance', 'good conduct certificate'],
    { name: 'Cover letter for a police record (SKCK)', description: 'A cover letter from the kelurahan to apply for a police record certificate (SKCK) at the Kendari city police.', requirements: [ID_CARD, FAMILY_CARD, 'Passport photos 4x6 cm, red background (2)'], product: 'SKCK cover letter signed by the lurah' }),
  letter('sk-kematian', 'Surat Keterangan Kematian', Level.KELURAHAN, 'Keterangan meninggal dunia dari kelurahan, untuk penerbitan akta kematian di Disdukcapil.', ['KTP-el pelapor', 'Kartu Keluarga almarhum', 'Surat keterangan dari rumah sakit/dokter (jika ada)', 'KTP-el almarhum'], 1, 'Surat Keterangan Kematian bertanda tangan lurah',
    ['kematian', 'meninggal', 'akta kematian', 'death', 'death certificate', 'deceased'],
    { name: 'Death notice letter', description: 'A kelurahan statement of death, needed for the death certificate from Disdukcapil.', requirements: ["Reporter's electronic ID card", "Family card of the deceased", 'Statement from the hospital or doctor (if any)', "Electronic ID card of the deceased"], product: 'Death notice letter signed by the lurah' }),
  letter('sk-kelahiran', 'Surat Keterangan Kelahiran', Level.KELURAHAN, 'Keterangan kelahiran dari kelurahan, untuk penerbitan akta kelahiran.', ['Surat keterangan lahir dari bidan/rumah sakit', KK, 'KTP-el kedua orang tua', 'Buku nikah/akta perkawinan'], 1, 'Surat Keterangan Kelahiran bertanda tangan lurah',
    ['kelahiran', 'lahir', 'bayi', 'birth', 'birth letter', 'newborn'],
    { name: 'Birth notice letter', description: 'A kelurahan statement of birth, for the birth certificate.', requirements: ['Birth statement from the midwife or hospital', FAMILY_CARD, "Both parents' electronic ID cards", 'Marriage book or certificate'], product: 'Birth notice letter signed by the lurah' }),
  letter('sk-pindah', 'Surat Keterangan Pindah', Level.KECAMATAN, 'Keterangan pindah domisili ke luar kecamatan/kota, sebagai dasar surat pindah dari Disdukcapil.', [KTP, KK, RTRW, 'Alamat tujuan lengkap'], 3, 'Surat Keterangan Pindah bertanda tangan camat',
    ['pindah', 'pindah domisili', 'pindah alamat', 'moving', 'move', 'relocation', 'change of address'],
    { name: 'Moving-out letter', description: 'States a move out of the kecamatan or city, the basis for the moving certificate from Disdukcapil.', requirements: [ID_CARD, FAMILY_CARD, RTRW_EN, 'Full destination address'], product: 'Moving-out letter signed by the camat' }),
  letter('sk-belum-menikah', 'Surat Keterangan Belum Menikah', Level.KELURAHAN, 'Keterangan status belum pernah menikah, untuk keperluan pekerjaan atau pernikahan.', [KTP, KK, RTRW], 1, 'Surat Keterangan Belum Menikah bertanda tangan lurah',
    ['belum menikah', 'lajang', 'single', 'unmarried', 'single status'],
    { name: 'Single-status letter', description: 'States that the resident has never married, for work or for a marriage.', requirements: [ID_CARD, FAMILY_CARD, RTRW_EN], product: 'Single-status letter signed by the lurah' }),
  letter('sk-ahli-waris', 'Surat Keterangan Ahli Waris', Level.KECAMATAN, 'Pengesahan keterangan ahli waris oleh camat, untuk pencairan tabungan, balik nama, atau pensiun.', ['KTP-el semua ahli waris', KK, 'Akta kematian pewaris', 'Surat pernyataan ahli waris bermeterai diketahui lurah'], 5, 'Surat Keterangan Ahli Waris dikuatkan camat',
    ['ahli waris', 'warisan', 'waris', 'heir', 'heirs', 'inheritance'],
    { name: 'Certificate of heirs', description: "The camat's endorsement of a statement of heirs, to release savings, transfer ownership or claim a pension.", requirements: ["Every heir's electronic ID card", FAMILY_CARD, 'Death certificate of the deceased', 'Stamped statement of heirs acknowledged by the lurah'], product: 'Certificate of heirs endorsed by the camat' }),
  letter('sk-penghasilan', 'Surat Keterangan Penghasilan', Level.KELURAHAN, 'Keterangan penghasilan orang tua untuk beasiswa atau keringanan UKT.', [KTP, KK, RTRW], 2, 'Surat Keterangan Penghasilan bertanda tangan lurah',
    ['penghasilan', 'gaji', 'beasiswa', 'ukt', 'income', 'income statement', 'scholarship'],
    { name: 'Income statement letter', description: "States the parents' income, for a scholarship or reduced university fees (UKT).", requirements: [ID_CARD, FAMILY_CARD, RTRW_EN], product: 'Income statement letter signed by the lurah' }),
  letter('dispensasi-nikah-kecamatan', 'Rekomendasi Nikah (N1-N4)', Level.KELURAHAN, 'Surat pengantar nikah (model N1 sampai N4) untuk KUA.', ['KTP-el calon pengantin', KK, 'Akta kelahiran', 'Pas foto 2x3 (4 lembar)'], 2, 'Surat pengantar nikah N1-N4 bertanda tangan lurah',
    ['nikah', 'menikah', 'pernikahan', 'kua', 'marriage', 'wedding', 'marriage letter'],
    { name: 'Marriage cover letters (N1-N4)', description: 'The marriage cover letters (forms N1 to N4) for the religious affairs office (KUA).', requirements: ["Bride's and groom's electronic ID cards", FAMILY_CARD, 'Birth certificate', 'Passport photos 2x3 cm (4)'], product: 'Marriage cover letters N1-N4 signed by the lurah' }),
  {
    id: 'capil-ktp-el', name: 'Perekaman dan Pencetakan KTP-el', agencyId: 'disdukcapil', application: App.CIVIL_REGISTRY, level: Level.AGENCY,
    description: 'Perekaman data dan pencetakan KTP elektronik untuk warga berusia 17 tahun atau sudah menikah; juga penggantian KTP rusak/hilang. Lihat papan status layanan: blanko bisa habis.',
    keywords: ['ktp', 'e-ktp', 'ektp', 'ktp elektronik', 'kartu tanda penduduk', 'ktp hilang', 'ktp rusak', 'id card', 'identity card', 'national id', 'electronic id card'],
    requirements: [KK, 'Berusia 17 tahun atau sudah/pernah menikah', 'Surat kehilangan dari kepolisian (jika hilang)', 'KTP-el rusak (jika rusak)'],
    steps: ['Cek papan status layanan: blanko KTP-el tersedia hari ini?', 'Datang ke Disdukcapil atau kantor kecamatan untuk perekaman', 'Verifikasi data', 'Pencetakan KTP-el'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja setelah perekaman (jika blanko tersedia)', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: ADMINDUK_FREE, product: 'KTP elektronik', legalBasis: ADMINDUK_BASIS,
    en: {
      name: 'Electronic ID card (KTP-el): recording and printing',
      description: 'Recording of data and printing of the electronic ID card for residents aged 17 or married; also replacement of a damaged or lost card. Check the service-status board: blank cards can run out.',
      requirements: [FAMILY_CARD, 'Aged 17, or married now or before', 'Police report of the loss (if lost)', 'The damaged card (if damaged)'],
      steps: ['Check the service-status board: are blank ID cards available today?', 'Go to Disdukcapil or a kecamatan office for recording', 'Data check', 'The ID card is printed'],
      timeLimitText: '1 working day after recording (if blank cards are available)', product: 'Electronic ID card',
    },
  },
  {
    id: 'capil-kk', name: 'Penerbitan Kartu Keluarga', agencyId: 'disdukcapil', application: App.CIVIL_REGISTRY, level: Level.AGENCY,
    description: 'Kartu Keluarga baru, perubahan data, atau penggantian KK hilang/rusak.',
    keywords: ['kk', 'kartu keluarga', 'family card', 'household card', 'family register'],
    requirements: ['KK lama (untuk perubahan)', 'Buku nikah/akta perkawinan', 'Surat keterangan pindah (untuk pindah datang)'],
    steps: ['Isi formulir F-1.01', 'Serahkan berkas ke Disdukcapil atau kecamatan', 'Verifikasi petugas', 'KK dicetak atau dikirim dalam bentuk PDF bertanda tangan elektronik'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: ADMINDUK_FREE, product: 'Kartu Keluarga (cetak atau PDF TTE)', legalBasis: ADMINDUK_BASIS,
    en: {
      name: 'Family card (Kartu Keluarga)',
      description: 'A new family card, a change of its data, or a replacement for a lost or damaged one.',
      requirements: ['The old family card (for a change)', 'Marriage book or certificate', 'Moving certificate (when moving in)'],
      steps: ['Fill in form F-1.01', 'Hand in the documents at Disdukcapil or a kecamatan office', 'Staff check the data', 'The family card is printed or sent as an electronically signed PDF'],
      timeLimitText: workingDays(1), product: 'Family card (printed or electronically signed PDF)',
    },
  },
  {
    id: 'capil-akta-kelahiran', name: 'Akta Kelahiran', agencyId: 'disdukcapil', application: App.CIVIL_REGISTRY, level: Level.AGENCY,
    description: 'Penerbitan akta kelahiran anak.',
    keywords: ['akta lahir', 'akte kelahiran', 'birth certificate', 'birth registration'],
    requirements: ['Surat keterangan lahir', KK, 'KTP-el orang tua', 'Buku nikah/akta perkawinan'],
    steps: ['Isi formulir F-2.01', 'Serahkan berkas', 'Verifikasi', 'Akta diterbitkan'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: ADMINDUK_FREE, product: 'Kutipan akta kelahiran', legalBasis: ADMINDUK_BASIS,
    en: {
      name: 'Birth certificate',
      description: "Issuing a child's birth certificate.",
      requirements: ['Birth statement', FAMILY_CARD, "Parents' electronic ID cards", 'Marriage book or certificate'],
      steps: ['Fill in form F-2.01', 'Hand in the documents', 'Data check', 'The certificate is issued'],
      timeLimitText: workingDays(1), product: 'Birth certificate (kutipan akta kelahiran)',
    },
  },
  {
    id: 'izin-pbg', name: 'Persetujuan Bangunan Gedung (PBG)', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Persetujuan sebelum membangun, mengubah, atau merawat bangunan gedung (pengganti IMB).',
    keywords: ['pbg', 'imb', 'izin mendirikan bangunan', 'izin bangunan', 'membangun rumah', 'building permit', 'construction permit', 'building approval'],
    requirements: ['KTP-el pemohon', 'Bukti kepemilikan tanah', 'Gambar rencana arsitektur, struktur dan utilitas', 'Bukti pembayaran PBB tahun berjalan'],
    steps: ['Ajukan lewat SIMBG dan portal Satu Kendari', 'Pemeriksaan dokumen teknis oleh TPA/TPT', 'Penetapan retribusi', 'Pembayaran retribusi', 'PBG terbit'],
    timeLimitDays: 28, timeLimitText: '28 hari kerja', feeKind: FeeKind.LEVY, feeRupiah: 0,
    feeNote: 'Retribusi PBG dihitung dari luas bangunan × indeks lokasi × harga satuan × indeks fungsi bangunan; besarnya ditetapkan dalam surat ketetapan retribusi dan dibayar ke kas daerah, bukan ke petugas.',
    feeNoteEn: 'The PBG levy is computed from floor area × location index × unit price × building-function index; the amount is set in a levy assessment and paid to the city treasury, never to an officer.',
    feeLegalBasis: 'UU 1/2022 tentang HKPD; Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah (retribusi PBG)', product: 'Dokumen PBG', legalBasis: 'UU 28/2002 jo. UU 6/2023; PP 16/2021 tentang Bangunan Gedung',
    en: {
      name: 'Building approval (PBG)',
      description: 'Approval before building, altering or maintaining a building (replaces the former IMB building permit).',
      requirements: ["Applicant's electronic ID card", 'Proof of land ownership', 'Architectural, structural and utility drawings', 'Proof of this year’s land and building tax (PBB) payment'],
      steps: ['Apply through SIMBG and the Satu Kendari portal', 'Technical review of the documents by the expert team (TPA/TPT)', 'The levy is assessed', 'Payment of the levy', 'The PBG is issued'],
      timeLimitText: workingDays(28), product: 'PBG document',
    },
  },
  {
    id: 'izin-slf', name: 'Sertifikat Laik Fungsi (SLF)', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Sertifikat bahwa bangunan gedung yang selesai dibangun sesuai PBG dan laik dipakai, wajib sebelum bangunan dimanfaatkan; juga perpanjangan SLF.',
    keywords: ['slf', 'laik fungsi', 'kelayakan bangunan', 'certificate of occupancy', 'occupancy permit', 'building fit for use'],
    requirements: ['KTP-el pemilik bangunan', 'Dokumen PBG', 'Gambar terbangun (as-built drawings)', 'Surat pernyataan kelaikan fungsi dari pengkaji teknis atau penyedia jasa pengawasan', 'Laporan pemeriksaan kelaikan fungsi bangunan'],
    steps: ['Ajukan lewat SIMBG dan portal Satu Kendari', 'Pemeriksaan dokumen kelaikan fungsi oleh dinas teknis', 'Inspeksi lapangan bila diperlukan', 'SLF dan nomor registrasi bangunan terbit'],
    timeLimitDays: 3, timeLimitText: '3 hari kerja setelah surat pernyataan kelaikan fungsi diterima', feeKind: FeeKind.FREE, feeRupiah: 0,
    feeLegalBasis: 'PP 16/2021 tentang Bangunan Gedung', product: 'Sertifikat Laik Fungsi (berlaku 5 tahun; rumah tinggal 20 tahun)', legalBasis: 'UU 28/2002 jo. UU 6/2023; PP 16/2021 tentang Bangunan Gedung',
    en: {
      name: 'Certificate of fitness for use (SLF)',
      description: 'Certifies that a finished building matches its PBG and is fit for use; required before the building is used. Also renewals.',
      requirements: ["Building owner's electronic ID card", 'PBG document', 'As-built drawings', 'Statement of fitness for use from the technical assessor or supervision consultant', 'Fitness-for-use inspection report'],
      steps: ['Apply through SIMBG and the Satu Kendari portal', 'The technical office checks the fitness documents', 'Site inspection where needed', 'The SLF and the building registration number are issued'],
      timeLimitText: '3 working days after the statement of fitness is received', product: 'Certificate of fitness for use (valid 5 years; houses 20 years)',
    },
  },
  {
    id: 'izin-nib-umk', name: 'Nomor Induk Berusaha (NIB) Usaha Mikro dan Kecil', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Pendampingan penerbitan NIB lewat OSS-RBA untuk usaha mikro dan kecil.',
    keywords: ['nib', 'izin usaha', 'oss', 'umkm', 'usaha mikro', 'business permit', 'business licence', 'business registration', 'business identification number'],
    requirements: [KTP, 'NPWP (jika ada)', 'Alamat dan foto tempat usaha'],
    steps: ['Datang ke Mal Pelayanan Publik atau ajukan lewat portal', 'Petugas membantu pendaftaran OSS', 'NIB terbit'],
    timeLimitDays: 1, timeLimitText: '1 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: PERMIT_FREE, product: 'NIB', legalBasis: 'PP 5/2021; PP 7/2021',
    en: {
      name: 'Business identification number (NIB) for micro and small businesses',
      description: 'Help with getting an NIB (the business licence number) through the OSS-RBA system for micro and small businesses.',
      requirements: [ID_CARD, 'Tax number (NPWP), if any', 'Address and photo of the business premises'],
      steps: ['Come to the Public Service Mall or apply through the portal', 'Staff help you register in OSS', 'The NIB is issued'],
      timeLimitText: workingDays(1), product: 'NIB (business identification number)',
    },
  },
  {
    id: 'izin-reklame', name: 'Izin Penyelenggaraan Reklame', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Izin memasang reklame (papan nama usaha besar, baliho, billboard).',
    keywords: ['reklame', 'baliho', 'billboard', 'spanduk', 'papan nama', 'advertising', 'signboard', 'advertisement permit'],
    requirements: [KTP, 'NIB', 'Desain dan ukuran reklame', 'Foto lokasi', 'Surat persetujuan pemilik lahan'],
    steps: ['Ajukan permohonan', 'Peninjauan lokasi', 'Penetapan pajak reklame', 'Pembayaran pajak reklame ke kas daerah', 'Izin terbit'],
    timeLimitDays: 5, timeLimitText: '5 hari kerja', feeKind: FeeKind.TAX, feeRupiah: 0,
    feeNote: 'Izinnya tanpa biaya, tetapi pajak reklame terutang: dihitung dari nilai sewa reklame (ukuran, lokasi, jenis, lama pemasangan) × tarif 25%, ditetapkan Bapenda dan dibayar ke kas daerah.',
    feeNoteEn: 'The permit itself costs nothing, but billboard tax is owed: the rental value of the billboard (size, location, type, duration) × a 25% rate, assessed by Bapenda and paid to the city treasury.',
    feeLegalBasis: 'UU 1/2022 tentang HKPD (pajak reklame); Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah', product: 'Izin reklame', legalBasis: 'UU 1/2022 tentang HKPD',
    en: {
      name: 'Billboard permit',
      description: 'Permit to put up advertising (large business signboards, banners, billboards).',
      requirements: [ID_CARD, 'NIB (business identification number)', 'Design and size of the billboard', 'Photo of the location', "Landowner's consent letter"],
      steps: ['Apply', 'Site visit', 'The billboard tax is assessed', 'The billboard tax is paid to the city treasury', 'The permit is issued'],
      timeLimitText: workingDays(5), product: 'Billboard permit',
    },
  },
  {
    id: 'izin-sip-nakes', name: 'Surat Izin Praktik Tenaga Kesehatan (SIP)', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Izin praktik bagi dokter, dokter gigi, bidan, perawat, apoteker dan tenaga kesehatan lain di fasilitas pelayanan kesehatan di Kota Kendari, dengan rekomendasi Dinas Kesehatan.',
    keywords: ['sip', 'izin praktik', 'izin praktek', 'dokter', 'bidan', 'perawat', 'nakes', 'practice licence', 'practice permit', 'medical licence', 'doctor', 'midwife', 'nurse'],
    requirements: [KTP, 'STR (Surat Tanda Registrasi) yang masih berlaku', 'Surat keterangan sehat dari dokter', 'Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik', 'Pas foto 4x6 (2 lembar)', 'Ijazah tenaga kesehatan'],
    steps: ['Ajukan permohonan lewat portal Satu Kendari', 'Verifikasi berkas oleh DPMPTSP', 'Rekomendasi teknis Dinas Kesehatan (dapat disertai peninjauan tempat praktik)', 'SIP terbit'],
    timeLimitDays: 5, timeLimitText: '5 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0,
    feeLegalBasis: 'UU 17/2023 tentang Kesehatan; PP 28/2024', product: 'Surat Izin Praktik (berlaku 5 tahun, untuk satu tempat praktik)', legalBasis: 'UU 17/2023 tentang Kesehatan; PP 28/2024 tentang Peraturan Pelaksanaan UU Kesehatan',
    en: {
      name: 'Practice licence for health workers (SIP)',
      description: 'Licence to practise for doctors, dentists, midwives, nurses, pharmacists and other health workers at a health facility in Kendari, with a recommendation from the Health Office.',
      requirements: [ID_CARD, 'Valid registration certificate (STR)', "Doctor's health certificate", 'Statement from the head of the health facility where you will practise', 'Passport photos 4x6 cm (2)', 'Health-worker diploma'],
      steps: ['Apply through the Satu Kendari portal', 'DPMPTSP checks the documents', 'Technical recommendation by the Health Office (possibly with a visit to the practice)', 'The SIP is issued'],
      timeLimitText: workingDays(5), product: 'Practice licence (valid 5 years, for one place of practice)',
    },
  },
  {
    id: 'izin-apotek', name: 'Izin Apotek (Surat Izin Apotek)', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Izin menyelenggarakan apotek, diajukan lewat OSS-RBA dan diverifikasi Dinas Kesehatan (pemeriksaan bangunan, sarana dan apoteker penanggung jawab).',
    keywords: ['apotek', 'apotik', 'farmasi', 'obat', 'sia', 'pharmacy', 'pharmacy licence', 'drugstore'],
    requirements: ['NIB', 'KTP-el pemilik', 'SIPA (Surat Izin Praktik Apoteker) apoteker penanggung jawab', 'Denah bangunan dan bukti kepemilikan atau sewa tempat', 'Daftar sarana, prasarana dan peralatan', 'Daftar tenaga kefarmasian', 'PBG atau SLF bangunan'],
    steps: ['Ajukan lewat OSS-RBA dan portal Satu Kendari', 'Verifikasi berkas oleh DPMPTSP', 'Pemeriksaan setempat oleh tim Dinas Kesehatan', 'Surat Izin Apotek terbit'],
    timeLimitDays: 12, timeLimitText: '12 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0,
    feeLegalBasis: 'PP 5/2021; Permenkes 14/2021', product: 'Surat Izin Apotek (berlaku 5 tahun)', legalBasis: 'Permenkes 9/2017 tentang Apotek; Permenkes 14/2021 tentang Standar Kegiatan Usaha Sektor Kesehatan; PP 5/2021',
    en: {
      name: 'Pharmacy licence',
      description: 'Licence to run a pharmacy, applied for through OSS-RBA and verified by the Health Office (building, equipment and the responsible pharmacist).',
      requirements: ['NIB (business identification number)', "Owner's electronic ID card", "Responsible pharmacist's practice licence (SIPA)", 'Floor plan and proof of ownership or lease', 'List of facilities and equipment', 'List of pharmacy staff', 'PBG or SLF of the building'],
      steps: ['Apply through OSS-RBA and the Satu Kendari portal', 'DPMPTSP checks the documents', 'On-site inspection by the Health Office team', 'The pharmacy licence is issued'],
      timeLimitText: workingDays(12), product: 'Pharmacy licence (valid 5 years)',
    },
  },
  {
    id: 'izin-klinik', name: 'Izin Operasional Klinik', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Izin operasional klinik pratama dan klinik utama, dengan verifikasi Dinas Kesehatan.',
    keywords: ['klinik', 'klinik pratama', 'klinik utama', 'izin klinik', 'clinic', 'clinic licence', 'health clinic'],
    requirements: ['NIB', 'Profil klinik (jenis layanan, jam buka)', 'Denah bangunan dan bukti kepemilikan atau sewa tempat', 'Daftar tenaga kesehatan dengan STR dan SIP', 'Daftar peralatan medis dan nonmedis', 'Dokumen lingkungan (SPPL atau UKL-UPL)', 'PBG atau SLF bangunan'],
    steps: ['Ajukan lewat OSS-RBA dan portal Satu Kendari', 'Verifikasi berkas oleh DPMPTSP', 'Visitasi oleh tim Dinas Kesehatan', 'Izin operasional terbit'],
    timeLimitDays: 14, timeLimitText: '14 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0,
    feeLegalBasis: 'PP 5/2021; Permenkes 14/2021', product: 'Izin operasional klinik (berlaku 5 tahun)', legalBasis: 'Permenkes 14/2021 tentang Standar Kegiatan Usaha Sektor Kesehatan; PP 5/2021; UU 17/2023 tentang Kesehatan',
    en: {
      name: 'Clinic operating licence',
      description: 'Operating licence for primary and main clinics, verified by the Health Office.',
      requirements: ['NIB (business identification number)', 'Clinic profile (services, opening hours)', 'Floor plan and proof of ownership or lease', 'List of health workers with STR and SIP', 'List of medical and non-medical equipment', 'Environmental document (SPPL or UKL-UPL)', 'PBG or SLF of the building'],
      steps: ['Apply through OSS-RBA and the Satu Kendari portal', 'DPMPTSP checks the documents', 'Visit by the Health Office team', 'The operating licence is issued'],
      timeLimitText: workingDays(14), product: 'Clinic operating licence (valid 5 years)',
    },
  },
  {
    id: 'izin-tdup', name: 'Tanda Daftar Usaha Pariwisata (TDUP)', agencyId: 'dpmptsp', application: App.PERMITS, level: Level.AGENCY,
    description: 'Pendaftaran usaha pariwisata: hotel, homestay, restoran, biro perjalanan, tempat rekreasi dan usaha wisata lain.',
    keywords: ['tdup', 'pariwisata', 'wisata', 'hotel', 'homestay', 'penginapan', 'restoran', 'tourism', 'tourism business', 'tourism registration', 'travel agency'],
    requirements: [KTP, 'NIB', 'NPWP', 'Bukti hak atas lokasi usaha (milik atau sewa)', 'Dokumen lingkungan (SPPL)'],
    steps: ['Ajukan lewat OSS-RBA dan portal Satu Kendari', 'Verifikasi berkas oleh DPMPTSP', 'Peninjauan lokasi bila diperlukan', 'TDUP terbit'],
    timeLimitDays: 3, timeLimitText: '3 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0,
    feeLegalBasis: PERMIT_FREE, product: 'Tanda Daftar Usaha Pariwisata', legalBasis: 'UU 10/2009 tentang Kepariwisataan; PP 5/2021; Permenparekraf 4/2021',
    en: {
      name: 'Tourism business registration (TDUP)',
      description: 'Registration of a tourism business: hotels, homestays, restaurants, travel agencies, recreation sites and other tourism businesses.',
      requirements: [ID_CARD, 'NIB (business identification number)', 'Tax number (NPWP)', 'Proof of right to the business site (owned or leased)', 'Environmental statement (SPPL)'],
      steps: ['Apply through OSS-RBA and the Satu Kendari portal', 'DPMPTSP checks the documents', 'Site visit where needed', 'The TDUP is issued'],
      timeLimitText: workingDays(3), product: 'Tourism business registration (TDUP)',
    },
  },
  {
    id: 'kesehatan-poli-umum', name: 'Pelayanan Poli Umum Puskesmas', agencyId: 'dinkes', application: App.HEALTH, level: Level.AGENCY,
    description: 'Pemeriksaan dan pengobatan umum di 15 puskesmas Kota Kendari. Ambil nomor antrean lewat portal.',
    keywords: ['puskesmas', 'dokter', 'berobat', 'sakit', 'antrean', 'bpjs', 'doctor', 'clinic', 'health centre', 'see a doctor', 'queue number'],
    requirements: ['KTP-el atau KIS/kartu BPJS Kesehatan', 'Nomor antrean'],
    steps: ['Ambil nomor antrean', 'Pendaftaran di loket', 'Pemeriksaan dokter', 'Ambil obat di apotek puskesmas'],
    timeLimitDays: 0, timeLimitText: 'Dilayani di hari yang sama', feeKind: FeeKind.LEVY, feeRupiah: 0,
    feeNote: 'Gratis bagi peserta JKN/KIS aktif. Tanpa JKN: retribusi pelayanan kesehatan menurut daftar tarif Perda, dibayar di loket dengan kuitansi resmi.',
    feeNoteEn: 'Free for active JKN/KIS members. Without JKN: the health-service levy from the tariff list in the local regulation, paid at the counter against an official receipt.',
    feeLegalBasis: 'Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah (retribusi pelayanan kesehatan); Perpres 82/2018 tentang Jaminan Kesehatan', product: 'Pemeriksaan, resep, surat rujukan bila perlu', legalBasis: 'Permenkes 43/2019 tentang Puskesmas',
    en: {
      name: 'General outpatient care at a puskesmas',
      description: 'General check-ups and treatment at the 15 community health centres (puskesmas) of Kendari. Take a queue number through the portal.',
      requirements: ['Electronic ID card or KIS/BPJS health insurance card', 'Queue number'],
      steps: ['Take a queue number', 'Register at the counter', 'See the doctor', 'Collect medicine at the puskesmas pharmacy'],
      timeLimitText: 'Served the same day', product: 'Examination, prescription, referral letter if needed',
    },
  },
  {
    id: 'kesehatan-imunisasi', name: 'Imunisasi dan Kesehatan Ibu-Anak (KIA)', agencyId: 'dinkes', application: App.HEALTH, level: Level.AGENCY,
    description: 'Imunisasi dasar anak, pemeriksaan kehamilan, dan KB di puskesmas.',
    keywords: ['imunisasi', 'vaksin', 'posyandu', 'hamil', 'kb', 'immunisation', 'immunization', 'vaccination', 'vaccine', 'pregnancy check', 'mother and child'],
    requirements: ['Buku KIA', 'KTP-el orang tua'],
    steps: ['Ambil nomor antrean poli KIA', 'Pemeriksaan', 'Imunisasi/layanan'], timeLimitDays: 0, timeLimitText: 'Dilayani di hari yang sama', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: 'Permenkes 12/2017 tentang Penyelenggaraan Imunisasi', product: 'Imunisasi, catatan di buku KIA', legalBasis: 'Permenkes 12/2017 tentang Penyelenggaraan Imunisasi',
    en: {
      name: 'Immunisation and mother-and-child health (KIA)',
      description: "Children's basic immunisation, pregnancy check-ups and family planning at the puskesmas.",
      requirements: ['Mother-and-child health book (buku KIA)', "Parent's electronic ID card"],
      steps: ['Take a queue number for the KIA clinic', 'Examination', 'Immunisation or service'],
      timeLimitText: 'Served the same day', product: 'Immunisation, recorded in the KIA book',
    },
  },
  {
    id: 'damkar-fire-button', name: 'Kendari Fire Button: Laporan Kebakaran dan Penyelamatan', agencyId: 'damkar', application: App.FIREBUTTON, level: Level.AGENCY,
    description: 'Laporkan kebakaran atau keadaan darurat penyelamatan dalam hitungan detik, dari lokasi Anda; pos pemadam terdekat dikirim. Tidak perlu masuk akun.',
    keywords: ['kebakaran', 'api', 'damkar', 'pemadam', 'darurat', 'fire', 'emergency', 'fire brigade', 'firefighters'],
    requirements: ['Lokasi kejadian (otomatis dari ponsel, atau pilih kelurahan)', 'Nomor telepon yang bisa dihubungi'],
    steps: ['Tekan tombol darurat', 'Konfirmasi lokasi', 'Pos terdekat ditugaskan', 'Ikuti status di halaman pelacakan'],
    timeLimitDays: 0, timeLimitText: 'Tiba di lokasi dalam 15 menit sejak laporan', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: 'Permendagri 114/2018', product: 'Unit pemadam/penyelamat di lokasi', legalBasis: 'Permendagri 114/2018 tentang Standar Teknis Pelayanan Dasar SPM Sub-urusan Kebakaran',
    en: {
      name: 'Kendari Fire Button: fire and rescue reports',
      description: 'Report a fire or a rescue emergency in seconds, from where you are; the nearest fire station is sent. No login needed.',
      requirements: ['Where it happens (automatic from the phone, or choose the kelurahan)', 'A phone number we can call'],
      steps: ['Press the emergency button', 'Confirm the location', 'The nearest station is assigned', 'Follow the status on the tracking page'],
      timeLimitText: 'On site within 15 minutes of the report', product: 'A fire or rescue unit on site',
    },
  },
  {
    id: 'damkar-evakuasi-hewan', name: 'Penyelamatan Non-Kebakaran (evakuasi, hewan berbahaya)', agencyId: 'damkar', application: App.FIREBUTTON, level: Level.AGENCY,
    description: 'Evakuasi korban, penanganan sarang tawon, ular, atau hewan berbahaya lain.',
    keywords: ['ular', 'tawon', 'sarang tawon', 'evakuasi', 'penyelamatan', 'snake', 'wasp nest', 'rescue', 'evacuation', 'dangerous animal'],
    requirements: ['Lokasi kejadian', 'Nomor telepon'],
    steps: ['Laporkan lewat Fire Button (jenis: penyelamatan)', 'Unit ditugaskan', 'Penanganan di lokasi'], timeLimitDays: 0, timeLimitText: 'Secepatnya', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: 'Permendagri 114/2018', product: 'Penanganan di lokasi', legalBasis: 'Permendagri 114/2018',
    en: {
      name: 'Non-fire rescue (evacuation, dangerous animals)',
      description: 'Evacuating people, removing wasp nests, snakes or other dangerous animals.',
      requirements: ['Where it happens', 'Phone number'],
      steps: ['Report it with the Fire Button (kind: rescue)', 'A unit is assigned', 'Handled on site'],
      timeLimitText: 'As soon as possible', product: 'Handled on site',
    },
  },
  {
    id: 'pajak-pbb', name: 'Informasi dan Pembayaran PBB-P2', agencyId: 'bapenda', application: App.JAKPA, level: Level.AGENCY,
    description: 'Cek tagihan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan dengan NOP; bayar di bank atau kanal resmi.',
    keywords: ['pbb', 'pajak bumi dan bangunan', 'pajak rumah', 'pajak tanah', 'sppt', 'nop', 'property tax', 'land and building tax', 'land tax'],
    requirements: ['NOP (18 digit) dari SPPT'],
    steps: ['Masukkan NOP di JAKPA', 'Lihat tagihan dan jatuh tempo', 'Bayar lewat bank/kanal resmi', 'Simpan bukti bayar'], timeLimitDays: 0, timeLimitText: 'Seketika', feeKind: FeeKind.TAX, feeRupiah: 0,
    feeNote: 'Cek tagihan tanpa biaya; PBB terutang sebesar yang tertera di SPPT (NJOP dikurangi NJOPTKP × tarif Perda), dibayar ke bank atau kanal resmi, tidak kepada petugas.',
    feeNoteEn: 'Checking the bill costs nothing; the tax owed is the amount on the SPPT assessment (taxable value minus the exempt value × the local rate), paid at a bank or official channel, never to an officer.',
    feeLegalBasis: 'UU 1/2022 tentang HKPD; Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah (PBB-P2)', product: 'Informasi tagihan, bukti pembayaran', legalBasis: 'UU 1/2022 tentang HKPD',
    en: {
      name: 'Land and building tax (PBB-P2): bill and payment',
      description: 'Check your land and building tax (property tax) bill with the NOP tax object number; pay at a bank or an official channel.',
      requirements: ['NOP (18 digits) from the SPPT assessment'],
      steps: ['Enter the NOP in JAKPA', 'See the bill and the due date', 'Pay at a bank or official channel', 'Keep the receipt'],
      timeLimitText: 'Immediately', product: 'Bill information, payment receipt',
    },
  },
  {
    id: 'pajak-restoran', name: 'Pelaporan Pajak Barang dan Jasa Tertentu (restoran, hotel)', agencyId: 'bapenda', application: App.JAKPA, level: Level.AGENCY,
    description: 'Pelaporan dan pembayaran PBJT makanan/minuman dan perhotelan oleh wajib pajak.',
    keywords: ['pbjt', 'pajak restoran', 'pajak hotel', 'pajak daerah', 'npwpd', 'restaurant tax', 'hotel tax', 'local tax', 'sales tax'],
    requirements: ['NPWPD', 'Rekap omzet bulanan'],
    steps: ['Lapor omzet bulanan', 'Terima kode bayar', 'Bayar sebelum jatuh tempo'], timeLimitDays: 0, timeLimitText: 'Seketika', feeKind: FeeKind.TAX, feeRupiah: 0,
    feeNote: 'Pelaporan tanpa biaya; PBJT terutang 10% dari omzet penjualan makanan/minuman dan jasa perhotelan, dibayar dengan kode bayar ke kas daerah.',
    feeNoteEn: 'Filing costs nothing; the PBJT owed is 10% of food, drink and hotel sales, paid with a payment code to the city treasury.',
    feeLegalBasis: 'UU 1/2022 tentang HKPD; Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah (PBJT 10%)', product: 'Kode bayar dan bukti setor', legalBasis: 'UU 1/2022 tentang HKPD',
    en: {
      name: 'Tax on certain goods and services (PBJT): restaurants and hotels',
      description: 'Filing and paying the local tax on food, drink and hotel services (PBJT) by registered taxpayers.',
      requirements: ['Local taxpayer number (NPWPD)', 'Monthly sales summary'],
      steps: ['File the monthly sales', 'Receive a payment code', 'Pay before the due date'],
      timeLimitText: 'Immediately', product: 'Payment code and receipt',
    },
  },
  {
    id: 'jari-pengaduan', name: 'JARI: Laporan Pungli, Suap dan Gratifikasi', agencyId: 'inspektorat', application: App.JARI, level: Level.AGENCY,
    description: 'Laporkan dugaan pungutan liar, suap, atau gratifikasi dalam pelayanan publik. Bisa anonim: identitas tidak disimpan sama sekali.',
    keywords: ['pungli', 'suap', 'gratifikasi', 'korupsi', 'pengaduan', 'lapor', 'extortion', 'bribery', 'bribe', 'corruption', 'complaint'],
    requirements: ['Ceritakan kejadian: kapan, di mana, layanan apa', 'Bukti (opsional): foto, rekaman, kuitansi'],
    steps: ['Kirim laporan (boleh anonim)', 'Simpan kode pelacakan dan kode rahasia', 'Inspektorat memverifikasi dan menindaklanjuti', 'Pantau status dan jawab pertanyaan pemeriksa'],
    timeLimitDays: 5, timeLimitText: 'Ditindaklanjuti dalam 5 hari kerja', feeKind: FeeKind.FREE, feeRupiah: 0, feeLegalBasis: 'UU 25/2009 tentang Pelayanan Publik', product: 'Tindak lanjut dan kesimpulan pemeriksaan', complaintChannel: 'Inspektorat Kota Kendari; SP4N-LAPOR! (lapor.go.id)', legalBasis: 'Perpres 87/2016 tentang Satgas Saber Pungli; PP 94/2021; Perwali Kendari tentang Program Jaga Kendari',
    en: {
      name: 'JARI: report extortion, bribery and gratification',
      description: 'Report suspected illegal levies (pungli), bribery or gratification in public services. You may stay anonymous: no identity is stored at all.',
      requirements: ['Tell what happened: when, where, which service', 'Evidence (optional): photos, recordings, receipts'],
      steps: ['Send the report (anonymously if you wish)', 'Keep the tracking code and the secret code', 'The Inspectorate verifies and follows up', 'Follow the status and answer the examiner’s questions'],
      timeLimitText: 'Followed up within 5 working days', product: 'Follow-up and the findings of the examination', complaintChannel: 'Kendari City Inspectorate; SP4N-LAPOR! (lapor.go.id)',
    },
  },
];

export const complaintOf = (s: ServiceSeed) => s.complaintChannel ?? LAIKA_COMPLAINT;
export const complaintEnOf = (s: ServiceSeed) => s.en.complaintChannel ?? LAIKA_COMPLAINT_EN;

/** One service as its table row (entity property names). */
export function serviceRow(s: ServiceSeed) {
  const { en, complaintChannel: _c, ...rest } = s;
  return {
    ...rest,
    feeNote: s.feeNote ?? null,
    feeNoteEn: s.feeNoteEn ?? null,
    complaintChannel: complaintOf(s),
    nameEn: en.name,
    descriptionEn: en.description,
    requirementsEn: en.requirements,
    stepsEn: en.steps,
    timeLimitTextEn: en.timeLimitText,
    productEn: en.product,
    complaintChannelEn: complaintEnOf(s),
  };
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const literal = (v: unknown): string => {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `array[${v.map(literal).join(', ')}]::text[]`;
  return `'${String(v).replace(/'/g, "''")}'`;
};

/**
 * Statements that bring an existing database's reference catalogue (agencies, services) to this version:
 * insert what is missing, update what changed. They touch nothing on an empty database, which the seed fills.
 */
export function catalogueSyncSql(): string[] {
  const upsert = (table: string, row: Record<string, unknown>) => {
    const cols = Object.keys(row);
    const names = cols.map((c) => `"${snake(c)}"`);
    const updates = names.filter((n) => n !== '"id"').map((n) => `${n} = excluded.${n}`);
    return `insert into "core"."${table}" (${names.join(', ')}) select ${cols.map((c) => literal(row[c])).join(', ')} where exists (select 1 from "core"."kecamatan") on conflict ("id") do update set ${updates.join(', ')};`;
  };
  return [...AGENCIES.map((a) => upsert('agency', a)), ...SERVICES.map((s) => upsert('service', serviceRow(s)))];
}
