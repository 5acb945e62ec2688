import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/postgresql';
import { createOrm, ensureAuditLog, MikroORM, transition, Workflow, type TransitionStep } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

// transition()'s lockFirst: a step that must lock a parent row (health: the queue session) before its own
// row, because another writer (closing the session) locks the parent first and then updates the rows.

type S = 'BOOKED' | 'CANCELLED';
const flow = new Workflow<S>('Number', { BOOKED: ['CANCELLED'], CANCELLED: [] });

@Entity({ tableName: 'parent' })
class Parent {
  @PrimaryKey({ type: 'string' })
  id!: string;
  @Property({ type: 'integer' })
  taken!: number;
}

@Entity({ tableName: 'child' })
class Child {
  @PrimaryKey({ type: 'string' })
  id!: string;
  @Property({ type: 'string' })
  parentId!: string;
  @Property({ type: 'string' })
  status!: S;
}

@Entity({ tableName: 'child_event' })
class ChildEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'string' })
  childId!: string;
  @Property({ type: 'string' })
  toStatus!: string;
}

let db: TestDatabase;
let orm: MikroORM;
const lockParent = (tx: EntityManager, id: string) =>
  tx.getConnection().execute(`select id from lock_test.parent where id = ? for update`, [id], 'all', tx.getTransactionContext());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The other writer: parent first, a pause, then every child (as closing a session does). */
const closeParent = (id: string) =>
  orm.em.fork().transactional(async (tx) => {
    await lockParent(tx, id);
    await sleep(300);
    await tx.getConnection().execute(`update lock_test.child set status = status where parent_id = ?`, [id], 'all', tx.getTransactionContext());
  });

const cancel = (id: string, parentId: string, lockOrder: 'parent-first' | 'row-first') =>
  transition(orm.em.fork(), {
    entity: Child,
    id,
    workflow: flow,
    to: 'CANCELLED',
    label: { en: 'Number', id: 'Nomor' },
    ...(lockOrder === 'parent-first'
      ? { lockFirst: (tx: EntityManager) => lockParent(tx, parentId).then(() => undefined) }
      : { check: (_: Child, tx: EntityManager) => lockParent(tx, parentId).then(() => undefined) }),
    timeline: { entity: ChildEvent, entry: ({ row, to }: TransitionStep<Child, S>) => ({ childId: row.id, toStatus: to }) },
    audit: {
      actor: { viewer: { kind: 'citizen', id: 'c1', name: 'A' }, requestId: 'r1', subgraph: 'kit', authSecret: 'x'.repeat(40) },
      action: 'kit.number.cancel',
      itemType: 'Number',
    },
  });

beforeAll(async () => {
  db = await createTestDatabase('kit_lock_order');
  orm = await createOrm({ schema: 'lock_test', databaseUrl: db.url, entities: [Parent, Child, ChildEvent], migrations: [] });
  await orm.em.getConnection().execute('create schema if not exists lock_test');
  await orm.schema.createSchema();
  await ensureAuditLog(db.url);
  await orm.em.fork().insertMany(Parent, [
    { id: 'p1', taken: 1 },
    { id: 'p2', taken: 1 },
  ]);
  await orm.em.fork().insertMany(Child, [
    { id: 'c1', parentId: 'p1', status: 'BOOKED' },
    { id: 'c2', parentId: 'p2', status: 'BOOKED' },
  ]);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('transition lockFirst', () => {
  it('row first while another writer holds the parent: the two wait on each other (PostgreSQL ends one as a deadlock)', async () => {
    const closing = closeParent('p2');
    await sleep(50); // the other writer holds p2 now
    const results = await Promise.allSettled([closing, cancel('c2', 'p2', 'row-first')]);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason?.message ?? r.reason));
    expect(failures.join('\n')).toMatch(/deadlock/i);
  });

  it('parent first (lockFirst): the step waits for the other writer, then both succeed', async () => {
    const closing = closeParent('p1');
    await sleep(50);
    const results = await Promise.allSettled([closing, cancel('c1', 'p1', 'parent-first')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const row = await orm.em.fork().findOneOrFail(Child, { id: 'c1' });
    expect(row.status).toBe('CANCELLED');
    expect(await orm.em.fork().count(ChildEvent, { childId: 'c1' })).toBe(1);
  });
});
