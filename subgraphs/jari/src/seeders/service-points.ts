import { KENDARI, slugOf } from '@kendari/kit';
import { ServiceAvailability } from '../entities/service-point.entity';

export interface ServicePointSeed {
  id: string;
  agencyId: string;
  serviceId: string;
  place: string;
  placeEn: string;
  kecamatanId: string | null;
  status: ServiceAvailability;
  reason: string | null;
  reasonEn: string | null;
  stockLabel: string | null;
  stockLabelEn: string | null;
  stockRemaining: number | null;
}

/** English for the board's seeded Indonesian texts (places, reasons, stock labels). */
const EN: Record<string, string> = {
  'Kantor Disdukcapil, Jl. Balai Kota No. 1': 'Disdukcapil office, Jl. Balai Kota No. 1',
  'Loket Disdukcapil di Kantor Camat Poasia': 'Disdukcapil counter at the Poasia district office',
  'Loket Disdukcapil di Kantor Camat Mandonga': 'Disdukcapil counter at the Mandonga district office',
  'Loket Disdukcapil di Kantor Camat Kendari Barat': 'Disdukcapil counter at the Kendari Barat district office',
  'Loket Disdukcapil di Kantor Camat Baruga': 'Disdukcapil counter at the Baruga district office',
  'Loket Disdukcapil di RSU Kota Kendari (akta untuk bayi baru lahir)': 'Disdukcapil counter at Kendari City General Hospital (certificates for newborns)',
  'Mal Pelayanan Publik Kota Kendari': 'Kendari Public Service Mall (MPP)',
  'Markas Komando Damkar, Jl. Saranani': 'Fire brigade headquarters, Jl. Saranani',
  'Kantor Bapenda, Jl. Balai Kota No. 1': 'Bapenda (revenue agency) office, Jl. Balai Kota No. 1',
  'Loket Bapenda di Mal Pelayanan Publik': 'Bapenda counter at the Public Service Mall',
  'Kantor Inspektorat, Jl. Balai Kota No. 1 (dan daring 24 jam)': 'Inspectorate office, Jl. Balai Kota No. 1 (and online 24 hours)',
  'Poliklinik Umum RSU Kota Kendari': 'General outpatient clinic, Kendari City General Hospital',
  'LAIKA daring di portal Satu Kendari (65 kantor kelurahan)': 'LAIKA online on the Satu Kendari portal (65 kelurahan offices)',
  'Blanko KTP-el habis; kiriman dari Ditjen Dukcapil Kemendagri dijadwalkan minggu ini. Perekaman tetap dilayani.':
    'No blank ID cards left; a delivery from the Ministry of Home Affairs is scheduled this week. Data recording continues.',
  'Blanko terbatas: maksimal 20 pencetakan per hari': 'Few blank cards: at most 20 cards printed per day',
  'Alat perekaman hanya satu unit yang berfungsi': 'Only one recording device is working',
  'Kertas security printing akta terbatas; akta elektronik (TTE) tetap terbit':
    'Little security paper for certificates; electronically signed certificates are still issued',
  'Tim teknis PBG hanya hadir Senin-Rabu': 'The PBG technical team is present Monday to Wednesday only',
  'Sistem cetak SPPT PBB sedang pemeliharaan; pembayaran tetap bisa': 'The PBB assessment printing system is under maintenance; payments still work',
  'Dokter umum sedang pelatihan; layanan rujukan ke Puskesmas Benu-Benua':
    'The general practitioner is in training; patients are referred to Puskesmas Benu-Benua',
  'Hanya satu dokter bertugas: antrean dibatasi 40 pasien': 'Only one doctor on duty: the queue is limited to 40 patients',
  'Vaksin campak-rubela habis; imunisasi lain tetap': 'No measles-rubella vaccine left; other immunisations continue',
  'Camat dinas luar; penandatanganan surat ditunda sampai Kamis': 'The camat is away on duty; letters are signed on Thursday',
  'Blanko KTP-el tersisa': 'Blank ID cards left',
  'Kertas akta tersisa': 'Certificate paper left',
  'Dosis vaksin MR tersisa': 'MR vaccine doses left',
};

/** The English of a seeded text: from the table, or by the pattern of generated names. */
export function englishOf(text: string): string {
  if (EN[text]) return EN[text];
  const camat = /^Kantor Camat (.+)$/.exec(text);
  if (camat) return `${camat[1]} district office (kantor camat)`;
  const puskesmas = /^Puskesmas (.+)$/.exec(text);
  if (puskesmas) return `${puskesmas[1]} community health centre (puskesmas)`;
  return text;
}

