import { createHmac, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError, ErrorCode, tooManyRequests } from './errors';

/**
 * The one throttle of the platform. Every limit (logins, code guessing, report spam, emergency
 * reports per phone and place) is a rule here; the counting happens in one atomic store operation
 * (PostgreSQL `insert ... on conflict do update ... returning`, or a Redis Lua INCR+PEXPIRE), so 50
 * simultaneous requests against a limit of 5 get exactly 5 through. Never read, then write.
 *
 * Store: Redis when REDIS_URL is set, else the subgraph's PostgreSQL (unlogged table `kit.throttle`), configured
 * once per process by `startSubgraph`. Unconfigured (unit tests, scripts) it counts in this process's
 * memory, which is atomic too but per replica.
 *
 * Keys are HMAC'd before they reach the store, so the store never holds an address, a phone number or
 * an account identifier in clear.
 */
export interface ThrottleRule {
  /** Unique in the whole platform: `<subgraph>.<what>`, e.g. `core.login-account`. */
  name: string;
  points: number;
  windowSeconds: number;
  /** Once over the limit, the key waits this long (default: until its window ends). */
  blockSeconds?: number;
}

export interface Throttle {
  /** Counts one hit (or `cost`) for `key`; throws TOO_MANY_REQUESTS (extensions.retryAfter seconds) with the
   *  given English/Indonesian messages when over the limit. */
  consume(key: string, messages?: { en: string; id: string }, cost?: number): Promise<void>;
  /** Counts without throwing: { allowed, retryAfterSeconds, remaining }. */
  hit(key: string, cost?: number): Promise<{ allowed: boolean; retryAfterSeconds: number; remaining: number }>;
  reset(key: string): Promise<void>;
  /** Gives back `cost` counted earlier (e.g. a lookup that turned out valid counts only failures). */
  refund(key: string, cost?: number): Promise<void>;
  readonly rule: ThrottleRule;
}

export type ThrottleStoreKind = 'redis' | 'postgres' | 'memory';

interface Store {
  kind: ThrottleStoreKind;
  keySecret: string;
  limiters: Map<string, RateLimiterAbstract>;
  make(rule: ThrottleRule): RateLimiterAbstract;
  close(): Promise<void>;
}

export interface ThrottleStoreOptions {
  /** redis:// URL: counts in Redis (shared by every replica). */
  redisUrl?: string;
  /** postgres:// URL: counts in `kit.throttle` of that database (used when no redisUrl). */
  databaseUrl?: string;
  /** Keys are HMAC'd with it; replicas must share it (the kit passes AUTH_SECRET). */
  keySecret?: string;
}

const TABLE_SCHEMA = 'kit';
const TABLE = 'throttle';

const memoryOptions = (rule: ThrottleRule) => ({
  keyPrefix: rule.name,
  points: rule.points,
  duration: rule.windowSeconds,
  blockDuration: rule.blockSeconds ?? 0,
});

function memoryStore(keySecret = randomBytes(32).toString('hex')): Store {
  return { kind: 'memory', keySecret, limiters: new Map(), make: (rule) => new RateLimiterMemory(memoryOptions(rule)), close: async () => {} };
}

let current: Store | null = null;
let users = 0;

/**
 * Sets up the process's store (idempotent: later calls share the first store). Resolves when the
 * store answers; `release()` when the caller stops (the last one closes the connections).
 */
export async function configureThrottleStore(opts: ThrottleStoreOptions): Promise<{ kind: ThrottleStoreKind; release(): Promise<void> }> {
  if (!current || current.kind === 'memory') current = await openStore(opts);
  users++;
  let released = false;
  return {
    kind: current.kind,
    release: async () => {
      if (released) return;
      released = true;
      if (--users > 0 || !current) return;
      const s = current;
      current = null;
      await s.close();
    },
  };
}

