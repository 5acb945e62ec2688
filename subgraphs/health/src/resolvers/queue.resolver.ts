import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { auditRead, InputCheck, type RequestContext } from '@kendari/kit';
import { FacilityService, HealthFacility } from '../entities/facility.entity';
import { Appointment, Payer, QueueSession, SessionQuota, SessionStatus } from '../entities/queue.entity';
import { policy } from '../policy';
import { loaders } from '../loaders';
import { addDays, witaNow } from '../hours';
import { estimateAt, queueLoaders, sessionEnd, sessionOver, sessionStart } from '../queue';
import { BOOKING_DAYS_AHEAD } from '../booking';
import { appointmentRead } from '../appointments';

@ObjectType({ description: 'The queue of one service on one day: what a resident needs before leaving home. Public (numbers only).' })
export class ServiceQueueStatus {
  serviceId!: string;
  facilityId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD (WITA).' })
  date!: string;

  @Field(() => [QueueSession], { description: 'Morning and afternoon sessions (none on a closed day).' })
  sessions!: QueueSession[];

  @Field(() => Int, { description: 'The number called last today (0 before the first call).' })
  nowServing!: number;

  @Field(() => Int, { description: 'Numbers still waiting to be called.' })
  remaining!: number;

  @Field(() => Int, { description: 'Minutes per patient × numbers waiting.' })
  estimatedWaitMinutes!: number;

  @Field(() => Int, { description: 'Places still free in sessions that have not ended.' })
  placesLeft!: number;

  @Field(() => Boolean, { description: 'Whether a number can still be taken for this day.' })
  numbersAvailable!: boolean;
}

const checkDate = (date: string | null | undefined, field = 'date'): string => {
  const today = witaNow().date;
  if (date === null || date === undefined) return today;
  const v = new InputCheck();
  v.check(
    /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= addDays(today, -30) && date <= addDays(today, BOOKING_DAYS_AHEAD),
    field,
    `${field} must be YYYY-MM-DD, from 30 days ago to ${BOOKING_DAYS_AHEAD} days ahead`,
    `Tanggal harus TTTT-BB-HH, paling lama 30 hari lalu sampai ${BOOKING_DAYS_AHEAD} hari ke depan`,
  );
  v.done();
  return date;
};

/** The queue of every bookable service of a facility on a date (sessions made from the hours when missing). */
export async function queueOf(ctx: RequestContext, facility: HealthFacility, date: string): Promise<ServiceQueueStatus[]> {
  const [services, sessions] = await Promise.all([
    loaders(ctx).servicesOfFacility.load(facility.id),
    queueLoaders(ctx).sessionsOfFacilityDay.load(`${facility.id}|${date}`),
  ]);
  const quotas = await Promise.all(sessions.map((s) => loaders(ctx).quotasOfSession.load(s.id)));
  const waiting = await Promise.all(sessions.map((s) => queueLoaders(ctx).waitingOfSession.load(s.id)));
  return services
    .filter((sv) => sv.bookable)
    .map((sv) => {
      const idx = sessions.map((s, i) => (s.serviceId === sv.id ? i : -1)).filter((i) => i >= 0);
      const own = idx.map((i) => sessions[i]);
      const remaining = idx.reduce((n, i) => n + waiting[i].length, 0);
      const placesLeft = idx
        .filter((i) => sessions[i].status === SessionStatus.OPEN && !sessionOver(sessions[i]))
        .reduce((n, i) => n + quotas[i].reduce((m, q) => m + (q.capacity - q.taken), 0), 0);
      const called = own.filter((s) => s.nowServing > 0);
      return {
        serviceId: sv.id,
        facilityId: facility.id,
        date,
        sessions: own,
        nowServing: called.length ? called[called.length - 1].nowServing : 0,
        remaining,
        estimatedWaitMinutes: remaining * sv.minutesPerPatient,
        placesLeft,
        numbersAvailable: placesLeft > 0,
      };
    });
}

@Resolver(() => ServiceQueueStatus)
export class ServiceQueueStatusResolver {
  @FieldResolver(() => FacilityService)
  service(@Root() q: ServiceQueueStatus, @Ctx() ctx: RequestContext) {
    return loaders(ctx).service.load(q.serviceId);
  }

  @FieldResolver(() => HealthFacility)
  facility(@Root() q: ServiceQueueStatus, @Ctx() ctx: RequestContext) {
    return loaders(ctx).facility.load(q.facilityId);
  }

  @Query(() => ServiceQueueStatus, {
    nullable: true,
    description: 'The queue of one service on a day (default today, WITA): for the waiting-room display. Public.',
  })
  async healthQueue(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('date', () => String, { nullable: true }) date: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const day = checkDate(date);
    const service = serviceId.length <= 80 ? await loaders(ctx).service.load(serviceId) : null;
    if (!service || !service.bookable) return null;
    const facility = await loaders(ctx).facility.load(service.facilityId);
    return (await queueOf(ctx, facility!, day)).find((q) => q.serviceId === serviceId) ?? null;
  }
}

@Resolver(() => HealthFacility)
export class FacilityQueueResolver {
  @FieldResolver(() => [ServiceQueueStatus], { description: 'The queue of each bookable service on a day (default today, WITA). Public: numbers only.' })
  queue(@Root() f: HealthFacility, @Arg('date', () => String, { nullable: true }) date: string | null, @Ctx() ctx: RequestContext) {
    return queueOf(ctx, f, checkDate(date));
  }
}

@Resolver(() => QueueSession)
export class QueueSessionResolver {
  @FieldResolver(() => Date)
  startsAt(@Root() s: QueueSession) {
    return sessionStart(s);
  }

  @FieldResolver(() => Date)
  endsAt(@Root() s: QueueSession) {
    return sessionEnd(s);
  }

  @FieldResolver(() => Boolean, { description: 'The session has ended (no more bookings).' })
  over(@Root() s: QueueSession) {
    return sessionOver(s);
  }

  @FieldResolver(() => [SessionQuota], { description: 'Places per payer group (JKN, UMUM).' })
  quotas(@Root() s: QueueSession, @Ctx() ctx: RequestContext) {
    return loaders(ctx).quotasOfSession.load(s.id);
  }

  @FieldResolver(() => Int, { description: 'Places left over every payer group.' })
  async placesLeft(@Root() s: QueueSession, @Ctx() ctx: RequestContext) {
    if (s.status !== SessionStatus.OPEN || sessionOver(s)) return 0;
    const q = await loaders(ctx).quotasOfSession.load(s.id);
    return q.reduce((n, x) => n + x.capacity - x.taken, 0);
  }

  @FieldResolver(() => Int, { description: 'Numbers waiting to be called.' })
  async waiting(@Root() s: QueueSession, @Ctx() ctx: RequestContext) {
    return (await queueLoaders(ctx).waitingOfSession.load(s.id)).length;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The next number to be called (null when none waits).' })
  async nextNumber(@Root() s: QueueSession, @Ctx() ctx: RequestContext) {
    return (await queueLoaders(ctx).waitingOfSession.load(s.id))[0] ?? null;
  }

  @FieldResolver(() => [Appointment], { description: "Every number of the session (its facility's staff, Dinkes and ADMIN only)." })
  async appointments(@Root() s: QueueSession, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'facility.day', { facilityId: s.facilityId });
    const list = await queueLoaders(ctx).appointmentsOfSession.load(s.id);
    // the day's list names every visit: each number is in the audit log (one insert for the whole list)
    await Promise.all(list.map((a) => auditRead(ctx, appointmentRead(a))));
    return list;
  }
}

export { Payer, estimateAt };
