import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { createOrm, executePrepared, MikroORM } from '../src';
import { createTestDatabase, sqlCounter, type TestDatabase } from '../src/testing';

@Entity({ tableName: 'note' })
class Note {
  @PrimaryKey({ type: 'string' })
  id!: string;
}

let db: TestDatabase;
let orm: MikroORM;
const sql = sqlCounter();

beforeAll(async () => {
  db = await createTestDatabase('kit_prepared');
  // one connection, so every call below meets the statements prepared on it before
  orm = await createOrm({ schema: 'prepared_test', databaseUrl: db.url, entities: [Note], migrations: [], poolMax: 1, onQuery: sql.onQuery });
  await orm.em.getConnection().execute(`create schema prepared_test;
    create table prepared_test.note (id text primary key, at timestamptz not null, amount numeric(12, 2), tags text[], body jsonb)`);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const INSERT = `insert into prepared_test.note (id, at, amount, tags, body) values (?, ?, ?, ?, ?::jsonb) returning *`;

describe('executePrepared', () => {
  it('answers what execute answers (same rows, same value types), through one statement prepared once per connection', async () => {
    const em = orm.em.fork();
    const at = new Date('2026-12-02T08:00:00Z');
    const [viaPrepared] = await executePrepared(em, INSERT, ['a', at, 12.5, ['x', 'y'], JSON.stringify({ k: 1 })]);
    const [viaExecute] = await em.getConnection().execute(`select * from prepared_test.note where id = ?`, ['a']);
    expect(viaPrepared).toEqual(viaExecute);
    expect(viaPrepared).toMatchObject({ id: 'a', tags: ['x', 'y'], body: { k: 1 } });
    await executePrepared(em, INSERT, ['b', at, null, [], '{}']);
    const names = await executePrepared<{ name: string; statement: string }>(em, `select name, statement from pg_prepared_statements where name like ?`, [
      'kendari:%',
    ]);
    // the insert, prepared once for both calls, and this select itself
    expect(names.map((n) => n.statement).filter((s) => s.startsWith('insert'))).toHaveLength(1);
    expect(names.find((n) => n.statement.startsWith('insert'))!.statement).toContain('values ($1, $2, $3, $4, $5::jsonb)');
  });

  it('prepares a `*` statement again when a migration changed its table under the running process', async () => {
    const em = orm.em.fork();
    const all = `select * from prepared_test.note where id = ?`;
    expect(Object.keys((await executePrepared(em, all, ['a']))[0])).not.toContain('added');
    await em.getConnection().execute(`alter table prepared_test.note add column added text default 'x'`);
    expect((await executePrepared(em, all, ['a']))[0]).toMatchObject({ id: 'a', added: 'x' });
    expect((await executePrepared(em, all, ['a']))[0]).toMatchObject({ added: 'x' });
  });

  it('is counted in the ORM query log like execute', async () => {
    sql.reset();
    await executePrepared(orm.em.fork(), `select id from prepared_test.note where id = ?`, ['a']);
    expect(sql.count).toBe(1);
    expect(sql.statements[0]).toContain('select id from prepared_test.note');
  });

  it("turns PostgreSQL's errors into MikroORM's exceptions, and refuses a wrong number of parameters", async () => {
    await expect(executePrepared(orm.em.fork(), INSERT, ['a', new Date(), 1, [], '{}'])).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    await expect(executePrepared(orm.em.fork(), INSERT, ['c'])).rejects.toThrow(/5 placeholders but 1 parameters/);
  });

  it("inside a transaction, sees the transaction's own writes (runs on its connection)", async () => {
    await orm.em
      .fork()
      .transactional(async (tx) => {
        await tx.getConnection().execute(`insert into prepared_test.note (id, at) values ('in-tx', now())`, [], 'all', tx.getTransactionContext());
        const rows = await executePrepared(tx, `select id from prepared_test.note where id = ?`, ['in-tx']);
        expect(rows).toEqual([{ id: 'in-tx' }]);
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    expect(await executePrepared(orm.em.fork(), `select id from prepared_test.note where id = ?`, ['in-tx'])).toEqual([]);
  });
});
