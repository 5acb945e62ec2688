import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import {
  auditRead,
  auditSubjectKey,
  createOrm,
  ensureAuditLog,
  ErrorCode,
  Loaders,
  MikroORM,
  OfficerRole,
  recordAction,
  transition,
  Workflow,
  type RequestContext,
  type TransitionStep,
  type Viewer,
} from '../src';
import { createTestDatabase, sqlCounter, type TestDatabase } from '../src/testing';

type S = 'NEW' | 'OPEN' | 'DONE';
const flow = new Workflow<S>('Case', { NEW: ['OPEN'], OPEN: ['DONE'], DONE: [] });

@Entity({ tableName: 'case_file' })
class CaseFile {
  @PrimaryKey({ type: 'string' })
  id!: string;
  @Property({ type: 'string' })
  status!: S;
  @Property({ type: 'string' })
  citizenId!: string;
}

@Entity({ tableName: 'case_event' })
class CaseEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'string' })
  caseId!: string;
  @Property({ type: 'string' })
  toStatus!: string;
}

const SECRET = 'audit-test-secret-0123456789abcdef0123';
const officer: Viewer = {
  kind: 'officer',
  id: 'officer-1',
  name: 'Petugas',
  role: OfficerRole.KELURAHAN_OFFICER,
  kelurahanId: '74.71.02.1001',
  kecamatanId: '74.71.02',
  agencyId: null,
};
const resident: Viewer = { kind: 'citizen', id: 'citizen-9', name: 'Warga' };
const actorOf = (viewer: Viewer, requestId = 'req-1') => ({ viewer, requestId, subgraph: 'kit', authSecret: SECRET });

let db: TestDatabase;
let orm: MikroORM;
let admin: pg.Client;
const sql = sqlCounter();

const event = { entity: CaseEvent, entry: ({ row, to }: TransitionStep<CaseFile, S>) => ({ caseId: row.id, toStatus: to }) };
const label = { en: 'Case', id: 'Kasus' };
const step = (viewer: Viewer, itemType = 'CaseFile') => ({
  actor: actorOf(viewer),
  action: 'kit.case.move',
  itemType,
  subjectCitizenId: (c: CaseFile) => c.citizenId,
});
const rows = async (where = 'true', params: unknown[] = []) => (await admin.query(`select * from kit.audit_log where ${where} order by id`, params)).rows;
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: any) => e.extensions?.code ?? e.code ?? String(e),
  );

beforeAll(async () => {
  db = await createTestDatabase('kit_audit');
  orm = await createOrm({ schema: 'kit_audit_test', databaseUrl: db.url, entities: [CaseFile, CaseEvent], migrations: [], onQuery: sql.onQuery });
  await orm.em.getConnection().execute('create schema if not exists kit_audit_test');
  await orm.schema.createSchema();
  await orm.em.fork().insertMany(CaseFile, [
    { id: 'k1', status: 'NEW', citizenId: 'citizen-9' },
    { id: 'k2', status: 'NEW', citizenId: 'citizen-9' },
    { id: 'k3', status: 'NEW', citizenId: 'citizen-8' },
  ]);
  // several subgraphs start at once: the table and its guard are made once, whoever comes first
  await Promise.all([ensureAuditLog(db.url), ensureAuditLog(db.url), ensureAuditLog(db.url)]);
  admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await orm?.close(true);
  await db?.drop();
});

