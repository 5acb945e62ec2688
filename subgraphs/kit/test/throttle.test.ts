import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { AppError, configureThrottleStore, createThrottle, throttleStoreKind, type Throttle } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
let seq = 0;
const rule = (points: number, windowSeconds = 60, blockSeconds?: number) => ({
  name: `test.rule-${process.pid}-${Date.now()}-${seq++}`,
  points,
  windowSeconds,
  blockSeconds,
});

async function accepted(t: Throttle, key: string, n: number) {
  const results = await Promise.allSettled(Array.from({ length: n }, () => t.consume(key, { en: 'Slow down', id: 'Pelan-pelan.' })));
  return {
    ok: results.filter((r) => r.status === 'fulfilled').length,
    errors: results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as AppError),
  };
}

/** The same assertions on every store: the count and the decision are one atomic step. */
function suite(kind: 'postgres' | 'redis') {
  it(`${kind}: 50 concurrent hits against limits of 1 and 5 let exactly 1 and 5 through`, async () => {
    expect(throttleStoreKind()).toBe(kind);
    const one = createThrottle(rule(1));
    const five = createThrottle(rule(5));
    const [a, b] = await Promise.all([accepted(one, 'phone:0812', 50), accepted(five, 'phone:0812', 50)]);
    expect(a.ok).toBe(1);
    expect(b.ok).toBe(5);
    expect(b.errors).toHaveLength(45);
    expect(b.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number), retryAfter: expect.any(Number) });
    expect(b.errors[0].extensions.retryAfter).toBeGreaterThan(0);
    expect(b.errors[0].extensions.retryAfter).toBeLessThanOrEqual(60);
    expect(b.errors[0].extensions.messageId).toMatch(/^Pelan-pelan\. Coba lagi dalam \d+ detik\.$/);
    // another key is untouched
    expect((await five.hit('phone:0813')).remaining).toBe(4);
  });

  it(`${kind}: hit reports without throwing; cost, refund, reset and blockSeconds`, async () => {
    const t = createThrottle(rule(3, 60, 600));
    expect(await t.hit('k', 2)).toMatchObject({ allowed: true, remaining: 1 });
    await t.refund('k');
    expect(await t.hit('k', 2)).toMatchObject({ allowed: true, remaining: 0 });
    const over = await t.hit('k');
    expect(over.allowed).toBe(false);
    expect(over.retryAfterSeconds).toBeGreaterThan(60); // blocked for blockSeconds, not just the window
    await t.reset('k');
    expect(await t.hit('k')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it(`${kind}: a window ends`, async () => {
    const t = createThrottle(rule(1, 1));
    expect((await t.hit('w')).allowed).toBe(true);
    expect((await t.hit('w')).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await t.hit('w')).allowed).toBe(true);
  });
}

describe('throttle on PostgreSQL', () => {
  let db: TestDatabase;
  let release: () => Promise<void>;
  afterAll(async () => {
    await release?.();
    await db?.drop();
  });
  it('sets up kit.throttle unlogged (no disk flush per count), switching a logged one an earlier version made', async () => {
    db = await createTestDatabase('throttle');
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const persistence = async () =>
      (await c.query(`select relpersistence from pg_class where oid = 'kit.throttle'::regclass`)).rows[0].relpersistence as string;
    await c.query(`create schema kit; create table kit.throttle (key varchar(255) primary key, points integer not null default 0, expire bigint)`);
    await c.query(`insert into kit.throttle values ('earlier', 1, null)`);
    expect(await persistence()).toBe('p');
    ({ release } = await configureThrottleStore({ databaseUrl: db.url, keySecret: 'test-key-secret' }));
    expect(await persistence()).toBe('u');
    expect((await c.query(`select points from kit.throttle where key = 'earlier'`)).rows).toEqual([{ points: 1 }]);
    await c.end();
  });
  suite('postgres');
  it('stores no key in clear', async () => {
    const t = createThrottle(rule(2));
    await t.hit('ip:36.85.1.2');
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query(`select key from kit.throttle`);
    await c.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.key).join(' ')).not.toMatch(/36\.85|0812|phone/);
  });
});

describe('throttle on Redis', () => {
  let release: () => Promise<void>;
  afterAll(async () => {
    await release?.();
  });
  it('connects', async () => {
    // the PostgreSQL store of the block above was released, so this process now configures Redis
    ({ release } = await configureThrottleStore({ redisUrl: REDIS_URL, keySecret: 'test-key-secret' }));
  });
  suite('redis');
});
