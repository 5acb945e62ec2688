import { createHmac, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError, ErrorCode, tooManyRequests } from './errors';

/**
 * The one throttle of the platform. Every limit (logins, code guessing, report spam, emergency
 * reports per phone and place) is a rule here; the counting happens in one atomic store operation
 * (PostgreSQL `insert ... on conflict do update ... returning`, or a Redis Lua INCR+PEXPIRE), so 50
 * simultaneous requests against a limit of 5 get exactly 5 through. Never read, then write. Counts that
 * decide one request together (an emergency report's place cells and totals) go as one store operation,
 * `hitAll`: all or none, one round trip.
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

/** One count of `hitAll` as the store sees it: its key in the store (the library's format, so `hit`,
 *  `refund` and `reset` act on the same counter), the cost, the rule's limit and window. */
interface StoreHit {
  storeKey: string;
  cost: number;
  points: number;
  windowSeconds: number;
}

interface Store {
  kind: ThrottleStoreKind;
  keySecret: string;
  limiters: Map<string, RateLimiterAbstract>;
  make(rule: ThrottleRule): RateLimiterAbstract;
  /** All hits in one atomic store operation, in order, all or none: the 0-based index of the first that
   *  went over its limit (then nothing of this call is counted) and its wait, or refused -1. Absent: the
   *  hits are counted one by one. */
  hitAll?(hits: StoreHit[]): Promise<{ refused: number; msBeforeNext: number }>;
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
      hitAll: async (hits) => {
        const args = hits.flatMap((h) => [h.cost, h.windowSeconds, h.points]);
        const [refused, ttl] = (await client.eval(HIT_ALL_LUA, hits.length, ...hits.map((h) => h.storeKey), ...args)) as [number, number];
        return { refused: refused - 1, msBeforeNext: Math.max(0, ttl) };
      },
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
      hitAll: async (hits) => {
        const { rows } = await pool.query({
          name: 'kendari-throttle-hit-all',
          text: `select refused, ms_before_next from "${TABLE_SCHEMA}".throttle_hit_all($1, $2, $3, $4, $5)`,
          values: [hits.map((h) => h.storeKey), hits.map((h) => h.cost), hits.map((h) => h.points), hits.map((h) => h.windowSeconds * 1000), Date.now()],
        });
        return { refused: rows[0].refused - 1, msBeforeNext: Math.max(0, Number(rows[0].ms_before_next)) };
      },
      close: async () => {
        clearInterval(sweep);
        await pool.end();
      },
    };
  }
  return memoryStore(keySecret);
}

/**
 * The Redis side of `hitAll`: rate-limiter-flexible's own count (set NX with the window, incrby, pttl) for each
 * key in order; at the first over its limit, every count of this call is taken back and {index, wait} returned
 * (1-based; 0 = all counted). Atomic: Redis runs a script alone.
 */
const HIT_ALL_LUA = `
for i = 1, #KEYS do
  local cost, window, limit = tonumber(ARGV[3 * i - 2]), tonumber(ARGV[3 * i - 1]), tonumber(ARGV[3 * i])
  redis.call('set', KEYS[i], 0, 'EX', window, 'NX')
  local consumed = redis.call('incrby', KEYS[i], cost)
  local ttl = redis.call('pttl', KEYS[i])
  if ttl == -1 then
    redis.call('expire', KEYS[i], window)
    ttl = 1000 * window
  end
  if consumed > limit then
    for j = 1, i do redis.call('decrby', KEYS[j], tonumber(ARGV[3 * j - 2])) end
    return {i, ttl}
  end
end
return {0, 0}`;

/**
 * The PostgreSQL side of `hitAll`: the library's upsert (same table, same rule for an ended window) for each
 * key in order, taking each row's lock in that order; at the first over its limit the inner block is rolled
 * back, so nothing of this call stays counted, and {index, wait} returned (1-based; 0 = all counted).
 */
