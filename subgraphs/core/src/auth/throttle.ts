import type { EntityManager } from '@mikro-orm/postgresql';
import { tooManyRequests } from '@kendari/kit';
import { LoginThrottle } from '../entities/account.entity';

// an account gets 5 free failures; a client address 30, since many phones share one address behind mobile carrier NAT
const freeFailures = (key: string) => (key.startsWith('ip:') ? 30 : 5);
const WINDOW_MS = 15 * 60_000;
const MAX_BLOCK_S = 15 * 60;

/**
 * Repeated failed logins are slowed down: after the free failures within 15 minutes each further
 * failure blocks the key for twice as long as the last (1 s, 2 s, 4 s ... up to 15 minutes).
 * Kept in PostgreSQL so that it holds across subgraph replicas.
 */
export async function assertNotThrottled(em: EntityManager, keys: string[], now = new Date()): Promise<void> {
  const rows = await em.find(LoginThrottle, { key: { $in: keys } });
  const blocked = rows.filter((r) => r.blockedUntil && r.blockedUntil > now);
  if (blocked.length) {
    const wait = Math.max(...blocked.map((r) => Math.ceil((r.blockedUntil!.getTime() - now.getTime()) / 1000)));
    throw tooManyRequests(wait, `Too many failed logins: try again in ${wait} seconds`, `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait} detik.`);
  }
}

export async function recordFailure(em: EntityManager, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const free = freeFailures(key);
    // one upsert per key; the count restarts when the last failure is older than the window
    await em.getConnection().execute(
      `insert into core.login_throttle (key, failures, blocked_until, last_failure_at) values (?, 1, null, ?)
       on conflict (key) do update set
         failures = case when login_throttle.last_failure_at < ? then 1 else login_throttle.failures + 1 end,
         last_failure_at = excluded.last_failure_at,
         blocked_until = case
           when login_throttle.last_failure_at < ? or login_throttle.failures + 1 <= ${free} then null
           else ?::timestamptz + make_interval(secs => least(${MAX_BLOCK_S}, power(2, login_throttle.failures - ${free})))
         end`,
      [key, now, new Date(now.getTime() - WINDOW_MS), new Date(now.getTime() - WINDOW_MS), now],
    );
  }
}

export async function clearFailures(em: EntityManager, key: string): Promise<void> {
  await em.nativeDelete(LoginThrottle, { key });
}
