import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { audited, Connection, PageArgs, pageWindow, signedIn, type RequestContext } from '@kendari/kit';
import { FacilityService, HealthFacility } from '../entities/facility.entity';
import { Appointment, AppointmentEvent, AppointmentStatus, Payer, QueueSession, SessionLabel } from '../entities/queue.entity';
import { Citizen, Kelurahan } from '../entities/core.stubs';
import { policy } from '../policy';
import { appointmentRead } from '../appointments';
import { loaders } from '../loaders';
import { cancelNumber, isUuid, takeNumber } from '../booking';
import { callNext, closeSession, finishNumber, setCapacity } from '../staff';
import { estimateAt, queueLoaders } from '../queue';

@ObjectType()
export class AppointmentConnection extends Connection(Appointment) {}

@InputType({ description: 'Take a queue number for a service, a day (today to 7 days ahead, WITA) and a session.' })
export class TakeQueueNumberInput {
  @Field(() => ID, { description: 'FacilityService id, e.g. puskesmas-kandai.POLI_UMUM.' })
  serviceId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD (WITA).' })
  date!: string;

  @Field(() => SessionLabel)
  session!: SessionLabel;

  @Field(() => Payer)
  payer!: Payer;

  @Field(() => String, { nullable: true, description: 'Chosen by the app per booking (8-100 characters): the same key again returns the same number.' })
  idempotencyKey?: string | null;
}

@ObjectType()
export class TakeQueueNumberPayload {
  @Field(() => Appointment)
  appointment!: Appointment;

  @Field(() => Boolean, { description: 'True when an earlier call with the same idempotency key took this number.' })
  replayed!: boolean;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  messageId!: string;
}

@InputType()
export class SetQueueCapacityInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Payer)
  payer!: Payer;

  @Field(() => Int)
  capacity!: number;
}

@InputType()
export class CloseQueueSessionInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => String, { description: 'Why (5-300 characters); every resident holding a number sees it.' })
  reason!: string;
}

@ObjectType()
export class CloseQueueSessionPayload {
  @Field(() => QueueSession)
  session!: QueueSession;

  @Field(() => Int, { description: 'Numbers cancelled (their holders see the reason in their timeline).' })
  cancelledCount!: number;
}

