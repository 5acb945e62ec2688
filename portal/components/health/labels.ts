import type { AppointmentStatus, HealthFacilityType, QueuePayer, QueueSessionLabel } from '@/graphql/generated/graphql';
import type { Lang } from '@/lib/i18n';
import type { Labels } from '@/lib/status';

type Pair = [string, string];
const pick = (lang: Lang, [id, en]: Pair) => (lang === 'en' ? en : id);

export const FACILITY_TYPE: Labels<HealthFacilityType> = {
  PUSKESMAS: ['Puskesmas', 'Health centre'],
  HOSPITAL: ['Rumah sakit', 'Hospital'],
  CLINIC: ['Klinik', 'Clinic'],
  PHARMACY: ['Apotek', 'Pharmacy'],
};
const STATUS: Labels<AppointmentStatus> = {
  BOOKED: ['Menunggu', 'Waiting'],
  CALLED: ['Dipanggil', 'Called'],
  SERVED: ['Selesai dilayani', 'Served'],
  NO_SHOW: ['Tidak hadir', 'Did not come'],
  CANCELLED: ['Dibatalkan', 'Cancelled'],
};
export const QUEUE_SESSION: Labels<QueueSessionLabel> = { PAGI: ['Pagi', 'Morning'], SIANG: ['Siang', 'Afternoon'] };
export const QUEUE_PAYER: Labels<QueuePayer> = { JKN: ['JKN / BPJS Kesehatan', 'JKN / BPJS Kesehatan'], UMUM: ['Umum (bayar sendiri)', 'Paying patient'] };
const DAYS: Pair[] = [
  ['Senin', 'Monday'],
  ['Selasa', 'Tuesday'],
  ['Rabu', 'Wednesday'],
  ['Kamis', 'Thursday'],
  ['Jumat', 'Friday'],
  ['Sabtu', 'Saturday'],
  ['Minggu', 'Sunday'],
];

export const facilityType = (t: HealthFacilityType, lang: Lang) => pick(lang, FACILITY_TYPE[t]);
export const queueStatus = (s: AppointmentStatus, lang: Lang) => pick(lang, STATUS[s]);
export const sessionLabel = (s: QueueSessionLabel, lang: Lang) => pick(lang, QUEUE_SESSION[s]);
export const weekdayName = (isoWeekday: number, lang: Lang) => pick(lang, DAYS[isoWeekday - 1]);
export const statusTone = (s: AppointmentStatus) =>
  s === 'CALLED' ? 'tag-warn' : s === 'CANCELLED' || s === 'NO_SHOW' ? 'tag-bad' : s === 'SERVED' ? 'tag-free' : '';

/** Today and the next `days` days in Kendari (WITA), as YYYY-MM-DD. */
export function witaDates(days = 7): string[] {
  const now = Date.now() + 8 * 3600_000;
  return Array.from({ length: days + 1 }, (_, i) => new Date(now + i * 86400_000).toISOString().slice(0, 10));
}

export const witaTime = (iso: string | null | undefined) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16) : '—');

export function dayLabel(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  const wd = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return `${weekdayName(wd, lang)}, ${new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d)}`;
}