const kecamatanCode = (name: string) => KENDARI.kecamatan.find((k) => k.name === name)!.code;

// where each puskesmas stands (kecamatan), for the board's kecamatan filter
const PUSKESMAS_KECAMATAN: Record<string, string> = {
  Mata: 'Kendari',
  Kandai: 'Kendari',
  'Benu-Benua': 'Kendari Barat',
  Kemaraya: 'Kendari Barat',
  Labibia: 'Mandonga',
  Puuwatu: 'Puuwatu',
  Mekar: 'Kadia',
  'Wua-Wua': 'Wua-Wua',
  Perumnas: 'Kadia',
  'Jati Raya': 'Poasia',
  'Lepo-Lepo': 'Baruga',
  Mokoau: 'Kambu',
  Poasia: 'Poasia',
  Abeli: 'Abeli',
  Nambo: 'Nambo',
};

const LAIKA_AT_KECAMATAN = ['laika-sk-pindah', 'laika-sk-ahli-waris'];

/**
 * Jari's list of agency service points: also the agency and service ids a report may name.
 * Today's board has at least one UNAVAILABLE (no blank KTP-el cards at the main office) and some LIMITED.
 */
export function servicePointSeeds(): ServicePointSeed[] {
  const A = ServiceAvailability.AVAILABLE;
  const L = ServiceAvailability.LIMITED;
  const U = ServiceAvailability.UNAVAILABLE;
  const p = (
    agencyId: string,
    serviceId: string,
    placeSlug: string,
    place: string,
    kecamatan: string | null,
    status = A,
    reason: string | null = null,
    stockLabel: string | null = null,
    stockRemaining: number | null = null,
  ): ServicePointSeed => ({
    id: `${serviceId}.${placeSlug}`,
    agencyId,
    serviceId,
    place,
    placeEn: englishOf(place),
    kecamatanId: kecamatan ? kecamatanCode(kecamatan) : null,
    status,
    reason,
    reasonEn: reason === null ? null : englishOf(reason),
    stockLabel,
    stockLabelEn: stockLabel === null ? null : englishOf(stockLabel),
    stockRemaining,
  });
  const blanko = 'Blanko KTP-el tersisa';
  const points: ServicePointSeed[] = [
    p(
      'disdukcapil',
      'capil-ktp-el',
      'kantor-disdukcapil',
      'Kantor Disdukcapil, Jl. Balai Kota No. 1',
      'Kadia',
      U,
      'Blanko KTP-el habis; kiriman dari Ditjen Dukcapil Kemendagri dijadwalkan minggu ini. Perekaman tetap dilayani.',
      blanko,
      0,
    ),
    p(
      'disdukcapil',
      'capil-ktp-el',
      'kecamatan-poasia',
      'Loket Disdukcapil di Kantor Camat Poasia',
      'Poasia',
      L,
      'Blanko terbatas: maksimal 20 pencetakan per hari',
      blanko,
      35,
    ),
    p(
      'disdukcapil',
      'capil-ktp-el',
      'kecamatan-mandonga',
      'Loket Disdukcapil di Kantor Camat Mandonga',
      'Mandonga',
      L,
      'Alat perekaman hanya satu unit yang berfungsi',
      blanko,
      120,
    ),
    p('disdukcapil', 'capil-ktp-el', 'kecamatan-kendari-barat', 'Loket Disdukcapil di Kantor Camat Kendari Barat', 'Kendari Barat', A, null, blanko, 210),
    p('disdukcapil', 'capil-ktp-el', 'kecamatan-baruga', 'Loket Disdukcapil di Kantor Camat Baruga', 'Baruga', A, null, blanko, 90),
    p('disdukcapil', 'capil-kk', 'kantor-disdukcapil', 'Kantor Disdukcapil, Jl. Balai Kota No. 1', 'Kadia'),
    p('disdukcapil', 'capil-kk', 'kecamatan-poasia', 'Loket Disdukcapil di Kantor Camat Poasia', 'Poasia'),
    p(
      'disdukcapil',
      'capil-akta-kelahiran',
      'kantor-disdukcapil',
      'Kantor Disdukcapil, Jl. Balai Kota No. 1',
      'Kadia',
      L,
      'Kertas security printing akta terbatas; akta elektronik (TTE) tetap terbit',
      'Kertas akta tersisa',
      60,
    ),
    p('disdukcapil', 'capil-akta-kelahiran', 'rsu-kota-kendari', 'Loket Disdukcapil di RSU Kota Kendari (akta untuk bayi baru lahir)', 'Kambu'),
    p('dpmptsp', 'izin-pbg', 'mpp-kendari', 'Mal Pelayanan Publik Kota Kendari', 'Kadia', L, 'Tim teknis PBG hanya hadir Senin-Rabu'),
    p('dpmptsp', 'izin-nib-umk', 'mpp-kendari', 'Mal Pelayanan Publik Kota Kendari', 'Kadia'),
    p('dpmptsp', 'izin-reklame', 'mpp-kendari', 'Mal Pelayanan Publik Kota Kendari', 'Kadia'),
    // the permit types added to core's catalogue: reports may name them too
    ...['izin-slf', 'izin-sip-nakes', 'izin-apotek', 'izin-klinik', 'izin-tdup'].map((id) =>
      p('dpmptsp', id, 'mpp-kendari', 'Mal Pelayanan Publik Kota Kendari', 'Kadia'),
    ),
    p('damkar', 'damkar-fire-button', 'markas-komando', 'Markas Komando Damkar, Jl. Saranani', 'Kadia'),
    p('damkar', 'damkar-evakuasi-hewan', 'markas-komando', 'Markas Komando Damkar, Jl. Saranani', 'Kadia'),
    p('bapenda', 'pajak-pbb', 'kantor-bapenda', 'Kantor Bapenda, Jl. Balai Kota No. 1', 'Kadia'),
    p(
      'bapenda',
      'pajak-pbb',
      'mpp-kendari',
      'Loket Bapenda di Mal Pelayanan Publik',
      'Kadia',
      L,
      'Sistem cetak SPPT PBB sedang pemeliharaan; pembayaran tetap bisa',
    ),
    p('bapenda', 'pajak-restoran', 'kantor-bapenda', 'Kantor Bapenda, Jl. Balai Kota No. 1', 'Kadia'),
    p('inspektorat', 'jari-pengaduan', 'kantor-inspektorat', 'Kantor Inspektorat, Jl. Balai Kota No. 1 (dan daring 24 jam)', 'Kadia'),
    p('rsu-kota-kendari', 'kesehatan-poli-umum', 'rsu-kota-kendari', 'Poliklinik Umum RSU Kota Kendari', 'Kambu'),
    p('kelurahan-kecamatan', 'laika-sk-domisili', 'daring', 'LAIKA daring di portal Satu Kendari (65 kantor kelurahan)', null),
    p('kelurahan-kecamatan', 'laika-sktm', 'daring', 'LAIKA daring di portal Satu Kendari (65 kantor kelurahan)', null),
  ];
  KENDARI.puskesmas.forEach((pk, i) => {
    const short = pk.name.replace(/^Puskesmas /, '');
    const status = i === 3 ? U : i % 5 === 1 ? L : A;
    const reason =
      i === 3
        ? 'Dokter umum sedang pelatihan; layanan rujukan ke Puskesmas Benu-Benua'
        : status === L
          ? 'Hanya satu dokter bertugas: antrean dibatasi 40 pasien'
          : null;
    points.push(p('dinkes', 'kesehatan-poli-umum', `puskesmas-${slugOf(short)}`, pk.name, PUSKESMAS_KECAMATAN[short] ?? null, status, reason));
    if (i % 3 === 0)
      points.push(
        p(
          'dinkes',
          'kesehatan-imunisasi',
          `puskesmas-${slugOf(short)}`,
          pk.name,
          PUSKESMAS_KECAMATAN[short] ?? null,
          i === 6 ? L : A,
          i === 6 ? 'Vaksin campak-rubela habis; imunisasi lain tetap' : null,
          i === 6 ? 'Dosis vaksin MR tersisa' : null,
          i === 6 ? 0 : null,
        ),
      );
  });
  for (const k of KENDARI.kecamatan) {
    const slug = slugOf(k.name);
    LAIKA_AT_KECAMATAN.forEach((serviceId, j) => {
      const limited = j === 0 && (k.name === 'Abeli' || k.name === 'Nambo');
      points.push(
        p(
          `kecamatan-${slug}`,
          serviceId,
          `kantor-camat-${slug}`,
          `Kantor Camat ${k.name}`,
          k.name,
          limited ? L : A,
          limited ? 'Camat dinas luar; penandatanganan surat ditunda sampai Kamis' : null,
        ),
      );
    });
  }
  return points;
}
