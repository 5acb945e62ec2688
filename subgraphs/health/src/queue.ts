import type { RequestContext } from '@kendari/kit';
import { Appointment, AppointmentStatus, QueueSession } from './entities/queue.entity';
import { ensureSessions } from './sessions';
import { witaInstant, witaNow } from './hours';

/** Per-request loaders of the queue (sessions of a facility's day, waiting numbers, numbers of a session). */
export const queueLoaders = (ctx: RequestContext) => ({
  /** Sessions of `facilityId|date`, made from the opening hours when missing: four statements per batch. */
  sessionsOfFacilityDay: ctx.loaders.get<string, QueueSession[]>('sessionsOfFacilityDay', async (keys) => {
    const pairs = keys.map((k) => k.split('|') as [string, string]);
    const facilityIds = [...new Set(pairs.map(([f]) => f))];
    const dates = [...new Set(pairs.map(([, d]) => d))];
    const services = await ctx.em
      .getConnection()
      .execute<Array<{ id: string }>>(`select id from health.facility_service where facility_id in (?) and bookable`, [facilityIds]);
    await ensureSessions(
      ctx.em,
      services.map((s) => s.id),
      dates,
    );
    const rows = await ctx.em.find(
      QueueSession,
      { facilityId: { $in: facilityIds }, date: { $in: dates } },
      { orderBy: { serviceId: 'asc', startsMin: 'asc' } },
    );
    return keys.map((k) => rows.filter((r) => `${r.facilityId}|${r.date}` === k));
  }),
  /** Numbers still waiting (BOOKED) per session, in order. */
  waitingOfSession: ctx.loaders.get<string, number[]>('waitingOfSession', async (keys) => {
    const rows = await ctx.em
      .getConnection()
      .execute<Array<{ session_id: string; numbers: number[] }>>(
        `select session_id, array_agg(number order by number) as numbers from health.appointment where session_id in (?) and status = 'BOOKED' group by session_id`,
        [[...keys]],
      );
    const by = new Map(rows.map((r) => [r.session_id, r.numbers.map(Number)]));
    return keys.map((k) => by.get(k) ?? []);
  }),
  /** Every number of a session, in order (staff view). */
  appointmentsOfSession: ctx.loaders.get<string, Appointment[]>('appointmentsOfSession', async (keys) => {
    const rows = await ctx.em.find(Appointment, { sessionId: { $in: [...keys] } }, { orderBy: { number: 'asc', createdAt: 'asc' } });
    return keys.map((k) => rows.filter((r) => r.sessionId === k));
  }),
});

export const sessionStart = (s: QueueSession) => witaInstant(s.date, s.startsMin);
export const sessionEnd = (s: QueueSession) => witaInstant(s.date, s.endsMin);
export const sessionOver = (s: QueueSession, now = new Date()) => {
  const t = witaNow(now);
  return s.date < t.date || (s.date === t.date && t.minute >= s.endsMin);
};

/** When a waiting number should be served: from the session's start (or now, once it runs), one slot per number ahead. */
export function estimateAt(s: QueueSession, ahead: number, minutesPerPatient: number, now = new Date()): Date {
  const from = Math.max(sessionStart(s).getTime(), now.getTime());
  return new Date(from + ahead * minutesPerPatient * 60_000);
}

export const isWaiting = (a: Appointment) => a.status === AppointmentStatus.BOOKED;
