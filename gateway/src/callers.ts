import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { callInternal, ErrorCode, WITA_OFFSET_MS, type Logger } from '@kendari/kit/platform';
import { policyHeader, QuotaStore, rateLimitHeader, type Quota, type QuotaDecision } from './quotas';

/**
 * Who is calling the graph, and within their quota (issue 17). One documented way to send a key: the
 * `x-api-key` header. Then:
 * - API key: checked by its sha256 against core (POST /internal/api-keys/verify, signed; answers kept
 *   `keyCacheMs`, 30 s by default, so a revoked key stops working within that); counted per key against its
 *   quotas per minute and per day; a browser `Origin` the key does not allow is 403. Calls and refusals are
 *   added up here and sent to core (POST /internal/api-keys/usage) every `usageFlushMs` and at shutdown.
 * - a user token (`Authorization: Bearer`, valid): not counted here (the subgraphs' own throttles apply).
 * - anyone else: counted per client address (kit `clientIpOf`, TrustedProxies) against the anonymous quota.
 *   The portal forwards each visitor's address, so its visitors are counted one by one, not as one client.
 * An unknown, malformed or revoked key is 401 UNAUTHENTICATED (never anonymous access), with `reason`.
 */
export type CallerKind = 'token' | 'apiKey' | 'anonymous';
export interface Caller {
  kind: CallerKind;
  /** The API key's id (kind apiKey). */
  keyId?: string;
}

export const API_KEY_HEADER = 'x-api-key';
/** Same format as core's keys (subgraphs/core/src/api-keys.ts): anything else is refused without asking core. */
const API_KEY_PATTERN = /^skd_(live|demo)_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

/** What core says about a key. */
export interface KeyRecord {
  id: string;
  quotaPerMinute: number;
  quotaPerDay: number;
  allowedOrigins: string[];
  revoked: boolean;
}

export class KeyLookupUnavailable extends Error {}

/**
 * Keys checked with core, kept `ttlMs` (found or not). While core cannot be asked, an expired answer is
 * still used for up to `staleMs` (keys keep working through a core outage); concurrent lookups of one key
 * share one call.
 */
export class KeyDirectory {
  private readonly entries = new Map<string, { key: KeyRecord | null; until: number; staleUntil: number }>();
  private readonly inFlight = new Map<string, Promise<KeyRecord | null>>();
  constructor(
    private readonly opts: { coreOrigin: string; authSecret: string; ttlMs: number; staleMs?: number; maxEntries?: number; timeoutMs?: number; log: Logger },
  ) {}

  /** The cached answer while fresh, else undefined. */
  cached(hash: string, now = Date.now()): KeyRecord | null | undefined {
    const e = this.entries.get(hash);
    return e && e.until > now ? e.key : undefined;
  }

  /** The key (null: unknown); `asked` is true for the one request whose lookup went to core. */
  async lookup(hash: string): Promise<{ key: KeyRecord | null; asked: boolean }> {
    const fresh = this.cached(hash);
    if (fresh !== undefined) return { key: fresh, asked: false };
    const joined = this.inFlight.get(hash);
    if (joined) return { key: await joined, asked: false };
    const p = this.ask(hash).finally(() => this.inFlight.delete(hash));
    this.inFlight.set(hash, p);
    return { key: await p, asked: true };
  }

  private async ask(hash: string): Promise<KeyRecord | null> {
    try {
      const r = await callInternal<{ found: boolean; key?: KeyRecord }>(
        this.opts.coreOrigin,
        '/internal/api-keys/verify',
        { hash },
        this.opts.authSecret,
        this.opts.timeoutMs ?? 2000,
      );
      const key = r.found && r.key ? r.key : null;
      const now = Date.now();
      if (this.entries.size >= (this.opts.maxEntries ?? 10_000)) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.delete(hash); // re-inserted last: the oldest entries go first
      this.entries.set(hash, { key, until: now + this.opts.ttlMs, staleUntil: now + (this.opts.staleMs ?? 600_000) });
      return key;
    } catch (err) {
      const stale = this.entries.get(hash);
      this.opts.log.warn({ status: (err as { status?: number }).status, err: (err as Error).name }, 'API key check: core did not answer');
      if (stale && stale.staleUntil > Date.now()) return stale.key;
      throw new KeyLookupUnavailable();
    }
  }
}

/** Calls and refusals per key and WITA day, sent to core in batches; kept (and merged) when core cannot be reached. */
export class UsageLedger {
  private counts = new Map<string, { keyId: string; day: string; calls: number; rejected: number }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  constructor(private readonly opts: { coreOrigin: string; authSecret: string; flushMs: number; log: Logger }) {
    this.timer = setInterval(() => void this.flush(), opts.flushMs);
    this.timer.unref();
  }

