import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { badField, conflict, InputCheck, notFound, randomCode, type RequestContext } from '@kendari/kit';
import { ActorKind, Appointment, AppointmentStatus, Payer, SessionLabel } from './entities/queue.entity';
import { appointmentStep } from './appointments';
import { addDays, witaNow } from './hours';
import { ensureSessions } from './sessions';
import { policy } from './policy';

export const BOOKING_DAYS_AHEAD = 7;

export interface TakeNumberArgs {
  serviceId: string;
  date: string;
  session: SessionLabel;
  payer: Payer;
  idempotencyKey?: string | null;
}

export interface TakeOutcome {
  appointment: Appointment;
  replayed: boolean;
}

type Row = Record<string, unknown>;
const run = (em: EntityManager, sql: string, params: unknown[]) => em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());

/** Input checks, all at once, before any SQL. */
function checkInput(input: TakeNumberArgs, now: Date) {
  const v = new InputCheck('input');
  const serviceId = v.text('serviceId', input.serviceId, { max: 80, label: 'Layanan' });
  const today = witaNow(now).date;
  const last = addDays(today, BOOKING_DAYS_AHEAD);
  if (
    v.check(
      typeof input.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.date) && !Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)),
      'date',
      'date must be YYYY-MM-DD',
      'Tanggal harus berformat TTTT-BB-HH',
    )
  ) {
    v.check(
      input.date >= today && input.date <= last,
      'date',
      `date must be between ${today} and ${last} (today and the next ${BOOKING_DAYS_AHEAD} days, WITA)`,
      `Nomor antrean hanya bisa diambil untuk hari ini sampai ${BOOKING_DAYS_AHEAD} hari ke depan (${today} s.d. ${last})`,
    );
  }
  v.check(Object.values(SessionLabel).includes(input.session), 'session', 'session must be PAGI or SIANG', 'Sesi harus PAGI atau SIANG');
  v.check(Object.values(Payer).includes(input.payer), 'payer', 'payer must be JKN or UMUM', 'Jenis pasien harus JKN atau UMUM');
  const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey) ?? null;
  v.done();
  return { serviceId: serviceId!, date: input.date, session: input.session, payer: input.payer, key, today, minute: witaNow(now).minute };
}

const full = () =>
  conflict('This session is full: choose another session or day', 'Kuota antrean sesi ini sudah penuh. Silakan pilih sesi atau hari lain.', { reason: 'FULL' });

/**
 * Takes a queue number. The guarantee (capacity never exceeded, no number given twice) rests on
 * one row lock per session: the transaction locks the session row (`for update`), so bookings
 * and cancellations of one session run one after the other, while other sessions are untouched.
 * Inside it: `update session_quota set taken = taken + 1 ... where taken < capacity` takes a place
 * or finds none (CONFLICT FULL); the number is the lowest one after the number now being served
 * that no live appointment holds (a cancelled number is given again). Two unique indexes back this
 * up in the database: (session, number) among live numbers, and one active number per resident,
 * service and day. A failure rolls the whole transaction back, place included.
 */
