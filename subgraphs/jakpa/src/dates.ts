import { WITA_OFFSET_MS } from '@kendari/kit';

/** The WITA calendar date (YYYY-MM-DD) of an instant: due dates and penalty months are WITA days. */
export const witaDate = (d: Date) => new Date(d.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);

/** Start of a WITA calendar day, as a UTC instant. */
export const witaDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - WITA_OFFSET_MS);

/** Tests move "today" without touching the clock. */
let clock: () => Date = () => new Date();
export const now = () => clock();
export function setClock(fn: (() => Date) | null): void {
  clock = fn ?? (() => new Date());
}