  add(keyId: string, outcome: 'call' | 'rejected', now = Date.now()): void {
    const day = new Date(now + WITA_OFFSET_MS).toISOString().slice(0, 10);
    const id = `${keyId}|${day}`;
    let c = this.counts.get(id);
    if (!c) this.counts.set(id, (c = { keyId, day, calls: 0, rejected: 0 }));
    if (outcome === 'call') c.calls++;
    else c.rejected++;
  }

  /** Sends what was counted; on failure it is kept for the next flush (a call that failed after core applied it counts twice: rare, documented). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (!this.counts.size) return Promise.resolve();
    const batch = this.counts;
    this.counts = new Map();
    this.flushing = callInternal(this.opts.coreOrigin, '/internal/api-keys/usage', { rows: [...batch.values()] }, this.opts.authSecret, 5000)
      .then(() => undefined)
      .catch((err) => {
        const status = (err as { status?: number }).status;
        // refused as a whole (e.g. days too old after a long outage): sending it again would be refused again
        if (status === 400) return void this.opts.log.warn({ status, rows: batch.size }, 'API key usage refused by core: dropped');
        this.opts.log.warn({ status, rows: batch.size }, 'API key usage not sent to core: kept for the next flush');
        for (const [id, c] of batch) {
          const now = this.counts.get(id);
          if (now) {
            now.calls += c.calls;
            now.rejected += c.rejected;
          } else this.counts.set(id, c);
        }
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flushing;
    await this.flush();
  }
}

export interface CallersOptions {
  /** Where quotas are counted; null: no quotas (a gateway made in a test without them). */
  quotas: QuotaStore | null;
  anonymousQuota: Quota;
  /** Key checks with core; null: `x-api-key` is refused (401). */
  keys: KeyDirectory | null;
  usage: UsageLedger | null;
  log: Logger;
}

export type Admission =
  { ok: true; caller: Caller; headers: Record<string, string> } | { ok: false; status: number; body: unknown; headers: Record<string, string> };

