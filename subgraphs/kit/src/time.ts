/** Kendari is in WITA (UTC+08:00, no daylight saving). Store UTC; compute calendar days here. */
export const WITA_OFFSET_MS = 8 * 3600_000;

/**
 * The due moment of a service with a time limit of `days` working days (Mon-Fri, WITA):
 * the end (23:59:59 WITA) of the last working day. 0 days = the end of the same day.
 */
export function addWorkingDays(start: Date, days: number): Date {
  const local = new Date(start.getTime() + WITA_OFFSET_MS);
  let remaining = days;
  while (remaining > 0 || local.getUTCDay() === 0 || local.getUTCDay() === 6) {
    local.setUTCDate(local.getUTCDate() + 1);
    if (local.getUTCDay() !== 0 && local.getUTCDay() !== 6) remaining--;
  }
  local.setUTCHours(23, 59, 59, 0);
  return new Date(local.getTime() - WITA_OFFSET_MS);
}

/** First instant (UTC) of the WITA calendar month `yyyy-mm`, and of the month after. */
export function witaMonthRange(month: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error('month must be YYYY-MM');
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  return { from: new Date(Date.UTC(y, mo, 1) - WITA_OFFSET_MS), to: new Date(Date.UTC(y, mo + 1, 1) - WITA_OFFSET_MS) };
}

/** The WITA month `yyyy-mm` of an instant. */
export const witaMonthOf = (d: Date) => new Date(d.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 7);

/** 00:00 WITA of the day of `d`: a time that names a day, not a moment (for records that must not be joinable on time). */
export function startOfWitaDay(d: Date): Date {
  const local = d.getTime() + WITA_OFFSET_MS;
  return new Date(local - (((local % 86_400_000) + 86_400_000) % 86_400_000) - WITA_OFFSET_MS);
}

/** The calendar year in Kendari (WITA) at `d`: letters and permits are numbered per year. */
export const witaYearOf = (d: Date) => new Date(d.getTime() + WITA_OFFSET_MS).getUTCFullYear();

/** Adds calendar months (a letter's or a permit's validity), clamping to the month's last day. */
export function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  const day = out.getUTCDate();
  out.setUTCDate(1);
  out.setUTCMonth(out.getUTCMonth() + months);
  const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(day, last));
  return out;
}