describe('kit.audit_log is append-only in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE through plain SQL, and stamps rows with the database clock', async () => {
    await recordAction(orm.em.fork(), actorOf(officer), { action: 'kit.case.note', itemType: 'CaseFile', itemId: 'k0' });
    // a caller sending its own time gets the server's instead
    await admin.query(
      `insert into kit.audit_log (at, subgraph, action, kind, actor_id, actor_role, actor_scope_kind, item_type, item_id, request_id)
       values ('2001-01-01', 'kit', 'kit.case.note', 'action', 'x', 'ADMIN', 'CITY', 'CaseFile', 'k0', 'r')`,
    );
    const before = await rows();
    expect(before).toHaveLength(2);
    expect(Date.now() - new Date(before[1].at).getTime()).toBeLessThan(60_000);
    for (const statement of [
      `update kit.audit_log set actor_id = 'someone-else'`,
      `update kit.audit_log set at = '2001-01-01' where id = ${before[0].id}`,
      `delete from kit.audit_log`,
      `delete from kit.audit_log where id = ${before[0].id}`,
      `truncate kit.audit_log`,
    ]) {
      const err = await admin.query(statement).then(
        () => null,
        (e: { code?: string; message: string }) => e,
      );
      expect(err, statement).not.toBeNull();
      expect(err!.code, statement).toBe('42501');
      expect(err!.message).toContain('append-only');
    }
    expect(await rows()).toEqual(before);
    await admin.query(`delete from kit.audit_log where false`); // the guard is per row: nothing to refuse here
  });

  it('ensureAuditLog again changes nothing (one guard of each kind)', async () => {
    await ensureAuditLog(db.url);
    const triggers = await admin.query(`select tgname from pg_trigger where tgrelid = 'kit.audit_log'::regclass and not tgisinternal order by tgname`);
    expect(triggers.rows.map((r) => r.tgname)).toEqual(['audit_log_no_change', 'audit_log_no_truncate', 'audit_log_stamp']);
  });

  it('holds ids and codes, never a NIK: a NIK-keyed subject is a keyed hash', async () => {
    const nik = '7471024506900001';
    await recordAction(orm.em.fork(), actorOf(officer, 'req-nik'), { action: 'kit.tax.read', itemType: 'TaxObject', itemId: 't1', subjectNik: nik });
    const [row] = await rows(`request_id = 'req-nik'`);
    expect(row.subject_key).toBe(auditSubjectKey(SECRET, nik));
    expect(row.subject_key).not.toContain(nik);
    expect(JSON.stringify(row)).not.toContain(nik);
    expect(auditSubjectKey('another-secret-0123456789abcdef0123456', nik)).not.toBe(row.subject_key);
    expect(row).toMatchObject({ actor_role: 'KELURAHAN_OFFICER', actor_scope_kind: 'KELURAHAN', actor_scope_id: '74.71.02.1001', kind: 'action' });
  });

  it('refuses an action name that is not `<subgraph>.<thing>.<verb>` of the recording subgraph', async () => {
    await expect(recordAction(orm.em.fork(), actorOf(officer), { action: 'laika.letter.sign', itemType: 'X', itemId: '1' })).rejects.toThrow(/must be/);
    await expect(recordAction(orm.em.fork(), actorOf(officer), { action: 'kit.Sign', itemType: 'X', itemId: '1' })).rejects.toThrow(/must be/);
  });
});

