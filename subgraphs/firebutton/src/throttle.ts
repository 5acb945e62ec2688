import { distanceMetres, tooManyRequests } from '@kendari/kit';

/** Reports closer than this to an earlier one from the same caller count as "the same place". */
export const SAME_PLACE_METRES = 500;
export const THROTTLE_WINDOW_MINUTES = 10;
/** Per phone number / citizen account (decided from the stored reports, so it survives restarts). */
export const PHONE_SAME_PLACE_LIMIT = 1;
export const PHONE_TOTAL_LIMIT = 5;
/**
 * Per client address (memory only: the address of an anonymous reporter is never stored).
 * Only the same-place limit, and a generous one: many residents share one address (carrier NAT,
 * and behind the gateway every caller has the gateway's address, since the kit reads the socket).
 * A city-wide cap per address would then block a whole city during a disaster, so there is none.
 */
export const IP_SAME_PLACE_LIMIT = 6;
export const IP_TOTAL_LIMIT = Number.POSITIVE_INFINITY;

/**
 * Like the kit's RateLimiter, but a hit only counts against hits near the same place:
 * a genuinely new emergency elsewhere is not blocked by earlier reports. (Kit candidate.)
 */
export class PlaceThrottle {
  private readonly hits = new Map<string, Array<{ at: number; lat: number; lng: number }>>();
  constructor(
    readonly samePlaceLimit: number,
    readonly totalLimit: number,
    readonly windowMs: number,
    readonly radiusMetres: number,
  ) {}

  /** Seconds to wait if `key` is over a limit at this place, else 0 (nothing is recorded). */
  check(key: string, lat: number, lng: number, now = Date.now()): number {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((h) => h.at > since);
    this.hits.set(key, list);
    const near = list.filter((h) => distanceMetres(h, { lat, lng }) < this.radiusMetres);
    const over = near.length >= this.samePlaceLimit ? near : list.length >= this.totalLimit ? list : null;
    return over ? Math.max(1, Math.ceil((over[0].at + this.windowMs - now) / 1000)) : 0;
  }

  record(key: string, lat: number, lng: number, now = Date.now()): void {
    const list = this.hits.get(key) ?? [];
    list.push({ at: now, lat, lng });
    this.hits.set(key, list);
    if (this.hits.size > 50_000) {
      for (const [k, v] of this.hits) if (!v.some((h) => h.at > now - this.windowMs)) this.hits.delete(k);
    }
  }
}

export const ipThrottle = new PlaceThrottle(IP_SAME_PLACE_LIMIT, IP_TOTAL_LIMIT, THROTTLE_WINDOW_MINUTES * 60_000, SAME_PLACE_METRES);

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