const refusal = (
  status: number,
  code: string,
  message: string,
  messageId: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Admission => ({
  ok: false,
  status,
  body: { errors: [{ message, extensions: { code, messageId, ...extra } }] },
  headers,
});

const EXPOSED = 'RateLimit, RateLimit-Policy, Retry-After';

export class Callers {
  constructor(private readonly opts: CallersOptions) {}

  /** Answers for a gateway without quotas or keys (tests, library use): tokens and anonymous callers pass. */
  static unlimited(log: Logger): Callers {
    return new Callers({ quotas: null, anonymousQuota: { perMinute: 1, perDay: 1 }, keys: null, usage: null, log });
  }

  /**
   * Decides one GraphQL request: the caller, or the refusal to send (401 bad key, 403 origin, 429 over
   * quota, 503 key check impossible). `tokenIsValid` says whether the Authorization header verifies.
   */
  async admit(req: IncomingMessage, clientIp: string, tokenIsValid: (authorization: string) => boolean): Promise<Admission> {
    const raw = req.headers[API_KEY_HEADER];
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (raw !== undefined) return this.admitKey(Array.isArray(raw) ? raw[0] : raw, clientIp, origin);
    const authorization = req.headers.authorization;
    if (authorization && tokenIsValid(authorization)) return { ok: true, caller: { kind: 'token' }, headers: {} };
    // no token, or a bad one (refused with 401 right after): counted by address
    return this.count({ kind: 'anonymous' }, `ip:${clientIp}`, this.opts.anonymousQuota, origin);
  }

  private async admitKey(presented: string, clientIp: string, origin: string | undefined): Promise<Admission> {
    const { keys } = this.opts;
    const bad = (reason: string, message: string) =>
      refusal(401, ErrorCode.UNAUTHENTICATED, message, 'Kunci API tidak valid', { reason }, { 'www-authenticate': 'ApiKey header="x-api-key"' });
    if (!keys) return bad('API_KEYS_DISABLED', 'This gateway does not accept API keys');
    const value = presented.trim();
    if (!API_KEY_PATTERN.test(value)) return bad('API_KEY_MALFORMED', 'x-api-key is not a Satu Kendari API key');
    const hash = createHash('sha256').update(value).digest('hex');
    const ip = `ip:${clientIp}`;
    // guessing keys is throttled like anonymous use: an address past its anonymous quota may not have core
    // asked about new keys, and each unknown key it sends costs it one anonymous request
    if (keys.cached(hash) === undefined && this.opts.quotas) {
      const over = await this.opts.quotas.exhausted(ip, this.opts.anonymousQuota);
      if (over) return this.overQuota('anonymous', over, this.opts.anonymousQuota, origin);
    }
    let key: KeyRecord | null;
    try {
      const found = await keys.lookup(hash);
      key = found.key;
      if (!key && found.asked) await this.opts.quotas?.consume(ip, this.opts.anonymousQuota);
    } catch (err) {
      if (!(err instanceof KeyLookupUnavailable)) throw err;
      return refusal(
        503,
        ErrorCode.SERVICE_UNAVAILABLE,
        'API keys cannot be checked right now; try again in a moment',
        'Kunci API belum dapat diperiksa. Silakan coba lagi sebentar lagi.',
        { retryable: true },
        { 'retry-after': '5' },
      );
    }
    if (!key) return bad('API_KEY_UNKNOWN', 'Unknown API key');
    if (key.revoked) return bad('API_KEY_REVOKED', 'This API key has been revoked');
    if (origin && key.allowedOrigins.length && !key.allowedOrigins.includes(origin.toLowerCase())) {
      this.opts.usage?.add(key.id, 'rejected');
      return refusal(403, ErrorCode.FORBIDDEN, 'This API key may not be used from this origin', 'Kunci API ini tidak boleh dipakai dari situs ini', {
        reason: 'ORIGIN_NOT_ALLOWED',
      });
    }
    return this.count({ kind: 'apiKey', keyId: key.id }, `key:${key.id}`, { perMinute: key.quotaPerMinute, perDay: key.quotaPerDay }, origin);
  }

  private async count(caller: Caller, subject: string, quota: Quota, origin: string | undefined): Promise<Admission> {
    if (!this.opts.quotas) return { ok: true, caller, headers: {} };
    const d = await this.opts.quotas.consume(subject, quota);
    if (caller.keyId) this.opts.usage?.add(caller.keyId, d.allowed ? 'call' : 'rejected');
    if (!d.allowed) return this.overQuota(caller.kind, d, quota, origin);
    const headers: Record<string, string> = { 'ratelimit-policy': policyHeader(quota), ratelimit: rateLimitHeader(d) };
    if (origin) headers['access-control-expose-headers'] = EXPOSED;
    return { ok: true, caller, headers };
  }

  private overQuota(scope: CallerKind, d: QuotaDecision, quota: Quota, origin: string | undefined): Admission {
    const wait = d.resetSeconds;
    const per = d.window === 'minute' ? 'minute' : 'day';
    const perId = d.window === 'minute' ? 'menit' : 'hari';
    const headers: Record<string, string> = { 'retry-after': String(wait), 'ratelimit-policy': policyHeader(quota), ratelimit: rateLimitHeader(d) };
    if (origin) headers['access-control-expose-headers'] = EXPOSED;
    return refusal(
      429,
      ErrorCode.TOO_MANY_REQUESTS,
      `Quota of ${d.limit} requests per ${per} used up${scope === 'anonymous' ? ' for this address (an API key gives more)' : ''}; try again in ${wait} s`,
      `Batas ${d.limit} permintaan per ${perId} sudah tercapai. Coba lagi dalam ${wait} detik.`,
      { retryAfter: wait, retryAfterSeconds: wait, scope, window: d.window, limit: d.limit },
      headers,
    );
  }

  /** Sends the usage still counted and closes the quota store (at shutdown). */
  async close(): Promise<void> {
    await this.opts.usage?.close();
    await this.opts.quotas?.close();
  }
}

export interface CallersConfig {
  authSecret: string;
  /** Core's routing URL (only its origin is used): where keys are checked and usage is sent. */
  coreUrl: string | undefined;
  redisUrl?: string;
  quotaKeyPrefix?: string;
  anonymousQuota: Quota;
  keyCacheSeconds: number;
  usageFlushSeconds: number;
  log: Logger;
}

/** The gateway's callers as `npm start` and deployments run them (index.ts). */
export async function createCallers(c: CallersConfig): Promise<Callers> {
  if (!c.coreUrl) throw new Error('the supergraph has no core subgraph (or SUBGRAPH_CORE_URL): API keys are checked there');
  const coreOrigin = new URL(c.coreUrl).origin;
  const quotas = await QuotaStore.open({ redisUrl: c.redisUrl, keyPrefix: c.quotaKeyPrefix, keySecret: c.authSecret, log: c.log });
  c.log.info({ store: quotas.kind, anonymousQuota: c.anonymousQuota, keyCacheSeconds: c.keyCacheSeconds }, 'quotas counted');
  return new Callers({
    quotas,
    anonymousQuota: c.anonymousQuota,
    keys: new KeyDirectory({ coreOrigin, authSecret: c.authSecret, ttlMs: c.keyCacheSeconds * 1000, log: c.log }),
    usage: new UsageLedger({ coreOrigin, authSecret: c.authSecret, flushMs: c.usageFlushSeconds * 1000, log: c.log }),
    log: c.log,
  });
}
