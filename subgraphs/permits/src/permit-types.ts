/**
 * The permit types DPMPTSP handles, as data: each type's fields, document checklist, stage time
 * limits and levy rule. Keyed by core's service id. Seeded into `permits.permit_type`; the code
 * reads the table, never this file, so a type can change without a deploy.
 */

export enum PermitFieldKind {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  SELECT = 'SELECT',
  DATE = 'DATE',
}

export interface PermitFieldOption {
  value: string;
  label: string;
}

export interface PermitFieldSpec {
  name: string;
  label: string;
  labelEn: string;
  kind: PermitFieldKind;
  required: boolean;
  /** NUMBER: inclusive range; TEXT: length range. */
  min?: number;
  max?: number;
  /** NUMBER: how many decimals are accepted (default 0). */
  decimals?: number;
  unit?: string;
  options?: PermitFieldOption[];
}

export interface PermitDocumentSpec {
  key: string;
  label: string;
  labelEn: string;
  required: boolean;
}

/** Working days per stage: how long the office (or, for NEEDS_REVISION and APPROVED, the applicant) has. */
export interface StageLimits {
  SUBMITTED: number;
  NEEDS_REVISION: number;
  VERIFIED: number;
  APPROVED: number;
  PAID: number;
}

export type LevyFactor =
  | { kind: 'FIELD'; field: string; label: string; unit?: string }
  | { kind: 'CONSTANT'; name: string; label: string; value: number; unit?: string; money?: boolean }
  | { kind: 'LOOKUP'; name: string; label: string; field: string; values: Record<string, number>; money?: boolean };

/** One line of a bill: the product of its factors, rounded to whole rupiah. */
export interface LevyComponent {
  label: string;
  factors: LevyFactor[];
}

export type LevyRule =
  | { kind: 'FREE'; basis: string }
  | { kind: 'FIXED'; label: string; amount: number; basis: string }
  | { kind: 'FORMULA'; components: LevyComponent[]; basis: string; minimum?: number };

export interface PermitTypeSeed {
  id: string;
  name: string;
  shortName: string;
  /** In the permit number: 503/<code>/<seq>/DPMPTSP/<year>. */
  numberCode: string;
  timeLimitDays: number;
  stageLimits: StageLimits;
  /** Null: the permit does not expire. */
  validityMonths: number | null;
  businessNameRequired: boolean;
  fields: PermitFieldSpec[];
  documents: PermitDocumentSpec[];
  levy: LevyRule;
}

const doc = (key: string, label: string, labelEn: string, required = true): PermitDocumentSpec => ({ key, label, labelEn, required });
const KTP = doc('ktp', 'KTP-el pemohon', "Applicant's identity card (KTP-el)");

const BUILDING_FUNCTION: PermitFieldOption[] = [
  { value: 'HUNIAN', label: 'Hunian (rumah tinggal)' },
  { value: 'USAHA', label: 'Usaha (toko, kantor, gudang)' },
  { value: 'SOSIAL_BUDAYA', label: 'Sosial dan budaya' },
  { value: 'CAMPURAN', label: 'Campuran (ruko)' },
  { value: 'KEAGAMAAN', label: 'Keagamaan' },
];