describe('transition() records an officer step in the same transaction', () => {
  it('one move, one action row with the subject, the office and the request', async () => {
    await transition(orm.em.fork(), { entity: CaseFile, id: 'k1', workflow: flow, to: 'OPEN', label, timeline: event, audit: step(officer) });
    expect(await rows(`item_id = 'k1'`)).toMatchObject([
      {
        subgraph: 'kit',
        action: 'kit.case.move',
        kind: 'action',
        actor_id: 'officer-1',
        actor_role: 'KELURAHAN_OFFICER',
        subject_citizen_id: 'citizen-9',
        item_type: 'CaseFile',
        request_id: 'req-1',
      },
    ]);
  });

  it('a refused move (illegal, missing, or failing in apply) writes no row', async () => {
    const before = (await rows()).length;
    expect(
      await codeOf(transition(orm.em.fork(), { entity: CaseFile, id: 'k1', workflow: flow, to: 'NEW', label, timeline: event, audit: step(officer) })),
    ).toBe(ErrorCode.CONFLICT);
    expect(
      await codeOf(transition(orm.em.fork(), { entity: CaseFile, id: 'nope', workflow: flow, to: 'OPEN', label, timeline: event, audit: step(officer) })),
    ).toBe(ErrorCode.NOT_FOUND);
    const boom = transition(orm.em.fork(), {
      entity: CaseFile,
      id: 'k2',
      workflow: flow,
      to: 'OPEN',
      label,
      timeline: event,
      audit: step(officer),
      apply: () => {
        throw new Error('unit busy');
      },
    });
    await expect(boom).rejects.toThrow('unit busy');
    expect(await rows()).toHaveLength(before);
  });

  it('an audit row that cannot be written rolls the move back (the action cannot commit without it)', async () => {
    // an item type longer than the column: the database refuses the audit insert inside the transaction
    const failing = transition(orm.em.fork(), {
      entity: CaseFile,
      id: 'k2',
      workflow: flow,
      to: 'OPEN',
      label,
      timeline: event,
      audit: step(officer, 'X'.repeat(80)),
    });
    await expect(failing).rejects.toThrow();
    expect((await orm.em.fork().findOneOrFail(CaseFile, { id: 'k2' })).status).toBe('NEW');
    expect(await orm.em.fork().count(CaseEvent, { caseId: 'k2' })).toBe(0);
    expect(await rows(`item_id = 'k2'`)).toEqual([]);
  });

  it("a resident's own step is not recorded", async () => {
    await transition(orm.em.fork(), { entity: CaseFile, id: 'k3', workflow: flow, to: 'OPEN', label, timeline: event, audit: step(resident) });
    expect((await orm.em.fork().findOneOrFail(CaseFile, { id: 'k3' })).status).toBe('OPEN');
    expect(await rows(`item_id = 'k3'`)).toEqual([]);
  });
});

describe('auditRead batches the reads of one request', () => {
  const contextOf = (viewer: Viewer, requestId: string): RequestContext =>
    ({ em: orm.em.fork(), viewer, requestId, loaders: new Loaders(), authSecret: SECRET, subgraph: 'kit' }) as unknown as RequestContext;

  it('50 reads (and repeats) in one tick are one insert of 50 rows; a later read is another', async () => {
    const ctx = contextOf(officer, 'req-list');
    const inserts = () => sql.statements.filter((s) => /insert into kit\.audit_log/.test(s)).length;
    const before = inserts();
    const ids = Array.from({ length: 50 }, (_, i) => `item-${i}`);
    await Promise.all([
      ...ids.map((id) => auditRead(ctx, { action: 'kit.case.read-nik', itemType: 'CaseFile', itemId: id, subjectCitizenId: 'citizen-9' })),
      // the same read through another path of the same request: no second row
      ...ids.map((id) => auditRead(ctx, { action: 'kit.case.read-nik', itemType: 'CaseFile', itemId: id, subjectCitizenId: 'citizen-9' })),
    ]);
    expect(inserts() - before).toBe(1);
    expect(await rows(`request_id = 'req-list'`)).toHaveLength(50);
    expect((await rows(`request_id = 'req-list'`)).every((r) => r.kind === 'read' && r.subject_citizen_id === 'citizen-9')).toBe(true);
    await auditRead(ctx, { action: 'kit.case.read-phone', itemType: 'CaseFile', itemId: 'item-0', subjectCitizenId: 'citizen-9' });
    expect(inserts() - before).toBe(2);
    expect(await rows(`request_id = 'req-list'`)).toHaveLength(51);
  });

  it('a resident reading (their own data) writes nothing and no statement', async () => {
    const before = sql.statements.length;
    await auditRead(contextOf(resident, 'req-own'), { action: 'kit.case.read-nik', itemType: 'CaseFile', itemId: 'k1', subjectCitizenId: 'citizen-9' });
    expect(sql.statements.length).toBe(before);
    expect(await rows(`request_id = 'req-own'`)).toEqual([]);
  });

  it('a read whose row cannot be written fails (the field is not answered unrecorded)', async () => {
    await expect(auditRead(contextOf(officer, 'req-bad'), { action: 'kit.case.read-nik', itemType: 'X'.repeat(80), itemId: 'k1' })).rejects.toThrow();
  });
});