export async function takeNumber(ctx: RequestContext, input: TakeNumberArgs, now = new Date()): Promise<TakeOutcome> {
  const citizen = policy.must(ctx.viewer, 'appointment.take');
  const r = checkInput(input, now);
  const conn = ctx.em.getConnection();
  // one statement: an earlier booking with this key, the service, and its session if already made
  const lookup = () =>
    conn.execute<Row[]>(
      `select (select id from health.appointment where idempotency_key = ?) as earlier_id, s.facility_id, s.bookable,
              q.id as session_id, (select sq.taken >= sq.capacity from health.session_quota sq where sq.session_id = q.id and sq.payer = ?) as full
         from health.facility_service s left join health.queue_session q on q.service_id = s.id and q.date = ?::date and q.label = ?
        where s.id = ?`,
      [r.key, r.payer, r.date, r.session, r.serviceId],
    );
  let [service] = await lookup();
  if (service?.earlier_id)
    return { appointment: sameRequest(await ctx.em.findOneOrFail(Appointment, { id: service.earlier_id as string }), citizen.id, r), replayed: true };
  if (!service) throw notFound('Service', 'Layanan');
  if (!service.bookable)
    throw badField('input.serviceId', 'This service takes no online queue numbers', 'Layanan ini tidak melayani antrean daring; silakan datang langsung');
  if (!service.session_id) {
    // the first booking of that day makes its sessions from the opening hours
    await ensureSessions(ctx.em, [r.serviceId], [r.date]);
    [service] = await lookup();
  }
  if (!service.session_id)
    throw badField(
      'input.session',
      'The facility has no such session that day (closed)',
      'Tidak ada sesi layanan ini pada hari dan waktu itu (fasilitas tutup)',
    );
  // fast refusal without the lock when the quota is already full (a place freed meanwhile is found by the next try)
  if (service.full) throw full();
  try {
    const appointment = await ctx.em.transactional(async (em) => {
      // the session lock: bookings and cancellations of this session run one at a time from here
      const [s] = await run(em, `select id, status, closed_reason, now_serving, ends_min from health.queue_session where id = ? for update`, [
        service.session_id,
      ]);
      if (s.status !== 'OPEN')
        throw conflict('The facility closed this session', `Sesi ini ditutup oleh fasilitas: ${s.closed_reason ?? ''}`.trim(), { reason: 'SESSION_CLOSED' });
      if (r.date === r.today && r.minute >= Number(s.ends_min))
        throw conflict('This session is already over', 'Sesi ini sudah berakhir. Silakan pilih sesi atau hari lain.', { reason: 'SESSION_ENDED' });
      // a place (or none: full), the number and the timeline in one statement; it reads after the lock, so it sees every earlier booking
      const [row] = await run(
        em,
        `with place as (
           update health.session_quota set taken = taken + 1 where session_id = ? and payer = ? and taken < capacity returning id
         ), ins as (
           insert into health.appointment (id, booking_code, idempotency_key, citizen_id, facility_id, service_id, session_id, date, number, payer, status, created_at)
           select ?, ?, ?, ?, ?, ?, ?, ?::date,
                  (select min(n) from generate_series(?::int + 1, ?::int + 1 + (select count(*)::int from health.appointment where session_id = ? and status <> 'CANCELLED')) n
                    where not exists (select 1 from health.appointment a where a.session_id = ? and a.number = n and a.status <> 'CANCELLED')),
                  ?, 'BOOKED', now()
             from place
           returning *
         ), ev as (
           insert into health.appointment_event (appointment_id, at, from_status, to_status, actor_kind, actor_id)
           select id, created_at, null, 'BOOKED', 'CITIZEN', ? from ins returning id
         )
         select * from ins`,
        [
          s.id,
          r.payer,
          randomUUID(),
          randomCode(8, 'AN'),
          r.key,
          citizen.id,
          service.facility_id,
          r.serviceId,
          s.id,
          r.date,
          s.now_serving,
          s.now_serving,
          s.id,
          s.id,
          r.payer,
          citizen.id,
        ],
      );
      if (!row) throw full();
      return em.map(Appointment, row);
    });
    ctx.log.info({ appointmentId: appointment.id, serviceId: appointment.serviceId, number: appointment.number }, 'queue number taken');
    return { appointment, replayed: false };
  } catch (err) {
    const violated = uniqueViolation(err);
    if (violated) {
      if (r.key && /idempotency_key/.test(violated)) {
        const winner = await ctx.em.fork().findOne(Appointment, { idempotencyKey: r.key });
        if (winner) return { appointment: sameRequest(winner, citizen.id, r), replayed: true };
      }
      if (/appointment_citizen_service_day_active/.test(violated)) {
        throw conflict(
          'You already hold an active number for this service that day',
          'Anda sudah memiliki nomor antrean aktif untuk layanan ini pada hari itu. Batalkan dulu jika ingin mengganti sesi.',
          { reason: 'ALREADY_BOOKED' },
        );
      }
    }
    throw err;
  }
}

function sameRequest(existing: Appointment, citizenId: string, r: { serviceId: string; date: string; payer: Payer }) {
  if (existing.citizenId !== citizenId || existing.serviceId !== r.serviceId || existing.date !== r.date || existing.payer !== r.payer) {
    throw conflict('This idempotency key was already used for a different request', 'Kunci permintaan ini sudah dipakai untuk permintaan lain', {
      field: 'input.idempotencyKey',
    });
  }
  return existing;
}

/**
 * Cancels a number before it is called (the resident). Under the same session lock as booking:
 * the place returns to its quota and the number becomes free for the next booking.
 */
export async function cancelNumber(ctx: RequestContext, appointmentId: string): Promise<Appointment> {
  const citizen = policy.must(ctx.viewer, 'appointment.take');
  return appointmentStep(ctx, {
    id: appointmentId,
    to: AppointmentStatus.CANCELLED,
    lockFirst: async (tx) => {
      const [a] = await run(tx, `select citizen_id, session_id from health.appointment where id = ?`, [appointmentId]);
      if (!a) throw notFound('Appointment', 'Nomor antrean');
      policy.must(citizen, 'appointment.cancel', { ownerId: String(a.citizen_id) });
      await run(tx, `select id from health.queue_session where id = ? for update`, [a.session_id]);
    },
    actor: () => ({ kind: ActorKind.CITIZEN, id: citizen.id }),
    // the place goes back to its quota, under the session lock
    apply: async (tx, row) => {
      await run(tx, `update health.session_quota set taken = taken - 1 where session_id = ? and payer = ?`, [row.sessionId, row.payer]);
    },
    audit: 'health.appointment.cancel',
  });
}

/**
 * The constraint a unique violation names, or null. Raw SQL inside a transaction surfaces the
 * driver's error (code 23505) rather than MikroORM's exception class, so both are recognised.
 */
export function uniqueViolation(err: unknown): string | null {
  if (err instanceof UniqueConstraintViolationException) return String(err.message);
  const e = err as { code?: string; constraint?: string; message?: string } | null;
  return e && e.code === '23505' ? `${e.constraint ?? ''} ${e.message ?? ''}` : null;
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
