import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, transition, type AuditEntry, type RequestContext } from '@kendari/kit';
import { ActorKind, Appointment, AppointmentEvent, AppointmentStatus } from './entities/queue.entity';
import { appointmentWorkflow } from './workflow';

const APPOINTMENT = { en: 'Appointment', id: 'Nomor antrean' };

/** A staff member's look at a resident's queue number (a visit to a facility is health data): one audit row per number and request. */
export const appointmentRead = (a: Appointment): AuditEntry => ({
  action: 'health.appointment.read',
  itemType: 'Appointment',
  itemId: a.id,
  subjectCitizenId: a.citizenId,
});

/** The session a number belongs to (NOT_FOUND when there is no such number). */
export async function sessionOfAppointment(tx: EntityManager, appointmentId: string): Promise<string> {
  const [a] = await tx
    .getConnection()
    .execute<Array<{ session_id: string }>>(`select session_id from health.appointment where id = ?`, [appointmentId], 'all', tx.getTransactionContext());
  if (!a) throw notFound(APPOINTMENT.en, APPOINTMENT.id);
  return a.session_id;
}

export interface AppointmentStepSpec {
  id: string;
  to: AppointmentStatus;
  /** Locks the number's session (and checks the caller) before the number itself: bookings lock the session first too. */
  lockFirst: (tx: EntityManager) => Promise<void>;
  /** Who moves it, for the timeline (known once lockFirst ran). */
  actor: () => { kind: ActorKind; id: string };
  /** Writes that go with the move (e.g. the place back to its quota). */
  apply?: (tx: EntityManager, row: Appointment) => Promise<void>;
  /** `health.appointment.<verb>` in the audit log (officers' steps only are recorded). */
  audit: string;
}

/**
 * A queue number's step through the kit's transition(): session locked, then the number; the state machine
 * checked; closed at; the timeline event and the audit row in the same transaction.
 */
export function appointmentStep(ctx: RequestContext, spec: AppointmentStepSpec): Promise<Appointment> {
  return transition(ctx.em, {
    entity: Appointment,
    id: spec.id,
    workflow: appointmentWorkflow,
    to: spec.to,
    label: APPOINTMENT,
    lockFirst: spec.lockFirst,
    apply: async ({ tx, row, at }) => {
      row.closedAt = at;
      if (spec.apply) await spec.apply(tx, row);
    },
    timeline: {
      entity: AppointmentEvent,
      entry: ({ row, from, to, at }) => {
        const actor = spec.actor();
        return { appointmentId: row.id, at, fromStatus: from, toStatus: to, actorKind: actor.kind, actorId: actor.id } as never;
      },
    },
    audit: { actor: ctx, action: spec.audit, itemType: 'Appointment', subjectCitizenId: (row) => row.citizenId },
  });
}
