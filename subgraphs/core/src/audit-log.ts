import { AUDIT_TABLE, auditSubjectKey, type AuditKind, type AuditScopeKind, type EntityManager } from '@kendari/kit';

/**
 * Reading the audit log (kit.audit_log, written by every subgraph; see the kit's audit.ts). Core reads it
 * because it owns the accounts: a resident's rows are those naming their account id, or (registers keyed
 * by NIK, such as JAKPA's) the keyed hash of their NIK. The log is complete only while every subgraph
 * writes to the database core reads (the default: one database).
 */

export interface AuditRow {
  id: string;
  at: Date;
  kind: AuditKind;
  subgraph: string;
  action: string;
  actorId: string;
  actorRole: string;
  scopeKind: AuditScopeKind;
  scopeId: string | null;
  subjectCitizenId: string | null;
  itemType: string;
  itemId: string;
  requestId: string;
}

export interface AuditFilter {
  actorId?: string | null;
  /** A resident: rows naming their account, or the hash of their NIK when `subjectNik` is given. */
  subjectCitizenId?: string | null;
  subjectNik?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const COLUMNS = `id::text as id, at, kind, subgraph, action, actor_id as "actorId", actor_role as "actorRole", actor_scope_kind as "scopeKind",
  actor_scope_id as "scopeId", subject_citizen_id as "subjectCitizenId", item_type as "itemType", item_id as "itemId", request_id as "requestId"`;

function whereOf(filter: AuditFilter, authSecret: string): { sql: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (filter.subjectCitizenId) {
    if (filter.subjectNik) {
      conds.push('(subject_citizen_id = ? or subject_key = ?)');
      params.push(filter.subjectCitizenId, auditSubjectKey(authSecret, filter.subjectNik));
    } else {
      conds.push('subject_citizen_id = ?');
      params.push(filter.subjectCitizenId);
    }
  }
  if (filter.actorId) {
    conds.push('actor_id = ?');
    params.push(filter.actorId);
  }
  if (filter.action) {
    conds.push('action = ?');
    params.push(filter.action);
  }
  if (filter.from) {
    conds.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    conds.push('at < ?');
    params.push(filter.to);
  }
  return { sql: conds.length ? `where ${conds.join(' and ')}` : '', params };
}

/** One page of rows, newest first, and how many match. */
export async function auditPage(
  em: EntityManager,
  authSecret: string,
  filter: AuditFilter,
  window: { limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(filter, authSecret);
  const [rows, [count]] = await Promise.all([
    em.execute<AuditRow[]>(`select ${COLUMNS} from ${AUDIT_TABLE} ${where.sql} order by at desc, id desc limit ? offset ?`, [
      ...where.params,
      window.limit,
      window.offset,
    ]),
    em.execute<Array<{ n: number }>>(`select count(*)::int as n from ${AUDIT_TABLE} ${where.sql}`, where.params),
  ]);
  return { rows: rows.map((r) => ({ ...r, at: new Date(r.at) })), total: count.n };
}
