import { witaMonthOf, witaMonthRange } from './time';
import { InputCheck } from './validation';

/** The longest range a monthly trend field answers (issue 17: one grouped statement, however many months). */
export const MAX_TREND_MONTHS = 24;
/** Without `from`, a trend covers this many months up to `to`. */
export const DEFAULT_TREND_MONTHS = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface MonthSpan {
  /** Every month of the range, oldest first (YYYY-MM, WITA). */
  months: string[];
  /** First instant (UTC) of the first month, and of the month after the last: `where at >= from and at < to`. */
  from: Date;
  to: Date;
  /** The same bounds as WITA calendar dates (YYYY-MM-DD), for `date` columns. */
  fromDate: string;
  toDate: string;
}

const shift = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * The months of a trend field's `from`/`to` arguments (YYYY-MM, WITA, both inclusive): `to` defaults to
 * this month, `from` to DEFAULT_TREND_MONTHS months before `to`. A malformed month, `from` after `to` or
 * more than MAX_TREND_MONTHS months is BAD_USER_INPUT naming the argument.
 */
export function monthSpan(from: string | null | undefined, to: string | null | undefined, now = new Date()): MonthSpan {
  const v = new InputCheck();
  const valid = (m: string) => {
    const x = MONTH.exec(m);
    return !!x && Number(x[1]) >= 2000 && Number(x[1]) <= 2100;
  };
  const last = to ?? witaMonthOf(now);
  const okTo = v.check(valid(last), 'to', 'to must be a month YYYY-MM, e.g. 2026-11', 'Bulan akhir harus berformat TTTT-BB, contoh 2026-11');
  // without `from`, a bad `to` is the only problem to report
  const first = from ?? (okTo ? shift(last, 1 - DEFAULT_TREND_MONTHS) : '2000-01');
  if (v.check(valid(first), 'from', 'from must be a month YYYY-MM, e.g. 2025-12', 'Bulan awal harus berformat TTTT-BB, contoh 2025-12') && okTo) {
    if (v.check(first <= last, 'from', 'from must not be after to', 'Bulan awal tidak boleh setelah bulan akhir'))
      v.check(
        first >= shift(last, 1 - MAX_TREND_MONTHS),
        'from',
        `a trend covers at most ${MAX_TREND_MONTHS} months`,
        `Rentang paling banyak ${MAX_TREND_MONTHS} bulan`,
      );
  }
  v.done();
  const months: string[] = [];
  for (let m = first; m <= last; m = shift(m, 1)) months.push(m);
  const { from: start } = witaMonthRange(first);
  const { to: end } = witaMonthRange(last);
  return { months, from: start, to: end, fromDate: `${first}-01`, toDate: `${shift(last, 1)}-01` };
}

/**
 * SQL for the WITA month (YYYY-MM) of a timestamptz column: the session's time zone plays no part
 * (UTC wall time plus eight hours, WITA has no daylight saving).
 */
export const witaMonthSql = (column: string): string => `to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;
