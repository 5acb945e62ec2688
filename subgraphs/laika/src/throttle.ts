/**
 * Counts failures per key (here: unknown verification codes per client IP) in a sliding window and
 * blocks the key, for every lookup, once it has too many. Unlike the kit's RateLimiter it can ask
 * "blocked?" without counting a hit, so a blocked guesser learns nothing, not even from a hit.
 * (Kit candidate: a `peek`/`wait(key)` on RateLimiter would make this unnecessary.)
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

  /** Seconds the key must wait before trying again; 0 when it may try. */
  waitSeconds(key: string, now = Date.now()): number {
    const list = this.recent(key, now);
    if (list.length < this.limit) return 0;
    return Math.max(1, Math.ceil((list[list.length - this.limit] + this.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()): void {
    const list = this.recent(key, now);
    list.push(now);
    this.failures.set(key, list);
    if (this.failures.size > 50_000) for (const k of [...this.failures.keys()]) this.recent(k, now);
  }

  reset(): void {
    this.failures.clear();
  }
}