export const PERMIT_TYPES: PermitTypeSeed[] = [
  {
    id: 'izin-pbg',
    name: 'Persetujuan Bangunan Gedung (PBG)',
    shortName: 'PBG',
    numberCode: 'PBG',
    timeLimitDays: 28,
    stageLimits: { SUBMITTED: 5, NEEDS_REVISION: 10, VERIFIED: 14, APPROVED: 14, PAID: 3 },
    validityMonths: null,
    businessNameRequired: false,
    fields: [
      {
        name: 'buildingFunction',
        label: 'Fungsi bangunan',
        labelEn: 'Building function',
        kind: PermitFieldKind.SELECT,
        required: true,
        options: BUILDING_FUNCTION,
      },
      {
        name: 'buildingArea',
        label: 'Luas total lantai',
        labelEn: 'Total floor area',
        kind: PermitFieldKind.NUMBER,
        required: true,
        min: 9,
        max: 100_000,
        decimals: 2,
        unit: 'm²',
      },
      { name: 'floors', label: 'Jumlah lantai', labelEn: 'Number of floors', kind: PermitFieldKind.NUMBER, required: true, min: 1, max: 30 },
      { name: 'landCertificate', label: 'Nomor sertifikat tanah', labelEn: 'Land title number', kind: PermitFieldKind.TEXT, required: true, min: 4, max: 60 },
      { name: 'address', label: 'Alamat lokasi bangunan', labelEn: 'Building address', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
      {
        name: 'fenceLength',
        label: 'Panjang pagar (prasarana)',
        labelEn: 'Fence length (infrastructure)',
        kind: PermitFieldKind.NUMBER,
        required: false,
        min: 0,
        max: 2000,
        decimals: 1,
        unit: 'm',
      },
    ],
    documents: [
      KTP,
      doc('bukti-tanah', 'Bukti kepemilikan tanah (sertifikat)', 'Proof of land ownership'),
      doc('gambar-arsitektur', 'Gambar rencana arsitektur', 'Architectural drawings'),
      doc('gambar-struktur', 'Gambar rencana struktur dan utilitas', 'Structural and utility drawings'),
      doc('pbb', 'Bukti pembayaran PBB tahun berjalan', "This year's land tax receipt"),
    ],
    levy: {
      kind: 'FORMULA',
      basis: 'Retribusi PBG = luas × indeks lokalitas × harga satuan × indeks fungsi (PP 16/2021 Pasal 348; Perda Kota Kendari tentang PDRD)',
      components: [
        {
          label: 'Retribusi bangunan gedung',
          factors: [
            { kind: 'FIELD', field: 'buildingArea', label: 'Luas total lantai', unit: 'm²' },
            { kind: 'CONSTANT', name: 'localityIndex', label: 'Indeks lokalitas', value: 0.5 },
            { kind: 'CONSTANT', name: 'unitPrice', label: 'Harga satuan retribusi (SHST)', value: 1_750_000, unit: '/m²', money: true },
            {
              kind: 'LOOKUP',
              name: 'functionIndex',
              label: 'Indeks fungsi',
              field: 'buildingFunction',
              values: { HUNIAN: 0.15, USAHA: 0.7, SOSIAL_BUDAYA: 0.3, CAMPURAN: 0.6, KEAGAMAAN: 0 },
            },
          ],
        },
        {
          label: 'Retribusi prasarana (pagar)',
          factors: [
            { kind: 'FIELD', field: 'fenceLength', label: 'Panjang pagar', unit: 'm' },
            { kind: 'CONSTANT', name: 'fenceUnitPrice', label: 'Harga satuan pagar', value: 45_000, unit: '/m', money: true },
          ],
        },
      ],
    },
  },
  {
    id: 'izin-slf',
    name: 'Sertifikat Laik Fungsi (SLF)',
    shortName: 'SLF',
    numberCode: 'SLF',
    timeLimitDays: 10,
    stageLimits: { SUBMITTED: 3, NEEDS_REVISION: 10, VERIFIED: 5, APPROVED: 14, PAID: 2 },
    validityMonths: 240,
    businessNameRequired: false,
    fields: [
      { name: 'pbgNumber', label: 'Nomor PBG', labelEn: 'Building approval (PBG) number', kind: PermitFieldKind.TEXT, required: true, min: 5, max: 60 },
      {
        name: 'buildingFunction',
        label: 'Fungsi bangunan',
        labelEn: 'Building function',
        kind: PermitFieldKind.SELECT,
        required: true,
        options: BUILDING_FUNCTION,
      },
      {
        name: 'buildingArea',
        label: 'Luas total lantai',
        labelEn: 'Total floor area',
        kind: PermitFieldKind.NUMBER,
        required: true,
        min: 9,
        max: 100_000,
        decimals: 2,
        unit: 'm²',
      },
      { name: 'address', label: 'Alamat lokasi bangunan', labelEn: 'Building address', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
      { name: 'completedOn', label: 'Tanggal selesai dibangun', labelEn: 'Construction completed on', kind: PermitFieldKind.DATE, required: true },
    ],
    documents: [
      KTP,
      doc('pbg', 'Dokumen PBG', 'Building approval (PBG)'),
      doc('laporan-kelaikan', 'Laporan pemeriksaan kelaikan fungsi', 'Fitness inspection report'),
      doc('foto-bangunan', 'Foto bangunan terbaru', 'Recent photo of the building'),
    ],
    levy: { kind: 'FREE', basis: 'Tanpa retribusi: PP 16/2021 (SLF tidak dikenai retribusi)' },
  },
  {
    id: 'izin-reklame',
    name: 'Izin Penyelenggaraan Reklame',
    shortName: 'Reklame',
    numberCode: 'REK',
    timeLimitDays: 5,
    stageLimits: { SUBMITTED: 2, NEEDS_REVISION: 7, VERIFIED: 3, APPROVED: 14, PAID: 1 },
    validityMonths: 12,
    businessNameRequired: true,
    fields: [
      {
        name: 'billboardType',
        label: 'Jenis reklame',
        labelEn: 'Kind of advertisement',
        kind: PermitFieldKind.SELECT,
        required: true,
        options: [
          { value: 'BILLBOARD', label: 'Billboard / papan' },
          { value: 'BALIHO', label: 'Baliho' },
          { value: 'NEON_BOX', label: 'Neon box / videotron kecil' },
        ],
      },
      { name: 'width', label: 'Lebar', labelEn: 'Width', kind: PermitFieldKind.NUMBER, required: true, min: 0.5, max: 20, decimals: 2, unit: 'm' },
      { name: 'height', label: 'Tinggi', labelEn: 'Height', kind: PermitFieldKind.NUMBER, required: true, min: 0.5, max: 20, decimals: 2, unit: 'm' },
      { name: 'sides', label: 'Jumlah sisi', labelEn: 'Number of faces', kind: PermitFieldKind.NUMBER, required: true, min: 1, max: 4 },
      { name: 'address', label: 'Lokasi pemasangan', labelEn: 'Location', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
    ],
    documents: [
      KTP,
      doc('nib', 'NIB', 'Business identification number (NIB)'),
      doc('desain', 'Desain dan ukuran reklame', 'Design and size'),
      doc('foto-lokasi', 'Foto lokasi', 'Photo of the location'),
      doc('persetujuan-lahan', 'Surat persetujuan pemilik lahan', "Landowner's consent"),
    ],
    levy: {
      kind: 'FORMULA',
      basis: 'Pajak reklame setahun = lebar × tinggi × sisi × tarif per m² per tahun (UU 1/2022; Perda Kota Kendari tentang PDRD)',
      components: [
        {
          label: 'Pajak reklame 12 bulan',
          factors: [
            { kind: 'FIELD', field: 'width', label: 'Lebar', unit: 'm' },
            { kind: 'FIELD', field: 'height', label: 'Tinggi', unit: 'm' },
            { kind: 'FIELD', field: 'sides', label: 'Jumlah sisi' },
            {
              kind: 'LOOKUP',
              name: 'annualRate',
              label: 'Tarif per m² per tahun',
              field: 'billboardType',
              values: { BILLBOARD: 300_000, BALIHO: 180_000, NEON_BOX: 240_000 },
              money: true,
            },
          ],
        },
      ],
      minimum: 100_000,
    },
  },
  {
    id: 'izin-sip-nakes',
    name: 'Surat Izin Praktik (SIP) Tenaga Kesehatan',
    shortName: 'SIP Nakes',
    numberCode: 'SIP',
    timeLimitDays: 5,
    stageLimits: { SUBMITTED: 2, NEEDS_REVISION: 7, VERIFIED: 3, APPROVED: 5, PAID: 1 },
    validityMonths: 60,
    businessNameRequired: false,
    fields: [
      {
        name: 'profession',
        label: 'Profesi',
        labelEn: 'Profession',
        kind: PermitFieldKind.SELECT,
        required: true,
        options: [
          { value: 'DOKTER', label: 'Dokter' },
          { value: 'DOKTER_GIGI', label: 'Dokter gigi' },
          { value: 'BIDAN', label: 'Bidan' },
          { value: 'PERAWAT', label: 'Perawat' },
          { value: 'APOTEKER', label: 'Apoteker' },
        ],
      },
      { name: 'strNumber', label: 'Nomor STR', labelEn: 'Registration (STR) number', kind: PermitFieldKind.TEXT, required: true, min: 6, max: 40 },
      { name: 'practicePlace', label: 'Nama tempat praktik', labelEn: 'Place of practice', kind: PermitFieldKind.TEXT, required: true, min: 3, max: 120 },
      { name: 'address', label: 'Alamat tempat praktik', labelEn: 'Practice address', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
    ],
    documents: [
      KTP,
      doc('str', 'STR yang masih berlaku', 'Valid registration certificate (STR)'),
      doc('rekomendasi', 'Rekomendasi organisasi profesi', 'Professional association recommendation'),
      doc('pas-foto', 'Pas foto 4×6', 'Passport photo 4×6'),
      doc('keterangan-tempat', 'Surat keterangan dari tempat praktik', 'Letter from the place of practice'),
    ],
    levy: { kind: 'FREE', basis: 'Gratis: Perwali Kendari tentang pelayanan perizinan kesehatan' },
  },
  {
    id: 'izin-apotek',
    name: 'Izin Apotek',
    shortName: 'Apotek',
    numberCode: 'APT',
    timeLimitDays: 12,
    stageLimits: { SUBMITTED: 3, NEEDS_REVISION: 10, VERIFIED: 7, APPROVED: 5, PAID: 2 },
    validityMonths: 60,
    businessNameRequired: true,
    fields: [
      {
        name: 'pharmacistSip',
        label: 'Nomor SIP apoteker penanggung jawab',
        labelEn: "Responsible pharmacist's SIP number",
        kind: PermitFieldKind.TEXT,
        required: true,
        min: 6,
        max: 60,
      },
      {
        name: 'buildingArea',
        label: 'Luas bangunan apotek',
        labelEn: 'Floor area',
        kind: PermitFieldKind.NUMBER,
        required: true,
        min: 10,
        max: 5000,
        decimals: 1,
        unit: 'm²',
      },
      { name: 'address', label: 'Alamat apotek', labelEn: 'Pharmacy address', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
    ],
    documents: [
      KTP,
      doc('sip-apoteker', 'SIP apoteker penanggung jawab', "Pharmacist's practice permit"),
      doc('denah', 'Denah bangunan', 'Floor plan'),
      doc('daftar-peralatan', 'Daftar sarana dan peralatan', 'List of equipment'),
      doc('nib', 'NIB', 'Business identification number (NIB)'),
    ],
    levy: { kind: 'FREE', basis: 'Gratis: PP 5/2021 (perizinan berusaha sektor kesehatan)' },
  },
  {
    id: 'izin-klinik',
    name: 'Izin Operasional Klinik',
    shortName: 'Klinik',
    numberCode: 'KLN',
    timeLimitDays: 14,
    stageLimits: { SUBMITTED: 3, NEEDS_REVISION: 10, VERIFIED: 7, APPROVED: 14, PAID: 3 },
    validityMonths: 60,
    businessNameRequired: true,
    fields: [
      {
        name: 'clinicType',
        label: 'Jenis klinik',
        labelEn: 'Kind of clinic',
        kind: PermitFieldKind.SELECT,
        required: true,
        options: [
          { value: 'PRATAMA', label: 'Klinik pratama' },
          { value: 'UTAMA', label: 'Klinik utama' },
        ],
      },
      { name: 'beds', label: 'Jumlah tempat tidur', labelEn: 'Number of beds', kind: PermitFieldKind.NUMBER, required: true, min: 0, max: 200 },
      { name: 'address', label: 'Alamat klinik', labelEn: 'Clinic address', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
    ],
    documents: [
      KTP,
      doc('profil-klinik', 'Profil klinik dan struktur organisasi', 'Clinic profile and organisation'),
      doc('daftar-nakes', 'Daftar tenaga kesehatan dan SIP-nya', 'Health workers and their permits'),
      doc('denah', 'Denah bangunan', 'Floor plan'),
      doc('nib', 'NIB', 'Business identification number (NIB)'),
    ],
    levy: {
      kind: 'FIXED',
      label: 'Retribusi izin operasional klinik',
      amount: 1_500_000,
      basis: 'Perda Kota Kendari tentang Pajak Daerah dan Retribusi Daerah',
    },
  },
  {
    id: 'izin-tdup',
    name: 'Tanda Daftar Usaha Pariwisata (TDUP)',
    shortName: 'TDUP',
    numberCode: 'TDUP',
    timeLimitDays: 3,
    stageLimits: { SUBMITTED: 1, NEEDS_REVISION: 7, VERIFIED: 2, APPROVED: 5, PAID: 1 },
    validityMonths: null,
    businessNameRequired: true,
    fields: [
      {
        name: 'tourismField',
        label: 'Bidang usaha pariwisata',
        labelEn: 'Tourism business field',
        kind: PermitFieldKind.SELECT,
        required: true,
        options: [
          { value: 'RESTORAN', label: 'Restoran / rumah makan' },
          { value: 'KAFE', label: 'Kafe' },
          { value: 'PENGINAPAN', label: 'Penginapan / homestay' },
          { value: 'BIRO_PERJALANAN', label: 'Biro perjalanan wisata' },
          { value: 'WISATA_TIRTA', label: 'Wisata tirta' },
        ],
      },
      { name: 'employees', label: 'Jumlah tenaga kerja', labelEn: 'Number of employees', kind: PermitFieldKind.NUMBER, required: true, min: 1, max: 5000 },
      { name: 'address', label: 'Alamat usaha', labelEn: 'Business address', kind: PermitFieldKind.TEXT, required: true, min: 8, max: 200 },
    ],
    documents: [KTP, doc('nib', 'NIB', 'Business identification number (NIB)'), doc('foto-usaha', 'Foto tempat usaha', 'Photo of the premises', false)],
    levy: { kind: 'FREE', basis: 'Gratis: Permenparekraf 4/2021' },
  },
];
