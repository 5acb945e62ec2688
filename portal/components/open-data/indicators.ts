/**
 * The public statistics of the open-data downloads and of /transparansi, each generated from the graph's
 * public contract (issue 17): one document per indicator, rows keyed by English snake_case column names
 * (documented on /pengembang), one row per WITA month (and kecamatan or permit type where split).
 */
import { graphql } from '@/graphql/generated';
import type { Document, ResultOf } from '@/lib/graphql';
import type { Cell } from './csv';

export type Row = Record<string, Cell>;
type Text = { id: string; en: string };
export type ColumnKind = 'month' | 'bool' | 'int' | 'float' | 'share' | 'rupiah' | 'text';
export interface Column {
  key: string;
  kind: ColumnKind;
  /** What the column holds, in both languages (the /pengembang data dictionary). */
  doc: Text;
  /** A short heading for the /transparansi tables (default: doc). */
  label?: Text;
}
type Vars = { from?: string | null; to?: string | null };

export interface Indicator {
  /** The download's name: /data/<id>.csv and /data/<id>.json */
  id: string;
  title: Text;
  description: Text;
  /** The city-wide indicator this one splits, if any. */
  splits?: string;
  columns: Column[];
  /** On /transparansi: the figure drawn as a bar (against `max`, else the largest month), and up to two more shown beside it. */
  display?: { main: string; max?: number; more: string[] };
  doc: Document<unknown, Vars>;
  rows(data: unknown): Row[];
}

/** Builds an indicator whose `rows` is typed by its document. */
function indicator<D extends Document<any, Vars>>(def: Omit<Indicator, 'doc' | 'rows'> & { doc: D; rows: (data: ResultOf<D>) => Row[] }): Indicator {
  return def as unknown as Indicator;
}

const c = (key: string, kind: ColumnKind, id: string, en: string, label?: Text): Column => ({ key, kind, doc: { id, en }, ...(label ? { label } : {}) });
const MONTH = c('month', 'month', 'Bulan (TTTT-BB, WITA)', 'Month (YYYY-MM, WITA)');
const HAS_DATA = c(
  'has_data',
  'bool',
  'false: belum ada data bulan itu (angka 0 di baris ini berarti "tidak ada", bukan hasil pengukuran)',
  'false: no data yet that month (the zeros of the row mean "none", not a measured zero)',
);
const KECAMATAN = [
  c('kecamatan_code', 'text', 'Kode Kemendagri kecamatan', 'Kemendagri code of the kecamatan'),
  c('kecamatan_name', 'text', 'Nama kecamatan', 'Kecamatan name'),
];

// --- LAIKA letters ---------------------------------------------------------------------------------------
const LETTER_COLUMNS = [
  c('submitted', 'int', 'Permohonan surat diajukan', 'Letter requests submitted'),
  c('issued', 'int', 'Surat terbit', 'Letters issued', { id: 'Terbit', en: 'Issued' }),
  c('issued_on_time', 'int', 'Surat terbit sebelum batas waktu standar layanan', 'Letters issued by the service standard’s time limit'),
  c('on_time_share', 'share', 'issued_on_time / issued (0–1); kosong bila tidak ada yang terbit', 'issued_on_time / issued (0–1); empty when none was issued', {
    id: 'Terbit tepat waktu',
    en: 'Issued on time',
  }),
  c('median_processing_hours', 'float', 'Median jam dari pengajuan sampai terbit', 'Median hours from request to issue', {
    id: 'Median jam proses',
    en: 'Median hours',
  }),
];
const LetterTrend = graphql(`
  query OpenDataLetterTrend($from: String, $to: String) {
    letterTrend(from: $from, to: $to) {
      month
      hasData
      submittedCount
      issuedCount
      issuedOnTimeCount
      withinTimeLimitShare
      medianProcessingHours
    }
  }
`);
const LetterTrendByKecamatan = graphql(`
  query OpenDataLetterTrendByKecamatan($from: String, $to: String) {
    letterTrend(from: $from, to: $to, byKecamatan: true) {
      month
      kecamatan {
        id
        name
      }
      hasData
      submittedCount
      issuedCount
      issuedOnTimeCount
      withinTimeLimitShare
      medianProcessingHours
    }
  }
`);
type LetterRow = ResultOf<typeof LetterTrend>['letterTrend'][number];
const letterCells = (r: LetterRow): Row => ({
  has_data: r.hasData,
  submitted: r.submittedCount,
  issued: r.issuedCount,
  issued_on_time: r.issuedOnTimeCount,
  on_time_share: r.withinTimeLimitShare,
  median_processing_hours: r.medianProcessingHours,
});

