import { tooManyRequests } from './errors';

/**
 * Sliding-window counter per key, in this process's memory. Good enough for one replica per
 * subgraph; with several replicas each counts on its own (the limit then applies per replica).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit; returns the seconds to wait when the key is over its limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((list[0] + this.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 50_000) this.sweep(since);
    return 0;
  }

  /** Like hit, but throws TOO_MANY_REQUESTS with a clear message when over the limit. */
  consume(key: string, message: string, messageId: string, now = Date.now()): void {
    const wait = this.hit(key, now);
    if (wait) throw tooManyRequests(wait, `${message} (try again in ${wait} s)`, `${messageId} Coba lagi dalam ${wait} detik.`);
  }

  private sweep(since: number): void {
    for (const [k, v] of this.hits) if (!v.some((t) => t > since)) this.hits.delete(k);
  }
}
