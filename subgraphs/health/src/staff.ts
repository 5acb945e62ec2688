import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, InputCheck, notFound, recordAction, type OfficerViewer, type RequestContext } from '@kendari/kit';
import { policy } from './policy';
import { ActorKind, Appointment, AppointmentStatus, Payer, QueueSession, SessionQuota } from './entities/queue.entity';
import { appointmentStep, sessionOfAppointment } from './appointments';

type Row = Record<string, unknown>;
const run = (em: EntityManager, sql: string, params: unknown[]) => em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());

/** Locks a session for a staff action (the same lock bookings take) after checking the officer's facility. */
async function lockSession(ctx: RequestContext, em: EntityManager, sessionId: string) {
  const [s] = await run(em, `select * from health.queue_session where id = ? for update`, [sessionId]);
  if (!s) throw notFound('Queue session', 'Sesi antrean');
  const officer = policy.must(ctx.viewer, 'queue.staff', { facilityId: String(s.facility_id) });
  return { s, officer };
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function checkId(field: string, id: string, label: string) {
  const v = new InputCheck();
  v.check(typeof id === 'string' && SESSION_ID.test(id), field, `${field} is not an id`, `${label} tidak valid`);
  v.done();
}

/** Sets the places of one payer group; never below the places already taken (CONFLICT). */
export async function setCapacity(ctx: RequestContext, input: { sessionId: string; payer: Payer; capacity: number }): Promise<QueueSession> {
  const v = new InputCheck('input');
  v.check(typeof input.sessionId === 'string' && SESSION_ID.test(input.sessionId), 'sessionId', 'sessionId is not an id', 'Sesi tidak valid');
  v.check(Object.values(Payer).includes(input.payer), 'payer', 'payer must be JKN or UMUM', 'Jenis pasien harus JKN atau UMUM');
  v.number('capacity', input.capacity, { min: 0, max: 500, label: 'Kuota' });
  v.check(Number.isInteger(input.capacity), 'capacity', 'capacity must be a whole number', 'Kuota harus bilangan bulat');
  v.done();
  return ctx.em.transactional(async (em) => {
    const { s, officer } = await lockSession(ctx, em, input.sessionId);
    const [q] = await run(em, `select taken, capacity from health.session_quota where session_id = ? and payer = ?`, [s.id, input.payer]);
    if (!q) throw notFound('Quota', 'Kuota');
    if (input.capacity < Number(q.taken)) {
      throw conflict(
        `${q.taken} places are already taken: the capacity cannot go below that`,
        `Sudah ${q.taken} nomor diambil: kuota tidak dapat lebih kecil dari itu`,
        { taken: q.taken },
      );
    }
    await run(em, `update health.session_quota set capacity = ? where session_id = ? and payer = ?`, [input.capacity, s.id, input.payer]);
    ctx.log.info({ sessionId: s.id, payer: input.payer, from: q.capacity, to: input.capacity, officerId: officer.id }, 'session capacity set');
    await recordAction(em, ctx, { action: 'health.queue-session.set-capacity', itemType: 'QueueSession', itemId: String(s.id) });
    return em.map(QueueSession, s);
  });
}

/**
 * Closes a session with a reason: every number not yet called is cancelled, and each resident
 * finds the reason in their number's timeline (the portal's "Layanan saya" shows it).
 */
export async function closeSession(ctx: RequestContext, input: { sessionId: string; reason: string }): Promise<{ session: QueueSession; cancelled: number }> {
  const v = new InputCheck('input');
  v.check(typeof input.sessionId === 'string' && SESSION_ID.test(input.sessionId), 'sessionId', 'sessionId is not an id', 'Sesi tidak valid');
  const reason = v.text('reason', input.reason, { min: 5, max: 300, label: 'Alasan' });
  v.done();
  return ctx.em.transactional(async (em) => {
    const { s, officer } = await lockSession(ctx, em, input.sessionId);
    if (s.status === 'CLOSED') throw conflict('The session is already closed', 'Sesi ini sudah ditutup');
    const [closed] = await run(em, `update health.queue_session set status = 'CLOSED', closed_reason = ? where id = ? returning *`, [reason, s.id]);
    const cancelled = await run(
      em,
      `with c as (
         update health.appointment set status = 'CANCELLED', closed_at = now() where session_id = ? and status = 'BOOKED' returning id, payer
       ), q as (
         update health.session_quota sq set taken = sq.taken - n.k from (select payer, count(*)::int as k from c group by payer) n
          where sq.session_id = ? and sq.payer = n.payer returning sq.id
       ), e as (
         insert into health.appointment_event (appointment_id, at, from_status, to_status, actor_kind, actor_id, note)
         select id, now(), 'BOOKED', 'CANCELLED', 'STAFF', ?, ? from c returning id
       )
       select count(*)::int as n from c`,
      [s.id, s.id, officer.id, `Sesi ditutup oleh fasilitas: ${reason}`],
    );
    ctx.log.info({ sessionId: s.id, cancelled: cancelled[0].n, officerId: officer.id }, 'session closed');
    await recordAction(em, ctx, { action: 'health.queue-session.close', itemType: 'QueueSession', itemId: String(s.id) });
    return { session: em.map(QueueSession, closed), cancelled: Number(cancelled[0].n) };
  });
}

/** Calls the lowest number still waiting; it becomes the number now being served. */
export async function callNext(ctx: RequestContext, sessionId: string): Promise<Appointment | null> {
  checkId('sessionId', sessionId, 'Sesi');
  return ctx.em.transactional(async (em) => {
    const { s, officer } = await lockSession(ctx, em, sessionId);
    const [row] = await run(
      em,
      `update health.appointment set status = 'CALLED', called_at = now()
        where id = (select id from health.appointment where session_id = ? and status = 'BOOKED' order by number limit 1)
        returning *`,
      [s.id],
    );
    if (!row) return null;
    await run(em, `update health.queue_session set now_serving = ? where id = ?`, [row.number, s.id]);
    await run(
      em,
      `insert into health.appointment_event (appointment_id, at, from_status, to_status, actor_kind, actor_id) values (?, now(), 'BOOKED', 'CALLED', 'STAFF', ?)`,
      [row.id, officer.id],
    );
    await recordAction(em, ctx, {
      action: 'health.appointment.call',
      itemType: 'Appointment',
      itemId: String(row.id),
      subjectCitizenId: String(row.citizen_id),
    });
    return em.map(Appointment, row);
  });
}

/** SERVED or NO_SHOW for a called number (the workflow refuses anything else). */
export async function finishNumber(ctx: RequestContext, appointmentId: string, to: AppointmentStatus.SERVED | AppointmentStatus.NO_SHOW): Promise<Appointment> {
  checkId('appointmentId', appointmentId, 'Nomor antrean');
  let officer: OfficerViewer;
  return appointmentStep(ctx, {
    id: appointmentId,
    to,
    // the session first (the lock bookings take), with the staff check of its facility
    lockFirst: async (tx) => void ({ officer } = await lockSession(ctx, tx, await sessionOfAppointment(tx, appointmentId))),
    actor: () => ({ kind: ActorKind.STAFF, id: officer.id }),
    audit: to === AppointmentStatus.SERVED ? 'health.appointment.mark-served' : 'health.appointment.mark-no-show',
  });
}

export { SessionQuota };