const HIT_ALL_FUNCTION = `
create or replace function "${TABLE_SCHEMA}".throttle_hit_all(keys varchar[], costs int[], limits int[], windows_ms bigint[], now_ms bigint,
  out refused int, out ms_before_next bigint) language plpgsql as $fn$
declare
  p int;
  e bigint;
begin
  refused := 0;
  ms_before_next := 0;
  begin
    for i in 1 .. coalesce(array_length(keys, 1), 0) loop
      insert into "${TABLE_SCHEMA}"."${TABLE}" as t (key, points, expire) values (keys[i], costs[i], now_ms + windows_ms[i])
        on conflict (key) do update set
          points = case when t.expire <= now_ms then excluded.points else t.points + excluded.points end,
          expire = case when t.expire <= now_ms then excluded.expire else t.expire end
        returning t.points, t.expire into p, e;
      if p > limits[i] then
        refused := i;
        ms_before_next := greatest(coalesce(e, now_ms) - now_ms, 0);
        raise exception using errcode = 'KT001';
      end if;
    end loop;
  exception when sqlstate 'KT001' then
    null; -- the counts of this call are rolled back with the block; refused and ms_before_next stay
  end;
end $fn$`;

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
      await pool.query(HIT_ALL_FUNCTION);
      return;
    } catch (err) {
      // two processes creating the schema or the function at once: one gets a unique violation on the catalogue
      // or "tuple concurrently updated"; retry
      const code = (err as { code?: string }).code;
      if (attempt < 3 && (code === '23505' || code === 'XX000')) continue;
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

/**
 * Whether an error of the store means it is unreachable or busy (a connection refused or lost, PostgreSQL
 * shutting down, restarting or out of connections, a deadlock, Redis loading or down), not a mistake of ours.
 */
function isStoreOutage(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return /^(08|40|53|57)/.test(e.code); // a PostgreSQL SQLSTATE
  if (e.name === 'ReplyError') return /^(LOADING|BUSY|TRYAGAIN|CLUSTERDOWN|MASTERDOWN)/.test(String(e.message));
  return true; // no answer at all: refused, reset, timed out, closed
}

/** The key a throttle's counter has in the store, for `hitAll` (the store's format is the library's). */
const storeKeyOf = new WeakMap<Throttle, (key: string) => string>();

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

  const throttle: Throttle = {
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
  storeKeyOf.set(throttle, (key) => {
    const { l, k } = limiter();
    return l.getKey(k(key));
  });
  return throttle;
}

export interface ThrottleHit {
  throttle: Throttle;
  key: string;
  cost?: number;
}

export type HitAllResult = { allowed: true } | { allowed: false; refusedIndex: number; retryAfterSeconds: number };

/**
 * Counts several hits as ONE atomic step, in the order given: all of them, or, when one would go over its
 * limit, none, naming the first that would (its index in `hits`) and its wait. One store round trip instead of
 * one per hit (an emergency report counts in up to ten). Each row or key is taken in the order given, so
 * callers that may race list shared keys in one global order: of simultaneous calls over the same keys at
 * least one then always passes, and none deadlocks. For rules without blockSeconds (a block is set by `hit`).
 * Store unreachable: counted one by one through `hit` (its in-memory insurance), given back if one is over.
 */
export async function hitAll(hits: ThrottleHit[]): Promise<HitAllResult> {
  const blocking = hits.find((h) => h.throttle.rule.blockSeconds);
  if (blocking) throw new Error(`hitAll: throttle ${blocking.throttle.rule.name} has blockSeconds; count it with hit()`);
  const s = store();
  if (s.hitAll && hits.length > 0) {
    const storeHits = hits.map((h) => {
      const storeKey = storeKeyOf.get(h.throttle);
      if (!storeKey) throw new Error('hitAll: not a throttle of createThrottle()');
      return { storeKey: storeKey(h.key), cost: h.cost ?? 1, points: h.throttle.rule.points, windowSeconds: h.throttle.rule.windowSeconds };
    });
    try {
      const r = await s.hitAll(storeHits);
      return r.refused < 0 ? { allowed: true } : { allowed: false, refusedIndex: r.refused, retryAfterSeconds: Math.max(1, Math.ceil(r.msBeforeNext / 1000)) };
    } catch (err) {
      // the store did not answer: the one-by-one path below falls back to each limiter's in-memory insurance;
      // any other error (a broken statement or script) is a bug and says so
      if (!isStoreOutage(err)) throw err;
    }
  }
  for (let i = 0; i < hits.length; i++) {
    const r = await hits[i].throttle.hit(hits[i].key, hits[i].cost);
    if (!r.allowed) {
      await Promise.all(hits.slice(0, i).map((h) => h.throttle.refund(h.key, h.cost)));
      return { allowed: false, refusedIndex: i, retryAfterSeconds: r.retryAfterSeconds };
    }
  }
  return { allowed: true };
}
