import { createHmac } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '@kendari/kit/platform';

/**
 * Quotas per caller (issue 17), counted with rate-limiter-flexible: in Redis when REDIS_URL is set, so every
 * gateway process shares one count (one atomic INCR+EXPIRE script per window: 50 simultaneous requests
 * against a quota of 10 let exactly 10 through, whichever process they reach); else in this process.
 *
 * Two fixed windows per caller: a minute and a day (each starts with the caller's first request in it).
 * The minute is counted first; a request refused by it does not spend the day.
 *
 * Redis down (connection lost, or no answer within 1 s): the graph keeps serving and the quotas still hold, per
 * process: each Redis limiter has an in-memory `insuranceLimiter` with the same quota, used as soon as the
 * connection is not ready. With G gateway processes a caller can then get up to G × quota. Logged once
 * when Redis goes away and once when it is back; ioredis reconnects by itself.
 */
export interface Quota {
  perMinute: number;
  perDay: number;
}

export interface QuotaDecision {
  allowed: boolean;
  /** The window that decided: the refusing one, or the one with the fewest requests left. */
  window: 'minute' | 'day';
  limit: number;
  remaining: number;
  /** Seconds until that window starts again. */
  resetSeconds: number;
}

const WINDOWS = { minute: 60, day: 86_400 } as const;
const MAX_REMEMBERED_SUBJECTS = 10_000;
type Window = keyof typeof WINDOWS;

export type QuotaStoreKind = 'redis' | 'memory';

export interface QuotaStoreOptions {
  /** redis:// URL: counts shared by every gateway process; without it, counts per process. */
  redisUrl?: string;
  /** Prefix of the Redis keys (tests give each run its own). */
  keyPrefix?: string;
  /** Subjects (an address, a key id) are HMAC'd with it before they reach the store: no address in Redis. */
  keySecret: string;
  log: Logger;
}

export class QuotaStore {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private constructor(
    readonly kind: QuotaStoreKind,
    private readonly opts: QuotaStoreOptions,
    private readonly client: Redis | null,
  ) {}

  static async open(opts: QuotaStoreOptions): Promise<QuotaStore> {
    if (!opts.redisUrl) return new QuotaStore('memory', opts, null);
    const client = new Redis(opts.redisUrl, {
      lazyConnect: true,
      // never queue or retry a count: with Redis gone (connection closed) the insurance decides at once; a Redis
      // that hangs is waited for at most commandTimeout (not shorter: on a busy machine a slow answer is not a dead
      // store, and a count that timed out but happened in Redis would then be counted twice)
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1000,
      connectTimeout: 2000,
    });
    let down = false;
    const wentDown = (reason: string) => {
      if (down) return;
      down = true;
      opts.log.warn({ reason }, 'quota store (Redis) unreachable: quotas are counted per gateway process until it is back');
    };
    client.on('error', (err: NodeJS.ErrnoException) => wentDown(err.code ?? 'error'));
    client.on('end', () => wentDown('closed'));
    client.on('ready', () => {
      if (!down) return;
      down = false;
      opts.log.info('quota store (Redis) is back: quotas are shared by every gateway process again');
    });
    // a gateway starts without Redis too (the insurance counts meanwhile); ioredis keeps reconnecting
    await client.connect().catch(() => wentDown('unreachable at start'));
    return new QuotaStore('redis', opts, client);
  }

  /** HMACs already computed (an HMAC per request was 2 % of the gateway's CPU); emptied when full. */
  private readonly subjects = new Map<string, string>();

  private subject(subject: string): string {
    let hashed = this.subjects.get(subject);
    if (hashed === undefined) {
      hashed = createHmac('sha256', this.opts.keySecret).update(subject).digest('base64url').slice(0, 27);
      // bounded: a flood of new addresses costs the HMAC again, never memory
      if (this.subjects.size >= MAX_REMEMBERED_SUBJECTS) this.subjects.clear();
      this.subjects.set(subject, hashed);
    }
    return hashed;
  }

  private limiter(window: Window, points: number): RateLimiterAbstract {
    const id = `${window}:${points}`;
    let l = this.limiters.get(id);
    if (!l) {
      // one counter per (window, subject) whatever the quota: a changed quota keeps what was counted
      const keyPrefix = `${this.opts.keyPrefix ?? 'quota'}:${window}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: WINDOWS[window] });
      l = this.client
        ? new RateLimiterRedis({
            storeClient: this.client,
            keyPrefix,
            points,
            duration: WINDOWS[window],
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
      this.limiters.set(id, l);
    }
    return l;
  }

  private async count(window: Window, points: number, key: string): Promise<QuotaDecision> {
    try {
      const r = await this.limiter(window, points).consume(key, 1);
      return { allowed: true, window, limit: points, remaining: r.remainingPoints, resetSeconds: Math.max(1, Math.ceil(r.msBeforeNext / 1000)) };
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err; // the store and its insurance both failed
      return { allowed: false, window, limit: points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
    }
  }

  /** Counts one request of `subject` against `quota`. */
  async consume(subject: string, quota: Quota): Promise<QuotaDecision> {
    const key = this.subject(subject);
    const minute = await this.count('minute', quota.perMinute, key);
    if (!minute.allowed) return minute;
    const day = await this.count('day', quota.perDay, key);
    if (!day.allowed) return day;
    return day.remaining < minute.remaining ? day : minute;
  }

  /** Whether `subject` has used up `quota` in either window, without counting anything. */
  async exhausted(subject: string, quota: Quota): Promise<QuotaDecision | null> {
    const key = this.subject(subject);
    for (const window of ['minute', 'day'] as const) {
      const points = window === 'minute' ? quota.perMinute : quota.perDay;
      const r = await this.limiter(window, points).get(key);
      if (r && r.consumedPoints >= points)
        return { allowed: false, window, limit: points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(r.msBeforeNext / 1000)) };
    }
    return null;
  }

  async close(): Promise<void> {
    if (this.client) await this.client.quit().catch(() => this.client!.disconnect());
  }
}

/** `RateLimit-Policy` (IETF draft-ietf-httpapi-ratelimit-headers, as in its -06 form): both windows of a quota. */
export const policyHeader = (quota: Quota) => `${quota.perMinute};w=${WINDOWS.minute}, ${quota.perDay};w=${WINDOWS.day}`;

/** `RateLimit` (same draft): the deciding window's limit, what is left and seconds until it resets. */
export const rateLimitHeader = (d: QuotaDecision) => `limit=${d.limit}, remaining=${d.remaining}, reset=${d.resetSeconds}`;
