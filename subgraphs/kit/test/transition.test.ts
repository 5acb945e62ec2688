import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { createOrm, ensureAuditLog, ErrorCode, MikroORM, transition, Workflow, type TransitionStep } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

type S = 'NEW' | 'OPEN' | 'DONE';
const flow = new Workflow<S>('Ticket', { NEW: ['OPEN'], OPEN: ['DONE'], DONE: [] });

@Entity({ tableName: 'ticket' })
class Ticket {
  @PrimaryKey({ type: 'string' })
  id!: string;
  @Property({ type: 'string' })
  status!: S;
  @Property({ type: 'string' })
  owner!: string;
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;
}

@Entity({ tableName: 'ticket_event' })
class TicketEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'string' })
  ticketId!: string;
  @Property({ type: 'string', nullable: true })
  fromStatus!: string | null;
  @Property({ type: 'string' })
  toStatus!: string;
  @Property({ type: 'datetime' })
  at!: Date;
}

let db: TestDatabase;
let orm: MikroORM;
const event = { entity: TicketEvent, entry: ({ row, from, to, at }: TransitionStep<Ticket, S>) => ({ ticketId: row.id, fromStatus: from, toStatus: to, at }) };
const label = { en: 'Ticket', id: 'Tiket' };
// a resident's own steps are not audited (audit.test.ts covers officers' steps)
const residentStep = {
  actor: { viewer: { kind: 'citizen' as const, id: 'c1', name: 'A' }, requestId: 'r1', subgraph: 'kit', authSecret: 'x'.repeat(40) },
  action: 'kit.ticket.move',
  itemType: 'Ticket',
};

beforeAll(async () => {
  db = await createTestDatabase('kit_transition');
  orm = await createOrm({ schema: 'kit_test', databaseUrl: db.url, entities: [Ticket, TicketEvent], migrations: [] });
  await orm.em.getConnection().execute('create schema if not exists kit_test');
  await orm.schema.createSchema();
  await ensureAuditLog(db.url);
  await orm.em.fork().insertMany(Ticket, [
    { id: 't1', status: 'NEW', owner: 'a' },
    { id: 't2', status: 'OPEN', owner: 'a' },
    { id: 't3', status: 'OPEN', owner: 'b' },
  ]);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: any) => e.extensions?.code ?? String(e),
  );
const events = (id: string) => orm.em.fork().find(TicketEvent, { ticketId: id }, { orderBy: { id: 'asc' } });

describe('transition', () => {
  it('moves, applies and records in one go, with the injected clock', async () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const t = await transition(orm.em.fork(), {
      entity: Ticket,
      id: 't1',
      workflow: flow,
      to: 'OPEN',
      label,
      timeline: event,
      audit: residentStep,
      now: () => at,
    });
    expect(t.status).toBe('OPEN');
    expect((await orm.em.fork().findOneOrFail(Ticket, { id: 't1' })).status).toBe('OPEN');
    expect((await events('t1')).map((e) => [e.fromStatus, e.toStatus, e.at.toISOString()])).toEqual([['NEW', 'OPEN', at.toISOString()]]);
  });

  it('an illegal move is CONFLICT and writes nothing', async () => {
    expect(await codeOf(transition(orm.em.fork(), { entity: Ticket, id: 't1', workflow: flow, to: 'NEW', label, timeline: event, audit: residentStep }))).toBe(
      ErrorCode.CONFLICT,
    );
    expect(await events('t1')).toHaveLength(1);
  });

  it('a missing or invisible row is NOT_FOUND', async () => {
    expect(
      await codeOf(transition(orm.em.fork(), { entity: Ticket, id: 'nope', workflow: flow, to: 'OPEN', label, timeline: event, audit: residentStep })),
    ).toBe(ErrorCode.NOT_FOUND);
    expect(
      await codeOf(
        transition(orm.em.fork(), {
          entity: Ticket,
          id: 't3',
          workflow: flow,
          to: 'DONE',
          label,
          visible: (t) => t.owner === 'a',
          timeline: event,
          audit: residentStep,
        }),
      ),
    ).toBe(ErrorCode.NOT_FOUND);
  });

  it('an error in apply rolls back the state change and the event', async () => {
    const boom = transition(orm.em.fork(), {
      entity: Ticket,
      id: 't3',
      workflow: flow,
      to: 'DONE',
      label,
      timeline: event,
      audit: residentStep,
      apply: () => {
        throw new Error('unit busy');
      },
    });
    await expect(boom).rejects.toThrow('unit busy');
    expect((await orm.em.fork().findOneOrFail(Ticket, { id: 't3' })).status).toBe('OPEN');
    expect(await events('t3')).toHaveLength(0);
  });

  it('20 concurrent moves of one row: exactly one wins, the rest get CONFLICT, one event', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        codeOf(
          transition(orm.em.fork(), {
            entity: Ticket,
            id: 't2',
            workflow: flow,
            to: 'DONE',
            label,
            timeline: event,
            audit: residentStep,
            apply: ({ row, at }) => void (row.doneAt = at),
          }),
        ),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === ErrorCode.CONFLICT)).toHaveLength(19);
    expect(await events('t2')).toHaveLength(1);
  });

  it('unchanged() returns the row as it is and records nothing; allowSame records a move that keeps the state', async () => {
    const same = await transition(orm.em.fork(), {
      entity: Ticket,
      id: 't2',
      workflow: flow,
      to: (t) => t.status,
      allowSame: true,
      unchanged: () => true,
      label,
      timeline: event,
      audit: residentStep,
    });
    expect(same.status).toBe('DONE');
    expect(await events('t2')).toHaveLength(1);
    await transition(orm.em.fork(), {
      entity: Ticket,
      id: 't2',
      workflow: flow,
      to: (t) => t.status,
      allowSame: true,
      label,
      timeline: event,
      audit: residentStep,
    });
    expect((await events('t2')).map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ['OPEN', 'DONE'],
      ['DONE', 'DONE'],
    ]);
  });
});