async function openStore(opts: ThrottleStoreOptions): Promise<Store> {
  const keySecret = opts.keySecret ?? randomBytes(32).toString('hex');
  if (opts.redisUrl) {
    // commands wait for the connection instead of failing at once; a dead Redis fails after the retries
    const client = new Redis(opts.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: true });
    client.on('error', () => {}); // reported through the failed command; ioredis reconnects by itself
    await client.connect();
    await client.ping();
    return {
      kind: 'redis',
      keySecret,
      limiters: new Map(),
      make: (rule) =>
        new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `throttle:${rule.name}`,
          points: rule.points,
          duration: rule.windowSeconds,
          blockDuration: rule.blockSeconds ?? 0,
          // store down: count in this process instead of refusing everyone (or letting everyone through)
          insuranceLimiter: new RateLimiterMemory(memoryOptions(rule)),
        }),
      close: async () => {
        await client.quit().catch(() => client.disconnect());
      },
    };
  }
  if (opts.databaseUrl) {
    const pool = new Pool({
      connectionString: opts.databaseUrl,
      max: 4,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      application_name: 'kendari-throttle',
    });
    pool.on('error', () => {}); // an idle client lost (database restart): the pool replaces it
    await ensureTable(pool);
    // one sweep per process for every rule (the library would start a timer per rule)
    const sweep = setInterval(() => {
      pool.query(`delete from "${TABLE_SCHEMA}"."${TABLE}" where expire < $1`, [Date.now() - 3600_000]).catch(() => {});
    }, 5 * 60_000);
    sweep.unref();
    return {
      kind: 'postgres',
      keySecret,
      limiters: new Map(),
      make: (rule) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          schemaName: TABLE_SCHEMA,
          tableName: TABLE,
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: rule.name,
          points: rule.points,
          duration: rule.windowSeconds,
          blockDuration: rule.blockSeconds ?? 0,
          insuranceLimiter: new RateLimiterMemory(memoryOptions(rule)),
        }),
      close: async () => {
        clearInterval(sweep);
        await pool.end();
      },
    };
  }
  return memoryStore(keySecret);
}

// Unlogged: a count is written without waiting for the disk (each hit was one WAL flush, ~1-2 ms here, and an
// emergency report makes up to six), and a crash of PostgreSQL empties the table, which only resets limits.
// A table an earlier version created logged is switched once.
async function ensureTable(pool: Pool): Promise<void> {
  const ddl = `create schema if not exists "${TABLE_SCHEMA}";
    create unlogged table if not exists "${TABLE_SCHEMA}"."${TABLE}" (key varchar(255) primary key, points integer not null default 0, expire bigint);
    do $$ begin
      if exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = '${TABLE_SCHEMA}' and c.relname = '${TABLE}' and c.relpersistence = 'p')
      then alter table "${TABLE_SCHEMA}"."${TABLE}" set unlogged; end if;
    end $$`;
  for (let attempt = 0; ; attempt++) {
    try {
      await pool.query(ddl);
      return;
    } catch (err) {
      // two processes creating the schema at once: one gets a unique violation on the catalogue; retry
      if (attempt < 3 && (err as { code?: string }).code === '23505') continue;
      throw err;
    }
  }
}

function store(): Store {
  if (!current) current = memoryStore();
  return current;
}

/** Which store counts in this process (for /ready and tests). */
export const throttleStoreKind = (): ThrottleStoreKind => store().kind;

const waitOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

const DEFAULT_MESSAGES = { en: 'Too many requests', id: 'Terlalu banyak permintaan.' };

export function createThrottle(rule: ThrottleRule): Throttle {
  if (!/^[a-z0-9][\w.-]*$/i.test(rule.name)) throw new Error(`throttle name must be a simple identifier: ${rule.name}`);
  if (!(rule.points > 0) || !(rule.windowSeconds > 0)) throw new Error(`throttle ${rule.name}: points and windowSeconds must be positive`);
  // bound to the store at call time: the store is configured after module-level createThrottle calls
  const limiter = () => {
    const s = store();
    let l = s.limiters.get(rule.name);
    if (!l) {
      l = s.make(rule);
      s.limiters.set(rule.name, l);
    }
    return { l, k: (key: string) => createHmac('sha256', s.keySecret).update(`${rule.name}\0${key}`).digest('base64url').slice(0, 32) };
  };

  const hit: Throttle['hit'] = async (key, cost = 1) => {
    const { l, k } = limiter();
    try {
      const res = await l.consume(k(key), cost);
      return { allowed: true, retryAfterSeconds: 0, remaining: res.remainingPoints };
    } catch (err) {
      if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: waitOf(err), remaining: 0 };
      // the store and its in-memory insurance both failed: refuse, retryably
      throw new AppError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'The service is busy; try again in a moment',
        'Layanan sedang sibuk. Silakan coba lagi sebentar lagi.',
        { retryable: true },
      );
    }
  };

  return {
    rule,
    hit,
    async consume(key, messages = DEFAULT_MESSAGES, cost = 1) {
      const r = await hit(key, cost);
      if (!r.allowed) {
        const wait = r.retryAfterSeconds;
        throw tooManyRequests(wait, `${messages.en} (try again in ${wait} s)`, `${messages.id} Coba lagi dalam ${wait} detik.`);
      }
    },
    async reset(key) {
      const { l, k } = limiter();
      await l.delete(k(key));
    },
    async refund(key, cost = 1) {
      const { l, k } = limiter();
      await l.reward(k(key), cost);
    },
  };
}
