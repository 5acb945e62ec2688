/**
 * Two replicas of a subgraph starting at the same moment on an empty database (pods of one Deployment, the
 * cluster): the kit's start-up lock makes them migrate and seed one after another, so both come up and the
 * reference data is loaded once.
 */
import { afterAll, expect, it } from 'vitest';
import pg from 'pg';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, type TestDatabase } from '@kendari/kit/testing';
import { core } from '../src/subgraph';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let db: TestDatabase;
const started: StartedSubgraph[] = [];

afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  await db?.drop();
});

it('two replicas starting together on an empty database both come up, with the data loaded once', async () => {
  db = await createTestDatabase('core_startup_lock');
  const opts = { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent' };
  const results = await Promise.allSettled([startSubgraph(core, opts), startSubgraph(core, opts)]);
  for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
  expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const kecamatan = await client.query('select count(*)::int as n from core.kecamatan');
    expect(kecamatan.rows[0].n).toBe(11);
    const migrations = await client.query('select name, count(*)::int as n from core.mikro_orm_migrations group by name having count(*) > 1');
    expect(migrations.rows).toEqual([]);
  } finally {
    await client.end();
  }
}, 120_000);
