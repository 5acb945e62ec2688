import { createHmac } from 'node:crypto';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth';
import type { RequestContext } from './context';
import { withAdvisoryLock } from './database';

/**
 * The audit log (issue 12): every officer action and every officer read of a resident's personal data,
 * one row each in `kit.audit_log`. Append-only: no code path updates or deletes a row, and a trigger
 * refuses UPDATE, DELETE and TRUNCATE (it also stamps `at` with the database's clock, so no caller can
 * back-date a row).
 *
 * Where it lives: like `kit.throttle`, in the subgraph's own database, created at start-up. Every
 * subgraph writes its rows there and core reads them (`auditLog`, `Citizen.dataAccessLog`), so the log is
 * complete only while every subgraph uses the same database (the default, and what `npm start` does).
 * A subgraph given a database of its own keeps its rows there, out of core's view: an action's row must
 * commit in the same transaction as the action, which a second database cannot give without two-phase
 * commit (so there is no AUDIT_DATABASE_URL).
 *
 * A row holds ids and codes only, never a personal value (no NIK, name, phone or position): who acted
 * (account id, role, office), what (`<subgraph>.<thing>.<verb>`), on which item, whose data it was (the
 * resident's account id, or for registers keyed by NIK, such as JAKPA's, a keyed hash of the NIK that
 * only the platform's secret can reproduce) and the request id.
 *
 * Who is recorded: officers (ADMIN and INSPECTOR included). A resident acting on, or reading, their own
 * data is not: their items' timelines already show their steps, and the log is about who else looked.
 */

export type AuditKind = 'action' | 'read';

/** Where an officer works: the most specific of the token's kelurahan, kecamatan, facility, agency; CITY when none. */
export type AuditScopeKind = 'KELURAHAN' | 'KECAMATAN' | 'FACILITY' | 'AGENCY' | 'CITY';

/** What the log needs to know about the caller: a RequestContext has all of it. */
export interface AuditActor {
  viewer: Viewer;
  requestId: string;
  /** The subgraph recording (RequestContext.subgraph). */
  subgraph: string;
  /** Keys the hash of a NIK (`subjectNik`). */
  authSecret: string;
}

export interface AuditEntry {
  /** `<subgraph>.<thing>.<verb>`, e.g. `laika.letter.approve`, `core.citizen.read-nik`: lower case, the recording subgraph first. */
  action: string;
  /** The GraphQL type of the item, e.g. `LetterRequest`. */
  itemType: string;
  itemId: string;
  /** The resident whose data or item it is (account id); null when none is known (an anonymous report). */
  subjectCitizenId?: string | null;
  /** For registers keyed by NIK rather than account (JAKPA): stored only as a keyed hash, matched by core. */
  subjectNik?: string | null;
}

export const AUDIT_TABLE = 'kit.audit_log';
const ACTION = /^[a-z][a-z0-9]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const COLUMNS = [
  'subgraph',
  'action',
  'kind',
  'actor_id',
  'actor_role',
  'actor_scope_kind',
  'actor_scope_id',
  'subject_citizen_id',
  'subject_key',
  'item_type',
  'item_id',
  'request_id',
] as const;
/** 12 parameters a row: 1000 rows stay far below PostgreSQL's 65 535 parameters per statement. */
const MAX_ROWS_PER_INSERT = 1000;

/** The keyed hash of a NIK that `subject_key` holds: the same NIK gives the same key under the same secret. */
export function auditSubjectKey(authSecret: string, nik: string): string {
  return createHmac('sha256', authSecret).update(`kit.audit.nik\0${nik}`).digest('base64url').slice(0, 43);
}

export function auditOfficeOf(viewer: Extract<Viewer, { kind: 'officer' }>): { kind: AuditScopeKind; id: string | null } {
  if (viewer.kelurahanId) return { kind: 'KELURAHAN', id: viewer.kelurahanId };
  if (viewer.kecamatanId) return { kind: 'KECAMATAN', id: viewer.kecamatanId };
  if (viewer.facilityId) return { kind: 'FACILITY', id: viewer.facilityId };
  if (viewer.agencyId) return { kind: 'AGENCY', id: viewer.agencyId };
  return { kind: 'CITY', id: null };
}

/** Whether this caller's steps and reads are recorded: officers only (see the module comment). */
export const isAudited = (viewer: Viewer): viewer is Extract<Viewer, { kind: 'officer' }> => viewer.kind === 'officer';

function rowValues(actor: AuditActor, kind: AuditKind, e: AuditEntry): unknown[] {
  const viewer = actor.viewer as Extract<Viewer, { kind: 'officer' }>;
  // a wrong action name is a programming error: fail loudly rather than log something unsearchable
  if (!ACTION.test(e.action) || !e.action.startsWith(`${actor.subgraph}.`))
    throw new Error(`audit action "${e.action}" must be "${actor.subgraph}.<thing>.<verb>"`);
  const office = auditOfficeOf(viewer);
  return [
    actor.subgraph,
    e.action,
    kind,
    viewer.id,
    viewer.role,
    office.kind,
    office.id,
    e.subjectCitizenId ?? null,
    e.subjectNik ? auditSubjectKey(actor.authSecret, e.subjectNik) : null,
    e.itemType,
    String(e.itemId).slice(0, 100),
    actor.requestId.slice(0, 100),
  ];
}