// --- DPMPTSP permits -------------------------------------------------------------------------------------
const PERMIT_COLUMNS = [
  c('applications', 'int', 'Permohonan izin pertama kali diajukan', 'Permit applications first submitted'),
  c('decided', 'int', 'Permohonan diputus (disetujui atau ditolak)', 'Applications decided (approved or rejected)', { id: 'Diputus', en: 'Decided' }),
  c('decided_within_limit', 'int', 'Diputus dalam batas waktu (hari kerja)', 'Decided within the time limit (working days)'),
  c('within_limit_share', 'share', 'decided_within_limit / decided (0–1)', 'decided_within_limit / decided (0–1)', {
    id: 'Diputus dalam batas waktu',
    en: 'Decided within the limit',
  }),
  c('median_processing_days', 'float', 'Median hari dari pengajuan sampai putusan', 'Median days from submission to decision', {
    id: 'Median hari proses',
    en: 'Median days',
  }),
];
const PermitTrend = graphql(`
  query OpenDataPermitTrend($from: String, $to: String) {
    permitTrend(from: $from, to: $to) {
      month
      hasData
      applications
      decided
      decidedWithinLimit
      decidedWithinLimitShare
      medianProcessingDays
    }
  }
`);
const PermitTrendByType = graphql(`
  query OpenDataPermitTrendByType($from: String, $to: String) {
    permitTrend(from: $from, to: $to, byPermitType: true) {
      month
      permitType {
        id
        name
        timeLimitDays
      }
      hasData
      applications
      decided
      decidedWithinLimit
      decidedWithinLimitShare
      medianProcessingDays
    }
  }
`);
type PermitRow = ResultOf<typeof PermitTrend>['permitTrend'][number];
const permitCells = (r: PermitRow): Row => ({
  has_data: r.hasData,
  applications: r.applications,
  decided: r.decided,
  decided_within_limit: r.decidedWithinLimit,
  within_limit_share: r.decidedWithinLimitShare,
  median_processing_days: r.medianProcessingDays,
});

// --- Fire Button -----------------------------------------------------------------------------------------
const EMERGENCY_COLUMNS = [
  c('incidents', 'int', 'Laporan darurat', 'Emergency reports', { id: 'Kejadian', en: 'Incidents' }),
  c('false_alarms', 'int', 'Laporan palsu', 'False alarms'),
  c('arrived', 'int', 'Kejadian yang didatangi petugas', 'Incidents a unit reached'),
  c('on_scene_within_15_min', 'int', 'Tiba ≤ 15 menit sejak laporan (target Kendari)', 'On scene within 15 minutes of the report (Kendari’s target)'),
  c('on_scene_within_target_share', 'share', 'on_scene_within_15_min / arrived (0–1)', 'on_scene_within_15_min / arrived (0–1)', {
    id: 'Tiba ≤ 15 menit',
    en: 'On scene ≤ 15 min',
  }),
  c('median_minutes_to_dispatch', 'float', 'Median menit dari laporan sampai unit diberangkatkan', 'Median minutes from report to dispatch', {
    id: 'Median menit sampai berangkat',
    en: 'Median min to dispatch',
  }),
  c('median_minutes_dispatch_to_arrival', 'float', 'Median menit dari keberangkatan sampai tiba', 'Median minutes from dispatch to arrival'),
];
const EmergencyTrend = graphql(`
  query OpenDataEmergencyTrend($from: String, $to: String) {
    emergencyTrend(from: $from, to: $to) {
      month
      hasData
      totalIncidents
      falseAlarms
      arrivedCount
      onSceneWithin15Minutes
      onSceneWithinTargetShare
      medianMinutesToDispatch
      medianMinutesToArrival
    }
  }
`);
const EmergencyTrendByKecamatan = graphql(`
  query OpenDataEmergencyTrendByKecamatan($from: String, $to: String) {
    emergencyTrend(from: $from, to: $to, byKecamatan: true) {
      month
      kecamatan {
        id
        name
      }
      hasData
      totalIncidents
      falseAlarms
      arrivedCount
      onSceneWithin15Minutes
      onSceneWithinTargetShare
      medianMinutesToDispatch
      medianMinutesToArrival
    }
  }
`);
type EmergencyRow = ResultOf<typeof EmergencyTrend>['emergencyTrend'][number];
const emergencyCells = (r: EmergencyRow): Row => ({
  has_data: r.hasData,
  incidents: r.totalIncidents,
  false_alarms: r.falseAlarms,
  arrived: r.arrivedCount,
  on_scene_within_15_min: r.onSceneWithin15Minutes,
  on_scene_within_target_share: r.onSceneWithinTargetShare,
  median_minutes_to_dispatch: r.medianMinutesToDispatch,
  median_minutes_dispatch_to_arrival: r.medianMinutesToArrival,
});