const witaTime = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Mutation(() => TakeQueueNumberPayload, {
    description:
      'Take a queue number (logged-in residents). CONFLICT with extensions.reason FULL, ALREADY_BOOKED, SESSION_CLOSED or SESSION_ENDED when it cannot be given.',
  })
  async takeQueueNumber(@Arg('input', () => TakeQueueNumberInput) input: TakeQueueNumberInput, @Ctx() ctx: RequestContext): Promise<TakeQueueNumberPayload> {
    const { appointment, replayed } = await takeNumber(ctx, input);
    const [service, session] = await Promise.all([loaders(ctx).service.load(appointment.serviceId), loaders(ctx).session.load(appointment.sessionId)]);
    const ahead = (await queueLoaders(ctx).waitingOfSession.load(appointment.sessionId)).filter((n) => n < appointment.number).length;
    const at = witaTime(estimateAt(session!, ahead, service!.minutesPerPatient));
    return {
      appointment,
      replayed,
      message: `Number ${appointment.number} for ${service!.name} on ${appointment.date}, expected around ${at} WITA. Booking code ${appointment.bookingCode}.`,
      messageId: `Nomor antrean ${appointment.number} untuk ${service!.name} tanggal ${appointment.date}, perkiraan dilayani sekitar pukul ${at} WITA. Kode booking ${appointment.bookingCode}.`,
    };
  }

  @Mutation(() => Appointment, { description: 'Cancel your number before it is called; the place goes back to the quota.' })
  cancelQueueNumber(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    if (!isUuid(id)) policy.must(ctx.viewer, 'appointment.cancel', null); // no such number: refused as not yours
    return cancelNumber(ctx, id);
  }

  @Mutation(() => QueueSession, { description: 'Facility staff: set the places of a payer group in a session (never below those taken).' })
  setQueueCapacity(@Arg('input', () => SetQueueCapacityInput) input: SetQueueCapacityInput, @Ctx() ctx: RequestContext) {
    return setCapacity(ctx, input);
  }

  @Mutation(() => CloseQueueSessionPayload, {
    description: 'Facility staff: close a session with a reason; waiting numbers are cancelled and their holders told why.',
  })
  async closeQueueSession(
    @Arg('input', () => CloseQueueSessionInput) input: CloseQueueSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CloseQueueSessionPayload> {
    const r = await closeSession(ctx, input);
    return { session: r.session, cancelledCount: r.cancelled };
  }

  @Mutation(() => Appointment, { nullable: true, description: 'Facility staff: call the next waiting number of a session (null when none waits).' })
  callNextQueueNumber(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext) {
    return callNext(ctx, sessionId);
  }

  @Mutation(() => Appointment, { description: 'Facility staff: the called patient was served.' })
  markQueueNumberServed(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return finishNumber(ctx, id, AppointmentStatus.SERVED);
  }

  @Mutation(() => Appointment, { description: 'Facility staff: the called patient did not come.' })
  markQueueNumberNoShow(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return finishNumber(ctx, id, AppointmentStatus.NO_SHOW);
  }

  @Query(() => Appointment, { nullable: true, description: 'One queue number: its holder, or staff of its facility.' })
  async appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    signedIn(ctx.viewer);
    if (!isUuid(id)) return null;
    const a = await loaders(ctx).appointment.load(id);
    if (!a) return null;
    policy.must(ctx.viewer, 'appointment.read', { ownerId: a.citizenId, facilityId: a.facilityId });
    return audited(ctx, appointmentRead(a), a);
  }

  @FieldResolver(() => String, { description: 'Show it at the counter, e.g. AN-7KQ9-MX4T.' })
  bookingCode(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    return audited(ctx, appointmentRead(a), a.bookingCode);
  }

  @FieldResolver(() => HealthFacility)
  facility(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    return loaders(ctx).facility.load(a.facilityId);
  }

  @FieldResolver(() => FacilityService)
  service(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    return loaders(ctx).service.load(a.serviceId);
  }

  @FieldResolver(() => QueueSession)
  session(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    return loaders(ctx).session.load(a.sessionId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Waiting numbers before this one (null once called or closed).' })
  async numbersAhead(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    if (a.status !== AppointmentStatus.BOOKED) return null;
    return (await queueLoaders(ctx).waitingOfSession.load(a.sessionId)).filter((n) => n < a.number).length;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When it should be this number's turn (null once called or closed)." })
  async estimatedServiceAt(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    if (a.status !== AppointmentStatus.BOOKED) return null;
    const [session, service, waiting] = await Promise.all([
      loaders(ctx).session.load(a.sessionId),
      loaders(ctx).service.load(a.serviceId),
      queueLoaders(ctx).waitingOfSession.load(a.sessionId),
    ]);
    return estimateAt(session!, waiting.filter((n) => n < a.number).length, service!.minutesPerPatient);
  }

  @FieldResolver(() => [AppointmentEvent], { description: 'Every step, oldest first (who, when, from, to, why).' })
  timeline(@Root() a: Appointment, @Ctx() ctx: RequestContext) {
    return audited(ctx, appointmentRead(a), loaders(ctx).eventsOfAppointment.load(a.id));
  }
}

@Resolver(() => Citizen)
export class CitizenAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, { nullable: true, description: "The resident's queue numbers, newest first (the resident themself only)." })
  appointments(@Root() c: Citizen, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'citizen.appointments', { ownerId: c.id });
    return loaders(ctx).appointmentsOfCitizen.load({ parent: c.id, ...pageWindow(page) }) as Promise<AppointmentConnection>;
  }
}

@Resolver(() => Kelurahan)
export class KelurahanHealthFacilitiesResolver {
  @FieldResolver(() => [HealthFacility], { nullable: true, description: 'Health facilities in this kelurahan (a handful at most), by name.' })
  healthFacilities(@Root() k: Kelurahan, @Ctx() ctx: RequestContext) {
    return loaders(ctx).facilitiesOfKelurahan.load(k.id);
  }
}
