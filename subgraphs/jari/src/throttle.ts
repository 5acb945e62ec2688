import { RateLimiter, sha256, tooManyRequests } from '@kendari/kit';

/**
 * Counts failures only and blocks every further attempt once over the limit (kit candidate: the
 * kit's RateLimiter counts every hit and cannot be asked "blocked?" without recording one).
 * In memory; keys are hashed so the process never holds a list of addresses.
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  assertAllowed(key: string, now = Date.now()): void {
    const list = this.recent(key, now);
    if (list.length >= this.limit) {
      const wait = Math.max(1, Math.ceil((list[0] + this.windowMs - now) / 1000));
      throw tooManyRequests(wait, `Too many wrong tracking codes or secrets: try again in ${wait} s`, `Terlalu banyak kode pelacakan atau kode rahasia yang salah. Coba lagi dalam ${wait} detik.`);
    }
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) for (const k of [...this.failures.keys()]) this.recent(k, now);
  }

  reset(): void {
    this.failures.clear();
  }
}

/** The caller's address, hashed: used as a throttle key only, never stored or logged. */
export const addressKey = (ip: string) => sha256(`jari-throttle:${ip}`);

// Behind the gateway every request arrives from the gateway's address (the kit takes the socket
// address), so the per-address limits are generous: they must not let one guesser lock the whole
// city out of following or reporting. The per-code limit protects one known code's secret.
export const limits = {
  /** Wrong code/secret guesses per address: 20 per 15 minutes, then every follow attempt from it waits. */
  followByAddress: new FailureThrottle(20, 15 * 60_000),
  /** Wrong secrets for one tracking code: 10 per 15 minutes, then that code waits (from any address). */
  followByCode: new FailureThrottle(10, 15 * 60_000),
  /** Report submissions per address (spam): 60 per 10 minutes; many phones share one carrier address. */
  submit: new RateLimiter(60, 10 * 60_000),
  /** Tests start each case from a clean slate. */
  reset() {
    limits.followByAddress.reset();
    limits.followByCode.reset();
    limits.submit = new RateLimiter(60, 10 * 60_000);
  },
};