/**
 * Appends rows in one statement, on `em`'s connection: inside `em.transactional(...)` the rows commit or
 * roll back with the rest of the transaction. Nothing is written for a caller who is not an officer.
 */
export async function recordAudit(em: EntityManager, actor: AuditActor, kind: AuditKind, entries: readonly AuditEntry[]): Promise<void> {
  if (!isAudited(actor.viewer) || !entries.length) return;
  for (let i = 0; i < entries.length; i += MAX_ROWS_PER_INSERT) {
    const chunk = entries.slice(i, i + MAX_ROWS_PER_INSERT);
    const row = `(${COLUMNS.map(() => '?').join(', ')})`;
    await em.execute(
      `insert into ${AUDIT_TABLE} (${COLUMNS.join(', ')}) values ${chunk.map(() => row).join(', ')}`,
      chunk.flatMap((e) => rowValues(actor, kind, e)),
      'run',
    );
  }
}

/** An officer's action outside `transition()`: call it with the transaction's EntityManager, before it commits. */
export const recordAction = (tx: EntityManager, actor: AuditActor, entry: AuditEntry) => recordAudit(tx, actor, 'action', [entry]);

const DONE = Promise.resolve();
const readKey = (e: AuditEntry) => `${e.action}\0${e.itemType}\0${e.itemId}`;

/**
 * Records an officer's read of personal data; await it before returning the value (if the row cannot be
 * written, the field fails instead of answering unrecorded). Reads of one request are collected and
 * written as one multi-row insert per tick (a list of 50 items is one statement), and the same read twice
 * in a request (the same action on the same item, e.g. a name and a NIK through two paths) is one row.
 */
export function auditRead(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (!isAudited(ctx.viewer)) return DONE;
  return ctx.loaders
    .get<AuditEntry, true, string>(
      'kit.audit.read',
      async (entries) => {
        await recordAudit(ctx.em, ctx, 'read', entries);
        return entries.map(() => true as const);
      },
      { cacheKeyFn: readKey, maxBatchSize: MAX_ROWS_PER_INSERT },
    )
    .load(entry)
    .then(() => undefined);
}

/** `auditRead`, then the value: `return audited(ctx, { action, itemType, itemId, subjectCitizenId }, row.phone)`. */
export async function audited<T>(ctx: RequestContext, entry: AuditEntry, value: T): Promise<T> {
  await auditRead(ctx, entry);
  return value;
}

const DDL = `
create schema if not exists kit;
create table if not exists ${AUDIT_TABLE} (
  id bigint generated always as identity primary key,
  at timestamptz not null default statement_timestamp(),
  subgraph varchar(40) not null,
  action varchar(100) not null,
  kind varchar(6) not null check (kind in ('action', 'read')),
  actor_id varchar(64) not null,
  actor_role varchar(40) not null,
  actor_scope_kind varchar(12) not null check (actor_scope_kind in ('KELURAHAN', 'KECAMATAN', 'FACILITY', 'AGENCY', 'CITY')),
  actor_scope_id varchar(64),
  subject_citizen_id varchar(64),
  subject_key varchar(64),
  item_type varchar(60) not null,
  item_id varchar(100) not null,
  request_id varchar(100) not null
);
create index if not exists audit_log_subject_idx on ${AUDIT_TABLE} (subject_citizen_id, at desc, id desc) where subject_citizen_id is not null;
create index if not exists audit_log_subject_key_idx on ${AUDIT_TABLE} (subject_key, at desc, id desc) where subject_key is not null;
create index if not exists audit_log_actor_idx on ${AUDIT_TABLE} (actor_id, at desc, id desc);
create index if not exists audit_log_at_idx on ${AUDIT_TABLE} (at desc, id desc);
create or replace function kit.audit_log_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    new.at := statement_timestamp(); -- the database's clock, whatever the caller sent
    return new;
  end if;
  raise exception 'kit.audit_log is append-only: % refused', tg_op using errcode = '42501';
end $$;
do $$ begin
  if not exists (select 1 from pg_trigger where tgrelid = '${AUDIT_TABLE}'::regclass and tgname = 'audit_log_stamp') then
    create trigger audit_log_stamp before insert on ${AUDIT_TABLE} for each row execute function kit.audit_log_guard();
  end if;
  if not exists (select 1 from pg_trigger where tgrelid = '${AUDIT_TABLE}'::regclass and tgname = 'audit_log_no_change') then
    create trigger audit_log_no_change before update or delete on ${AUDIT_TABLE} for each row execute function kit.audit_log_guard();
  end if;
  if not exists (select 1 from pg_trigger where tgrelid = '${AUDIT_TABLE}'::regclass and tgname = 'audit_log_no_truncate') then
    create trigger audit_log_no_truncate before truncate on ${AUDIT_TABLE} for each statement execute function kit.audit_log_guard();
  end if;
end $$;`;

/**
 * Creates `kit.audit_log` and its guard if missing (every subgraph at start-up). Under an advisory lock of
 * its own: subgraphs starting together (each under its own start-up lock) take turns on the shared table.
 */
export async function ensureAuditLog(databaseUrl: string): Promise<void> {
  await withAdvisoryLock(databaseUrl, 'satu-kendari:kit:audit-log', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(DDL);
          return;
        } catch (err) {
          // `create schema kit` at the same moment as the throttle's: one gets a unique violation on the catalogue; retry
          if (attempt < 3 && (err as { code?: string }).code === '23505') continue;
          throw err;
        }
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}
