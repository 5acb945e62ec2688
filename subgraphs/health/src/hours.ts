import { WITA_OFFSET_MS } from '@kendari/kit';

/** Kendari local time (WITA): the calendar date, ISO weekday (1 = Monday) and minute of the day. */
export function witaNow(now = new Date()): { date: string; weekday: number; minute: number } {
  const local = new Date(now.getTime() + WITA_OFFSET_MS);
  const dow = local.getUTCDay();
  return { date: local.toISOString().slice(0, 10), weekday: dow === 0 ? 7 : dow, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The WITA date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const weekdayOf = (date: string) => {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 ? 7 : dow;
};

/** The UTC instant of minute `minute` of WITA date `date`. */
export const witaInstant = (date: string, minute: number) => new Date(Date.parse(`${date}T00:00:00Z`) - WITA_OFFSET_MS + minute * 60_000);

export const hhmm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

export interface Interval {
  opensMin: number;
  closesMin: number;
}
export interface HoursRow extends Interval {
  weekday: number;
}
export interface ExceptionRow {
  date: string;
  closed: boolean;
  opensMin?: number | null;
  closesMin?: number | null;
  reason: string;
}

/** The intervals a facility is open on one date: the exception of that date if any, else the weekly hours. */
export function intervalsOn(date: string, hours: HoursRow[], exceptions: ExceptionRow[]): Interval[] {
  const ex = exceptions.find((e) => e.date === date);
  if (ex) return ex.closed || ex.opensMin == null || ex.closesMin == null ? [] : [{ opensMin: ex.opensMin, closesMin: ex.closesMin }];
  const wd = weekdayOf(date);
  return hours.filter((h) => h.weekday === wd).sort((a, b) => a.opensMin - b.opensMin);
}

export function isOpenAt(now: Date, hours: HoursRow[], exceptions: ExceptionRow[]): boolean {
  const t = witaNow(now);
  return intervalsOn(t.date, hours, exceptions).some((i) => i.opensMin <= t.minute && t.minute < i.closesMin);
}

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const spans = (xs: Interval[]) => xs.map((i) => `${hhmm(i.opensMin)}-${hhmm(i.closesMin)}`).join(',');

/**
 * The hours in OpenStreetMap's `opening_hours` syntax, e.g.
 * `Mo-Th 07:30-14:00; Fr 07:30-11:00; Sa 07:30-12:30; Su off; 2026 Dec 25 off`.
 * Consecutive days with equal hours are grouped; every day open all day is `24/7`.
 */
export function osmOpeningHours(hours: HoursRow[], exceptions: ExceptionRow[] = []): string {
  const byDay = OSM_DAYS.map((_, i) => hours.filter((h) => h.weekday === i + 1).sort((a, b) => a.opensMin - b.opensMin));
  const text = byDay.map((d) => (d.length ? spans(d) : 'off'));
  const parts: string[] = [];
  if (text.every((t) => t === '00:00-24:00')) parts.push('24/7');
  else {
    for (let i = 0; i < 7;) {
      let j = i;
      while (j + 1 < 7 && text[j + 1] === text[i]) j++;
      const days = i === j ? OSM_DAYS[i] : `${OSM_DAYS[i]}-${OSM_DAYS[j]}`;
      parts.push(`${days} ${text[i]}`);
      i = j + 1;
    }
  }
  for (const e of [...exceptions].sort((a, b) => a.date.localeCompare(b.date))) {
    const [y, m, d] = e.date.split('-').map(Number);
    const when = `${y} ${MONTHS[m - 1]} ${String(d).padStart(2, '0')}`;
    parts.push(e.closed || e.opensMin == null || e.closesMin == null ? `${when} off` : `${when} ${spans([{ opensMin: e.opensMin, closesMin: e.closesMin! }])}`);
  }
  return parts.join('; ');
}
