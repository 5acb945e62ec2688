import { LockMode, type EntityManager, type EntityName, type RequiredEntityData } from '@mikro-orm/postgresql';
import { notFound } from './errors';
import { recordAudit, type AuditActor } from './audit';
import type { Workflow } from './workflow';

/** What a step knows while it runs: the transaction, the locked row, the move and its time. */
export interface TransitionStep<E, S extends string> {
  tx: EntityManager;
  row: E;
  from: S;
  to: S;
  at: Date;
}

export interface TransitionSpec<E extends object, S extends string, T extends object> {
  entity: EntityName<E>;
  /** The row's `id` (primary key). */
  id: string;
  workflow: Workflow<S>;
  /** The target state, or one computed from the locked row (a reassignment may keep the state). */
  to: S | ((row: E) => S);
  /** The row's state property (default `status`). */
  stateField?: keyof E & string;
  /** How NOT_FOUND names the thing, in English and Indonesian. */
  label: { en: string; id: string };
  /**
   * Runs first in the transaction, before the row is locked: locks other writers take before this row's
   * (health: the queue session that bookings lock first), so every writer locks in the same order and no
   * two wait on each other. Throw to refuse.
   */
  lockFirst?: (tx: EntityManager) => Promise<void>;
  /** false: the caller may not see this row, answered as NOT_FOUND so nothing hints that it exists. */
  visible?: (row: E) => boolean;
  /** Checks on the locked row before the move (roles, preconditions); throw to refuse. */
  check?: (row: E, tx: EntityManager) => void | Promise<void>;
  /** true: nothing to do (an idempotent repeat): the row is returned unchanged and nothing is recorded. */
  unchanged?: (row: E) => boolean;
  /** true: `to` may equal the current state (e.g. a reassignment); the event is still recorded. */
  allowSame?: boolean;
  /** Writes that go with the move (timestamps, units); runs after the state is set. */
  apply?: (step: TransitionStep<E, S>) => void | Promise<void>;
  /** The timeline event appended in the same transaction (after `apply`, so it sees the final row). */
  timeline: { entity: EntityName<T>; entry: (step: TransitionStep<E, S>) => RequiredEntityData<T> };
  /**
   * The step's audit row (kit.audit_log, kind `action`), written in the same transaction: an officer's
   * step cannot commit without it. Required, so no workflow step is forgotten; a resident's own step
   * (a cancellation) is not recorded (see audit.ts).
   */
  audit: {
    /** The request (a RequestContext is one). */
    actor: AuditActor;
    /** `<subgraph>.<thing>.<verb>`, e.g. `laika.letter.sign`. */
    action: string;
    /** The GraphQL type of the row, e.g. `LetterRequest`. */
    itemType: string;
    /** Whose item it is (the resident's account id), from the locked row. */
    subjectCitizenId?: (row: E) => string | null | undefined;
  };
  /** Injected clock for tests (default: now). */
  now?: () => Date;
}

/**
 * One workflow step, the same way everywhere: in one transaction, lock the row
 * (`select ... for update`: a concurrent step waits, then sees the new state and gets CONFLICT
 * instead of overwriting it), check access and preconditions, assert the state machine, apply,
 * append the timeline event and the audit row. Returns the row (flushed when the transaction commits).
 */
export async function transition<E extends object, S extends string, T extends object>(em: EntityManager, spec: TransitionSpec<E, S, T>): Promise<E> {
  const field = (spec.stateField ?? 'status') as keyof E;
  return em.transactional(async (tx) => {
    if (spec.lockFirst) await spec.lockFirst(tx);
    const row = await tx.findOne(spec.entity, { id: spec.id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row || (spec.visible && !spec.visible(row as E))) throw notFound(spec.label.en, spec.label.id);
    const r = row as E;
    if (spec.check) await spec.check(r, tx);
    if (spec.unchanged?.(r)) return r;
    const from = r[field] as unknown as S;
    const to = typeof spec.to === 'function' ? spec.to(r) : spec.to;
    if (!(spec.allowSame && from === to)) spec.workflow.assert(from, to);
    const step: TransitionStep<E, S> = { tx, row: r, from, to, at: spec.now?.() ?? new Date() };
    r[field] = to as unknown as E[keyof E];
    if (spec.apply) await spec.apply(step);
    tx.create(spec.timeline.entity, spec.timeline.entry(step));
    const { actor, action, itemType, subjectCitizenId } = spec.audit;
    await recordAudit(tx, actor, 'action', [{ action, itemType, itemId: spec.id, subjectCitizenId: subjectCitizenId?.(r) ?? null }]);
    return r;
  });
}