// --- JARI ------------------------------------------------------------------------------------------------
const JariTrend = graphql(`
  query OpenDataJariTrend($from: String, $to: String) {
    jariTrend(from: $from, to: $to) {
      month
      hasData
      received
      open
      concluded
      rejected
      followUpOverdue
      medianDaysToConclusion
      byCategory {
        category
        count
      }
    }
  }
`);
const JARI_CATEGORIES = ['PUNGLI', 'SUAP', 'GRATIFIKASI', 'SLOW_OR_REFUSED_SERVICE', 'OTHER'] as const;
const JARI_CATEGORY_TEXT: Record<(typeof JARI_CATEGORIES)[number], Text> = {
  PUNGLI: { id: 'pungutan liar', en: 'illegal levies (pungli)' },
  SUAP: { id: 'suap', en: 'bribery (suap)' },
  GRATIFIKASI: { id: 'gratifikasi', en: 'gratification' },
  SLOW_OR_REFUSED_SERVICE: { id: 'layanan lambat atau ditolak', en: 'slow or refused service' },
  OTHER: { id: 'lainnya', en: 'other' },
};

// --- JAKPA -----------------------------------------------------------------------------------------------
const TAX_COLUMNS = [
  c('payments', 'int', 'Pembayaran PBB-P2 diterima', 'PBB-P2 payments received', { id: 'Pembayaran', en: 'Payments' }),
  c('bills_paid', 'int', 'Tagihan yang menerima pembayaran', 'Bills those payments went to'),
  c('amount_collected_rupiah', 'rupiah', 'Jumlah dibayar (pokok dan denda), rupiah', 'Amount paid (principal and penalty), rupiah', {
    id: 'Diterima',
    en: 'Collected',
  }),
];
const TaxTrend = graphql(`
  query OpenDataTaxCollectionTrend($from: String, $to: String) {
    taxCollectionTrend(from: $from, to: $to) {
      month
      hasData
      paymentCount
      billsPaid
      amountCollected
    }
  }
`);
const TaxTrendByKecamatan = graphql(`
  query OpenDataTaxCollectionTrendByKecamatan($from: String, $to: String) {
    taxCollectionTrend(from: $from, to: $to, byKecamatan: true) {
      month
      kecamatan {
        id
        name
      }
      hasData
      paymentCount
      billsPaid
      amountCollected
    }
  }
`);
type TaxRow = ResultOf<typeof TaxTrend>['taxCollectionTrend'][number];
const taxCells = (r: TaxRow): Row => ({ has_data: r.hasData, payments: r.paymentCount, bills_paid: r.billsPaid, amount_collected_rupiah: r.amountCollected });

// --- service-status board ----------------------------------------------------------------------------------
const StatusTrend = graphql(`
  query OpenDataServiceStatusTrend($from: String, $to: String) {
    serviceStatusTrend(from: $from, to: $to) {
      month
      hasData
      servicePoints
      changes
      hoursRecorded
      hoursAvailable
      hoursLimited
      hoursUnavailable
      availableShare
    }
  }
`);

// --- health queue ------------------------------------------------------------------------------------------
const HealthTrend = graphql(`
  query OpenDataHealthQueueTrend($from: String, $to: String) {
    healthQueueTrend(from: $from, to: $to) {
      month
      hasData
      numbersTaken
      served
      noShow
      cancelledByResident
      cancelledByFacility
      sessionsClosed
    }
  }
`);

const kecamatanCells = (k: { id: string; name: string } | null): Row => ({ kecamatan_code: k?.id ?? null, kecamatan_name: k?.name ?? null });

