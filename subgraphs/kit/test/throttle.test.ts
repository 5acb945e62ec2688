import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { AppError, configureThrottleStore, createThrottle, hitAll, throttleStoreKind, type Throttle } from '../src';
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

  it(`${kind}: hitAll counts all or nothing, names the first over its limit, on the same counters as hit`, async () => {
    const place = createThrottle(rule(1));
    const total = createThrottle(rule(2));
    expect(
      await hitAll([
        { throttle: place, key: 'a' },
        { throttle: total, key: 'me' },
      ]),
    ).toEqual({ allowed: true });
    // 'b' is free but 'a' is taken: nothing of this call counts, not even 'b' or the total
    const refused = await hitAll([
      { throttle: place, key: 'b' },
      { throttle: place, key: 'a' },
      { throttle: total, key: 'me' },
    ]);
    expect(refused).toMatchObject({ allowed: false, refusedIndex: 1 });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(await place.hit('b')).toMatchObject({ allowed: true, remaining: 0 });
    expect(await total.hit('me')).toMatchObject({ allowed: true, remaining: 0 });
    // the total is now full: refused at index 1, and the place 'c' counted by it is taken back
    expect(
      await hitAll([
        { throttle: place, key: 'c' },
        { throttle: total, key: 'me' },
      ]),
    ).toMatchObject({ allowed: false, refusedIndex: 1 });
    await total.refund('me');
    expect(
      await hitAll([
        { throttle: place, key: 'c' },
        { throttle: total, key: 'me', cost: 1 },
      ]),
    ).toEqual({ allowed: true });
    await expect(hitAll([{ throttle: createThrottle(rule(1, 60, 600)), key: 'x' }])).rejects.toThrow(/blockSeconds/);
  });

  it(`${kind}: hitAll, 50 at once over shared keys (a limit of 1 in two cells, a total of 5): exactly 1 and 5 through`, async () => {
    const cell = createThrottle(rule(1));
    const total = createThrottle(rule(5));
    // 50 reports at one place (both cells shared): one passes, the 49 others count nowhere
    const samePlace = await Promise.all(
      Array.from({ length: 50 }, () =>
        hitAll([
          { throttle: cell, key: 'p|1:1' },
          { throttle: cell, key: 'p|1:2' },
        ]),
      ),
    );
    expect(samePlace.filter((r) => r.allowed)).toHaveLength(1);
    // 50 reports of one caller at 50 places, the total shared: exactly 5 pass
    const places = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        hitAll([
          { throttle: cell, key: `q|${i}:0` },
          { throttle: total, key: 'q' },
        ]),
      ),
    );
    expect(places.filter((r) => r.allowed)).toHaveLength(5);
    // the 45 refused gave back their cells in the same step: each of those places is free
    const free = places.map((r, i) => (r.allowed ? null : i)).filter((i): i is number => i !== null);
    expect((await Promise.all(free.map((i) => cell.hit(`q|${i}:0`)))).every((r) => r.allowed)).toBe(true);
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
    // hitAll's one round trip: a function beside the table (a broken one fails loudly, see hitAll)
    expect((await c.query(`select count(*)::int as n from pg_proc where proname = 'throttle_hit_all'`)).rows).toEqual([{ n: 1 }]);
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
