import { createThrottle, hitAll, tooManyRequests, type ThrottleHit } from '@kendari/kit';

/** Reports within this distance of an earlier one from the same caller count as "the same place". */
export const SAME_PLACE_METRES = 500;
export const THROTTLE_WINDOW_MINUTES = 10;
/** Per phone number / citizen account. */
export const PHONE_SAME_PLACE_LIMIT = 1;
export const PHONE_TOTAL_LIMIT = 5;
/**
 * Per client address, anonymous callers only (the address is never stored with a report). Only a
 * same-place limit, and a generous one: many residents share one carrier address, and a city-wide cap
 * per address would block a whole city during a disaster, so there is none.
 */
export const IP_SAME_PLACE_LIMIT = 6;

const window = THROTTLE_WINDOW_MINUTES * 60;
export const rules = {
  callerTotal: createThrottle({ name: 'firebutton.caller-total', points: PHONE_TOTAL_LIMIT, windowSeconds: window }),
  callerPlace: createThrottle({ name: 'firebutton.caller-place', points: PHONE_SAME_PLACE_LIMIT, windowSeconds: window }),
  addressPlace: createThrottle({ name: 'firebutton.address-place', points: IP_SAME_PLACE_LIMIT, windowSeconds: window }),
  /** One mark per report (caller and idempotency key): a retry of the same report is not counted again. */
  reportKey: createThrottle({ name: 'firebutton.report-key', points: 1, windowSeconds: window }),
};

// "The same place" as keys an atomic counter can take: a grid of SAME_PLACE_METRES cells, and each
// report counts in every cell its own square (side SAME_PLACE_METRES, centred on it) overlaps (1 to 4
// cells). Two reports closer than SAME_PLACE_METRES on each axis have overlapping squares, so they
// always share a cell: the limit of that cell decides, atomically. Reports about 1 km apart or more
// share none.
const CELL_DEG = SAME_PLACE_METRES / 111_320; // metres per degree of latitude; at 4° S a degree of longitude is 99.8 % of that
export function placeCells(lat: number, lng: number): string[] {
  const half = CELL_DEG / 2;
  const span = (v: number) => {
    const a = Math.floor((v - half) / CELL_DEG);
    const b = Math.floor((v + half) / CELL_DEG);
    return a === b ? [a] : [a, b];
  };
  const cells: string[] = [];
  for (const i of span(lat)) for (const j of span(lng)) cells.push(`${i}:${j}`);
  return cells; // already in one global order (i, then j): see countReport
}

/** Something counted that must be given back if the report is not stored after all. */
type Counted = ThrottleHit[];
export const giveBack = (counted: Counted) => Promise.all(counted.map((c) => c.throttle.refund(c.key))).then(() => undefined);

/**
 * The emergency throttle, decided by the kit's atomic counters before anything is written:
 * per caller (phone or account) 1 report at one place and 5 in all per 10 minutes; per anonymous
 * client address 6 at one place. Throws TOO_MANY_REQUESTS; returns what to give back if the report
 * is then not stored (a replayed double tap, a failed write).
 *
 * Every count of a report is ONE store operation (kit `hitAll`: one round trip, not up to ten): all of them,
 * or none when one is over its limit. The order is fixed (the mark, the caller's cells, the address's cells,
 * the caller's total; cells in one global order), so of several simultaneous reports at one place at least
 * one always passes (as with locks taken in one order), and a refused report counts nowhere, blocking nobody
 * later.
 */
export async function countReport(opts: {
  caller: string;
  clientIp: string | null;
  lat: number;
  lng: number;
  idempotencyKey: string | null;
}): Promise<Counted> {
  const cells = placeCells(opts.lat, opts.lng);
  // A retry of one report (same caller, same idempotency key) is not a second report. Its first attempt
  // marked the key in the same store as the counts; when that attempt's write failed, both the counts and
  // the mark were given back together, unless the store was unreachable too (PostgreSQL restarting under
  // the write): then both stand, and the retry is let through on the counts its first attempt left.
  const mark: Counted = opts.idempotencyKey ? [{ throttle: rules.reportKey, key: `${opts.caller}|${opts.idempotencyKey}` }] : [];
  const place: Counted = [
    ...cells.map((cell) => ({ throttle: rules.callerPlace, key: `${opts.caller}|${cell}` })),
    ...(opts.clientIp ? cells.map((cell) => ({ throttle: rules.addressPlace, key: `ip:${opts.clientIp}|${cell}` })) : []),
  ];
  const counted: Counted = [...mark, ...place, { throttle: rules.callerTotal, key: opts.caller }];
  const r = await hitAll(counted);
  if (r.allowed) return counted;
  if (r.refusedIndex < mark.length) return []; // this report's mark stands: a retry, let through uncounted
  throw throttled(r.retryAfterSeconds, r.refusedIndex < mark.length + place.length);
}

export function throttled(waitSeconds: number, samePlace: boolean) {
  const minutes = Math.ceil(waitSeconds / 60);
  return samePlace
    ? tooManyRequests(
        waitSeconds,
        `An emergency near this place was already reported from this phone number or device in the last ${THROTTLE_WINDOW_MINUTES} minutes and Damkar is handling it. Follow it with its tracking code; a new report from here is accepted again in about ${minutes} min. In danger now: call 113.`,
        `Keadaan darurat di sekitar lokasi ini sudah dilaporkan dari nomor/perangkat ini dalam ${THROTTLE_WINDOW_MINUTES} menit terakhir dan sedang ditangani Damkar. Pantau dengan kode lacak Anda; laporan baru dari lokasi ini dapat dikirim lagi sekitar ${minutes} menit lagi. Dalam bahaya: hubungi 113.`,
      )
    : tooManyRequests(
        waitSeconds,
        `Too many emergency reports from this phone number or device in the last ${THROTTLE_WINDOW_MINUTES} minutes; try again in about ${minutes} min or call 113.`,
        `Terlalu banyak laporan darurat dari nomor/perangkat ini dalam ${THROTTLE_WINDOW_MINUTES} menit terakhir; coba lagi sekitar ${minutes} menit lagi atau hubungi 113.`,
      );
}