export const INDICATORS: readonly Indicator[] = [
  indicator({
    id: 'letters',
    title: { id: 'Surat LAIKA tepat waktu', en: 'LAIKA letters on time' },
    description: {
      id: 'Permohonan surat kelurahan dan kecamatan, surat yang terbit, dan yang terbit sebelum batas waktu standar layanan; seluruh kota.',
      en: 'Kelurahan and kecamatan letter requests, letters issued, and those issued by the service standard’s time limit; the whole city.',
    },
    columns: [MONTH, HAS_DATA, ...LETTER_COLUMNS],
    display: { main: 'on_time_share', max: 1, more: ['issued', 'median_processing_hours'] },
    doc: LetterTrend,
    rows: (d) => d.letterTrend.map((r) => ({ month: r.month, ...letterCells(r) })),
  }),
  indicator({
    id: 'letters-by-kecamatan',
    splits: 'letters',
    title: { id: 'Surat LAIKA tepat waktu per kecamatan', en: 'LAIKA letters on time per kecamatan' },
    description: { id: 'Seperti di atas, satu baris per kecamatan dan bulan.', en: 'As above, one row per kecamatan and month.' },
    columns: [MONTH, ...KECAMATAN, HAS_DATA, ...LETTER_COLUMNS],
    doc: LetterTrendByKecamatan,
    rows: (d) => d.letterTrend.map((r) => ({ month: r.month, ...kecamatanCells(r.kecamatan), ...letterCells(r) })),
  }),
  indicator({
    id: 'permits',
    title: { id: 'Waktu proses perizinan DPMPTSP', en: 'DPMPTSP permit processing times' },
    description: {
      id: 'Permohonan izin, putusan, dan putusan dalam batas waktu hari kerja jenis izinnya; semua jenis izin.',
      en: 'Permit applications, decisions, and decisions within the permit type’s working-day limit; every type together.',
    },
    columns: [MONTH, HAS_DATA, ...PERMIT_COLUMNS],
    display: { main: 'within_limit_share', max: 1, more: ['decided', 'median_processing_days'] },
    doc: PermitTrend,
    rows: (d) => d.permitTrend.map((r) => ({ month: r.month, ...permitCells(r) })),
  }),
  indicator({
    id: 'permits-by-type',
    splits: 'permits',
    title: { id: 'Waktu proses per jenis izin', en: 'Processing times per permit type' },
    description: { id: 'Seperti di atas, satu baris per jenis izin dan bulan.', en: 'As above, one row per permit type and month.' },
    columns: [
      MONTH,
      c('permit_type_id', 'text', 'Kode jenis izin (sama dengan kode layanan)', 'Permit type id (the same as the service id)'),
      c('permit_type_name', 'text', 'Nama jenis izin', 'Permit type name'),
      c('time_limit_working_days', 'int', 'Batas waktu standar layanan, hari kerja', 'Service standard time limit, working days'),
      HAS_DATA,
      ...PERMIT_COLUMNS,
    ],
    doc: PermitTrendByType,
    rows: (d) =>
      d.permitTrend.map((r) => ({
        month: r.month,
        permit_type_id: r.permitType?.id ?? null,
        permit_type_name: r.permitType?.name ?? null,
        time_limit_working_days: r.permitType?.timeLimitDays ?? null,
        ...permitCells(r),
      })),
  }),
  indicator({
    id: 'emergencies',
    title: { id: 'Waktu tanggap darurat (Damkar)', en: 'Emergency response times (fire brigade)' },
    description: {
      id: 'Laporan Fire Button, dan bagian kejadian yang didatangi dalam 15 menit sejak laporan; seluruh kota.',
      en: 'Fire Button reports, and the share of incidents reached within 15 minutes of the report; the whole city.',
    },
    columns: [MONTH, HAS_DATA, ...EMERGENCY_COLUMNS],
    display: {
      main: 'on_scene_within_target_share',
      max: 1,
      more: ['incidents', 'median_minutes_to_dispatch'],
    },
    doc: EmergencyTrend,
    rows: (d) => d.emergencyTrend.map((r) => ({ month: r.month, ...emergencyCells(r) })),
  }),
  indicator({
    id: 'emergencies-by-kecamatan',
    splits: 'emergencies',
    title: { id: 'Waktu tanggap darurat per kecamatan', en: 'Emergency response times per kecamatan' },
    description: { id: 'Seperti di atas, satu baris per kecamatan dan bulan.', en: 'As above, one row per kecamatan and month.' },
    columns: [MONTH, ...KECAMATAN, HAS_DATA, ...EMERGENCY_COLUMNS],
    doc: EmergencyTrendByKecamatan,
    rows: (d) => d.emergencyTrend.map((r) => ({ month: r.month, ...kecamatanCells(r.kecamatan), ...emergencyCells(r) })),
  }),
  indicator({
    id: 'jari-reports',
    title: { id: 'Laporan JARI', en: 'JARI reports' },
    description: {
      id: 'Laporan pungli, suap dan gratifikasi menurut bulan diterima: jumlah saja, tanpa teks laporan.',
      en: 'Reports of extortion, bribery and gratification by month received: counts only, never a report’s text.',
    },
    columns: [
      MONTH,
      HAS_DATA,
      c('received', 'int', 'Laporan diterima', 'Reports received', { id: 'Diterima', en: 'Received' }),
      c('open', 'int', 'Masih berjalan', 'Still open'),
      c('concluded', 'int', 'Selesai diperiksa', 'Concluded', { id: 'Selesai', en: 'Concluded' }),
      c('rejected', 'int', 'Ditolak (di luar kewenangan)', 'Rejected (out of scope)'),
      c('follow_up_overdue', 'int', 'Terlambat ditindaklanjuti (> 5 hari kerja)', 'Followed up late (> 5 working days)', {
        id: 'Terlambat ditindaklanjuti',
        en: 'Followed up late',
      }),
      c('median_days_to_conclusion', 'float', 'Median hari sampai selesai', 'Median days to conclusion'),
      ...JARI_CATEGORIES.map((k) =>
        c(`category_${k.toLowerCase()}`, 'int', `Laporan kategori ${JARI_CATEGORY_TEXT[k].id}`, `Reports about ${JARI_CATEGORY_TEXT[k].en}`),
      ),
    ],
    display: { main: 'received', more: ['concluded', 'follow_up_overdue'] },
    doc: JariTrend,
    rows: (d) =>
      d.jariTrend.map((r) => ({
        month: r.month,
        has_data: r.hasData,
        received: r.received,
        open: r.open,
        concluded: r.concluded,
        rejected: r.rejected,
        follow_up_overdue: r.followUpOverdue,
        median_days_to_conclusion: r.medianDaysToConclusion,
        ...Object.fromEntries(JARI_CATEGORIES.map((k) => [`category_${k.toLowerCase()}`, r.byCategory.find((x) => x.category === k)?.count ?? 0])),
      })),
  }),
  indicator({
    id: 'tax-collection',
    title: { id: 'Penerimaan PBB-P2', en: 'PBB-P2 (property tax) collection' },
    description: {
      id: 'Pembayaran PBB-P2 menurut bulan bayar (tagihan tahun pajak mana pun); seluruh kota.',
      en: 'PBB-P2 payments by month paid (bills of any tax year); the whole city.',
    },
    columns: [MONTH, HAS_DATA, ...TAX_COLUMNS],
    display: { main: 'amount_collected_rupiah', more: ['payments'] },
    doc: TaxTrend,
    rows: (d) => d.taxCollectionTrend.map((r) => ({ month: r.month, ...taxCells(r) })),
  }),
  indicator({
    id: 'tax-collection-by-kecamatan',
    splits: 'tax-collection',
    title: { id: 'Penerimaan PBB-P2 per kecamatan', en: 'PBB-P2 collection per kecamatan' },
    description: { id: 'Seperti di atas, satu baris per kecamatan dan bulan.', en: 'As above, one row per kecamatan and month.' },
    columns: [MONTH, ...KECAMATAN, HAS_DATA, ...TAX_COLUMNS],
    doc: TaxTrendByKecamatan,
    rows: (d) => d.taxCollectionTrend.map((r) => ({ month: r.month, ...kecamatanCells(r.kecamatan), ...taxCells(r) })),
  }),
  indicator({
    id: 'service-status',
    title: { id: 'Riwayat status layanan', en: 'Service status history' },
    description: {
      id: 'Dari riwayat papan status layanan: jam setiap titik layanan tersedia, terbatas atau tidak tersedia (24 jam sehari, dijumlah untuk semua titik). Jam sebelum perubahan pertama yang tercatat tidak diketahui dan tidak dihitung.',
      en: 'From the service-status board’s history: the hours each service point was available, limited or unavailable (all 24 hours of a day, summed over every point). Hours before a point’s first recorded change are unknown and not counted.',
    },
    columns: [
      MONTH,
      HAS_DATA,
      c('service_points', 'int', 'Titik layanan dengan status tercatat', 'Service points with a recorded status', {
        id: 'Titik layanan',
        en: 'Service points',
      }),
      c('changes', 'int', 'Perubahan status dalam bulan itu', 'Status changes in the month', { id: 'Perubahan status', en: 'Status changes' }),
      c('hours_recorded', 'float', 'Jam-titik dengan status diketahui', 'Point-hours with a known status'),
      c('hours_available', 'float', 'Jam-titik TERSEDIA', 'Point-hours AVAILABLE'),
      c('hours_limited', 'float', 'Jam-titik TERBATAS', 'Point-hours LIMITED'),
      c('hours_unavailable', 'float', 'Jam-titik TIDAK TERSEDIA', 'Point-hours UNAVAILABLE'),
      c('available_share', 'share', 'hours_available / hours_recorded (0–1)', 'hours_available / hours_recorded (0–1)', {
        id: 'Waktu tersedia',
        en: 'Time available',
      }),
    ],
    display: { main: 'available_share', max: 1, more: ['service_points', 'changes'] },
    doc: StatusTrend,
    rows: (d) =>
      d.serviceStatusTrend.map((r) => ({
        month: r.month,
        has_data: r.hasData,
        service_points: r.servicePoints,
        changes: r.changes,
        hours_recorded: r.hoursRecorded,
        hours_available: r.hoursAvailable,
        hours_limited: r.hoursLimited,
        hours_unavailable: r.hoursUnavailable,
        available_share: r.availableShare,
      })),
  }),
  indicator({
    id: 'health-queue',
    title: { id: 'Antrean daring fasilitas kesehatan', en: 'Online queue of health facilities' },
    description: {
      id: 'Nomor antrean menurut bulan sesinya: dilayani, tidak hadir, dibatalkan; semua fasilitas.',
      en: 'Queue numbers by the month of their session: served, did not come, cancelled; every facility.',
    },
    columns: [
      MONTH,
      HAS_DATA,
      c('numbers_taken', 'int', 'Nomor antrean diambil', 'Queue numbers taken', { id: 'Nomor diambil', en: 'Numbers taken' }),
      c('served', 'int', 'Dilayani', 'Served', { id: 'Dilayani', en: 'Served' }),
      c('no_show', 'int', 'Tidak hadir', 'Did not come', { id: 'Tidak hadir', en: 'Did not come' }),
      c('cancelled_by_resident', 'int', 'Dibatalkan warga', 'Cancelled by the resident'),
      c('cancelled_by_facility', 'int', 'Dibatalkan karena sesi ditutup fasilitas', 'Cancelled because the facility closed the session'),
      c('sessions_closed', 'int', 'Sesi yang ditutup fasilitas', 'Sessions closed by facilities'),
    ],
    display: { main: 'numbers_taken', more: ['served', 'no_show'] },
    doc: HealthTrend,
    rows: (d) =>
      d.healthQueueTrend.map((r) => ({
        month: r.month,
        has_data: r.hasData,
        numbers_taken: r.numbersTaken,
        served: r.served,
        no_show: r.noShow,
        cancelled_by_resident: r.cancelledByResident,
        cancelled_by_facility: r.cancelledByFacility,
        sessions_closed: r.sessionsClosed,
      })),
  }),
];

export const indicatorById = (id: string): Indicator | undefined => INDICATORS.find((i) => i.id === id);

/** The split downloads of a city-wide indicator (per kecamatan, per permit type). */
export const splitsOf = (id: string): Indicator[] => INDICATORS.filter((i) => i.splits === id);

const MONTH_RE = /^(20\d{2})-(0[1-9]|1[0-2])$/;
export const isMonth = (m: string | null | undefined): m is string => !!m && MONTH_RE.test(m);

/** The link to a download, with its month range when one is given. */
export function downloadHref(id: string, format: 'csv' | 'json', range: { from?: string; to?: string } = {}): string {
  const q = new URLSearchParams();
  if (range.from) q.set('from', range.from);
  if (range.to) q.set('to', range.to);
  const s = q.toString();
  return `/data/${id}.${format}${s ? `?${s}` : ''}`;
}
