/**
 * The letter types LAIKA issues. Ids are core's service ids (the catalogue is core's; laika keeps
 * its own copy of what it needs so it never reads another subgraph's tables). Time limits match
 * core's catalogue (working days); every letter is free (Perwali: no fee for kelurahan letters).
 */
export enum LetterLevel {
  KELURAHAN = 'KELURAHAN',
  KECAMATAN = 'KECAMATAN',
}

export enum LetterFieldKind {
  TEXT = 'TEXT',
  /** YYYY-MM-DD */
  DATE = 'DATE',
  /** whole rupiah */
  RUPIAH = 'RUPIAH',
}

export interface LetterFieldSpec {
  name: string;
  /** Bahasa Indonesia label the portal shows. */
  label: string;
  kind: LetterFieldKind;
  required: boolean;
  maxLength: number;
  /** DATE only: must not lie in the future (a birth, a death). */
  notFuture?: boolean;
}

export interface LetterTypeSeed {
  id: string;
  name: string;
  level: LetterLevel;
  timeLimitDays: number;
  /** How long the letter is valid after issue; 0 = no expiry (a statement of a fact). */
  validityMonths: number;
  /** Kode klasifikasi arsip, the first part of the letter number. */
  classification: string;
  feeRupiah: number;
  fields: LetterFieldSpec[];
}

const text = (name: string, label: string, maxLength = 200, required = true): LetterFieldSpec => ({
  name,
  label,
  kind: LetterFieldKind.TEXT,
  required,
  maxLength,
});
const date = (name: string, label: string, notFuture = true, required = true): LetterFieldSpec => ({
  name,
  label,
  kind: LetterFieldKind.DATE,
  required,
  maxLength: 10,
  notFuture,
});
const rupiah = (name: string, label: string): LetterFieldSpec => ({ name, label, kind: LetterFieldKind.RUPIAH, required: true, maxLength: 13 });

const K = LetterLevel.KELURAHAN;
const C = LetterLevel.KECAMATAN;

export const LETTER_TYPES: LetterTypeSeed[] = [
  {
    id: 'laika-sk-domisili',
    name: 'Surat Keterangan Domisili',
    level: K,
    timeLimitDays: 1,
    validityMonths: 6,
    classification: '470',
    feeRupiah: 0,
    fields: [text('address', 'Alamat lengkap (jalan, RT/RW)', 300)],
  },
  {
    id: 'laika-sktm',
    name: 'Surat Keterangan Tidak Mampu (SKTM)',
    level: K,
    timeLimitDays: 2,
    validityMonths: 6,
    classification: '400.9',
    feeRupiah: 0,
    fields: [rupiah('monthlyIncome', 'Penghasilan keluarga per bulan (Rp)'), text('institution', 'Instansi tujuan (sekolah, rumah sakit, dinas)')],
  },
  {
    id: 'laika-sku',
    name: 'Surat Keterangan Usaha (SKU)',
    level: K,
    timeLimitDays: 2,
    validityMonths: 12,
    classification: '500',
    feeRupiah: 0,
    fields: [
      text('businessName', 'Nama usaha', 150),
      text('businessAddress', 'Alamat usaha', 300),
      text('businessType', 'Jenis usaha', 100),
      date('businessSince', 'Usaha berjalan sejak', true, false),
    ],
  },
  { id: 'laika-pengantar-skck', name: 'Surat Pengantar SKCK', level: K, timeLimitDays: 1, validityMonths: 3, classification: '300', feeRupiah: 0, fields: [] },
  {
    id: 'laika-sk-kematian',
    name: 'Surat Keterangan Kematian',
    level: K,
    timeLimitDays: 1,
    validityMonths: 0,
    classification: '474.3',
    feeRupiah: 0,
    fields: [
      text('deceasedName', 'Nama almarhum/almarhumah', 100),
      date('dateOfDeath', 'Tanggal meninggal'),
      text('placeOfDeath', 'Tempat meninggal'),
      text('relationship', 'Hubungan pelapor dengan almarhum', 50),
    ],
  },
  {
    id: 'laika-sk-kelahiran',
    name: 'Surat Keterangan Kelahiran',
    level: K,
    timeLimitDays: 1,
    validityMonths: 0,
    classification: '474.1',
    feeRupiah: 0,
    fields: [
      text('childName', 'Nama anak', 100),
      date('dateOfBirth', 'Tanggal lahir'),
      text('placeOfBirth', 'Tempat lahir'),
      text('motherName', 'Nama ibu', 100),
      text('fatherName', 'Nama ayah', 100, false),
    ],
  },
  {
    id: 'laika-sk-pindah',
    name: 'Surat Keterangan Pindah',
    level: C,
    timeLimitDays: 3,
    validityMonths: 6,
    classification: '475',
    feeRupiah: 0,
    fields: [
      text('destinationAddress', 'Alamat tujuan lengkap', 300),
      text('movingReason', 'Alasan pindah'),
      text('familyMembers', 'Anggota keluarga yang ikut pindah', 500, false),
    ],
  },
  {
    id: 'laika-sk-belum-menikah',
    name: 'Surat Keterangan Belum Menikah',
    level: K,
    timeLimitDays: 1,
    validityMonths: 6,
    classification: '474.2',
    feeRupiah: 0,
    fields: [],
  },
  {
    id: 'laika-sk-ahli-waris',
    name: 'Surat Keterangan Ahli Waris',
    level: C,
    timeLimitDays: 5,
    validityMonths: 0,
    classification: '593',
    feeRupiah: 0,
    fields: [
      text('deceasedName', 'Nama pewaris', 100),
      date('dateOfDeath', 'Tanggal meninggal pewaris'),
      text('heirs', 'Nama semua ahli waris dan hubungannya', 1000),
    ],
  },
  {
    id: 'laika-sk-penghasilan',
    name: 'Surat Keterangan Penghasilan',
    level: K,
    timeLimitDays: 2,
    validityMonths: 6,
    classification: '400.9',
    feeRupiah: 0,
    fields: [rupiah('monthlyIncome', 'Penghasilan per bulan (Rp)'), text('occupation', 'Pekerjaan', 100)],
  },
  {
    id: 'laika-dispensasi-nikah-kecamatan',
    name: 'Rekomendasi Nikah (N1-N4)',
    level: K,
    timeLimitDays: 2,
    validityMonths: 3,
    classification: '474.2',
    feeRupiah: 0,
    fields: [text('partnerName', 'Nama calon pasangan', 100), date('weddingDate', 'Rencana tanggal akad', false), text('kua', 'KUA tujuan', 100, false)],
  },
];

export const LETTER_TYPE_BY_ID = new Map(LETTER_TYPES.map((t) => [t.id, t]));
