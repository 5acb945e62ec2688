import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Loaders, startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { gql } from '@kendari/kit/testing';
import { createTestDatabase, type TestDatabase } from '@kendari/kit/testing';
import { core } from '@kendari/subgraph-core/dist/subgraph';
import { TEST_AUTH_SECRET } from '../src/harness';

/**
 * Issue 12 item 1, the subgraph side: a time budget per operation. Each connection has a PostgreSQL
 * statement_timeout, and no data-loader batch starts after the operation's execution deadline, so one
 * request cannot hold a subgraph (the gateway's cost limit refuses the worst ones before that).
 */
let db: TestDatabase;
let sub: StartedSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('timebudget');
  // deadline 0: every loader batch of an operation comes after it
  sub = await startSubgraph(core, {
    databaseUrl: db.url,
    authSecret: TEST_AUTH_SECRET,
    port: 0,
    logLevel: 'fatal',
    statementTimeoutMs: 1000,
    executionDeadlineMs: 0,
  });
});

afterAll(async () => {
  await sub?.stop();
  await db?.drop();
});

describe('time budget of a subgraph operation', () => {
  it("sets PostgreSQL's statement_timeout on the subgraph's connections and cancels a longer statement", async () => {
    const conn = sub.orm.em.getConnection();
    expect(await conn.execute('show statement_timeout')).toEqual([{ statement_timeout: '1s' }]);
    const started = Date.now();
    await expect(conn.execute('select pg_sleep(3)')).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('starts no loader batch after the deadline: the operation ends with SERVICE_UNAVAILABLE where it stopped', async () => {
    // regions and the catalogue are answered from memory; a citizen reference is read through a loader
    const r = await gql(sub.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { id } } }', {
      r: [{ __typename: 'Citizen', id: '00000000-0000-4000-8000-000000000001' }],
    });
    const codes = (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every(([code, reason]) => code === 'SERVICE_UNAVAILABLE' && reason === 'DEADLINE')).toBe(true);
    expect(r.errors?.[0].path).toEqual(['_entities', 0]);
  });

  it('Loaders: a batch before the deadline runs, one after it is refused without touching the batch function', async () => {
    let calls = 0;
    const batch = async (keys: readonly number[]) => {
      calls++;
      return keys.map((k) => k * 2);
    };
    expect(await new Loaders(Date.now() + 60_000).get('double', batch).load(21)).toBe(42);
    await expect(new Loaders(Date.now() - 1).get('double', batch).load(21)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DEADLINE' },
    });
    expect(calls).toBe(1);
    // no deadline given: as before
    expect(await new Loaders().get('double', batch).load(2)).toBe(4);
  });
});
