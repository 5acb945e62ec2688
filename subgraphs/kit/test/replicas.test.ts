import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { EntitySchema } from '@mikro-orm/postgresql';
import { createOrm, lagTolerantReads, type MikroORM } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

// Two databases stand in for a primary and its streaming replica; each holds a different row, so every
// answer says which one it came from.
let primary: TestDatabase;
let replica: TestDatabase;
const orms: MikroORM[] = [];
const CameFrom = new EntitySchema({ name: 'CameFrom', tableName: 'came_from', properties: { place: { type: 'string', primary: true } } });

async function mark(db: TestDatabase, where: string) {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query('create table came_from (place text not null)');
  await c.query('insert into came_from values ($1)', [where]);
  await c.end();
}

beforeAll(async () => {
  primary = await createTestDatabase('replica_primary');
  replica = await createTestDatabase('replica_copy');
  await mark(primary, 'primary');
  await mark(replica, 'replica');
});
afterAll(async () => {
  for (const orm of orms) await orm.close(true);
  await primary?.drop();
  await replica?.drop();
});

const place = async (conn: ReturnType<typeof lagTolerantReads>) =>
  (await conn.execute<Array<{ place: string }>>('select place from public.came_from'))[0].place;

describe('reads that tolerate replication lag (DATABASE_REPLICA_URLS)', () => {
  it('go to the replica when one is configured; everything else stays on the primary', async () => {
    const orm = await createOrm({ schema: 'public', databaseUrl: primary.url, entities: [CameFrom as never], migrations: [], replicaUrls: [replica.url] });
    orms.push(orm);
    const em = orm.em.fork();
    expect(await place(lagTolerantReads(em))).toBe('replica');
    expect(await place(em.getConnection())).toBe('primary');
    // the replica's connections carry the same statement_timeout as the primary's
    expect(await lagTolerantReads(em).execute('show statement_timeout')).toEqual([{ statement_timeout: '10s' }]);
  });

  it('go to the primary when no replica is configured', async () => {
    const orm = await createOrm({ schema: 'public', databaseUrl: primary.url, entities: [CameFrom as never], migrations: [] });
    orms.push(orm);
    expect(await place(lagTolerantReads(orm.em.fork()))).toBe('primary');
  });
});
