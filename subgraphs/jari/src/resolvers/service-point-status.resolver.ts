import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Connection, InputCheck, notFound, OfficerRole, pagedLoader, PageArgs, pageWindow, type RequestContext, recordAction } from '@kendari/kit';
import { Agency, ref, Service } from '../entities/core-refs';
import { ServiceAvailability, ServicePoint, ServiceStatusActorRole, ServiceStatusChange } from '../entities/service-point.entity';
import { loaders } from '../loaders';
import { policy } from '../policy';

@ObjectType()
export class ServicePointStatusConnection extends Connection(ServicePoint) {}

@ObjectType()
export class ServiceStatusChangeConnection extends Connection(ServiceStatusChange) {}

@InputType()
export class UpdateServiceStatusInput {
  @Field(() => ID)
  servicePointId!: string;

  @Field(() => ServiceAvailability)
  status!: ServiceAvailability;

  @Field(() => String, {
    nullable: true,
    description: 'Required unless AVAILABLE (3-300 characters), e.g. "Blanko KTP-el habis, kiriman dari Kemendagri dijadwalkan Kamis".',
  })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason in English (optional, 3-300 characters); without it English readers see the Indonesian reason.',
  })
  reasonEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'New stock count (0-1 000 000), only for points with a stock counter; omit to keep it.' })
  stockRemaining?: number | null;
}

@Resolver(() => ServicePoint)
export class ServicePointStatusResolver {
  @Query(() => ServicePointStatusConnection, { description: "Today's service-status board: can each office serve? Public." })
  serviceStatusBoard(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('status', () => ServiceAvailability, { nullable: true }) status: ServiceAvailability | null,
    @Arg('kecamatanId', () => ID, { nullable: true, description: 'Offices in one kecamatan (Kemendagri code, e.g. 74.71.04).' }) kecamatanId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServicePointStatusConnection> {
    const window = pageWindow(page);
    const board = pagedLoader(ctx, {
      entity: ServicePoint,
      table: 'jari.service_point',
      orderBy: 't.agency_id asc, t.service_id asc, t.place asc, t.id asc',
      equals: { agency_id: agencyId || null, service_id: serviceId || null, status: status || null, kecamatan_id: kecamatanId || null },
    });
    return board.load(window) as Promise<ServicePointStatusConnection>;
  }

  @Query(() => ServicePoint, { nullable: true })
  servicePointStatus(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).servicePoint.load(id);
  }

  @Mutation(() => ServicePoint, {
    description: "Set today's status of a service point: AGENCY_OFFICER of that agency (or ADMIN). Every change is kept in its history.",
  })
  async updateServiceStatus(@Arg('input', () => UpdateServiceStatusInput) input: UpdateServiceStatusInput, @Ctx() ctx: RequestContext): Promise<ServicePoint> {
    const officer = policy.must(ctx.viewer, 'agencies.work');
    const point = input.servicePointId && input.servicePointId.length <= 120 ? await ctx.em.findOne(ServicePoint, { id: input.servicePointId }) : null;
    if (!point) throw notFound('Service point', 'Titik layanan');
    policy.must(officer, 'service-status.update', { agencyId: point.agencyId });
    const v = new InputCheck('input');
    v.check(Object.values(ServiceAvailability).includes(input.status), 'status', 'status is required', 'Pilih status layanan');
    const reason = v.text('reason', input.reason, { min: 3, max: 300, required: input.status !== ServiceAvailability.AVAILABLE, label: 'Alasan' }) ?? null;
    const reasonEn = reason ? (v.text('reasonEn', input.reasonEn, { min: 3, max: 300, required: false, label: 'Alasan (bahasa Inggris)' }) ?? null) : null;
    if (input.stockRemaining !== null && input.stockRemaining !== undefined) {
      if (
        v.check(
          point.stockLabel !== null && point.stockLabel !== undefined,
          'stockRemaining',
          'this service point has no stock counter',
          'Layanan ini tidak memiliki hitungan stok',
        )
      ) {
        v.check(
          Number.isInteger(input.stockRemaining) && input.stockRemaining >= 0 && input.stockRemaining <= 1_000_000,
          'stockRemaining',
          'stockRemaining must be between 0 and 1000000',
          'Sisa stok harus antara 0 dan 1.000.000',
        );
      }
    }
    v.done();
    return ctx.em.transactional(async (em: EntityManager) => {
      const p = await em.findOneOrFail(ServicePoint, { id: point.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const now = new Date();
      const stockBefore = p.stockRemaining ?? null;
      em.create(ServiceStatusChange, {
        id: randomUUID(),
        servicePointId: p.id,
        at: now,
        actorRole: officer.role === OfficerRole.ADMIN ? ServiceStatusActorRole.ADMIN : ServiceStatusActorRole.AGENCY_OFFICER,
        actorOfficerId: officer.id,
        fromStatus: p.status,
        toStatus: input.status,
        reason,
        stockBefore,
        stockAfter: input.stockRemaining ?? stockBefore,
      });
      p.status = input.status;
      p.reason = reason;
      p.reasonEn = reasonEn; // never an English text of an earlier reason
      if (input.stockRemaining !== null && input.stockRemaining !== undefined) p.stockRemaining = input.stockRemaining;
      p.lastUpdatedAt = now;
      await recordAction(em, ctx, { action: 'jari.service-point.update-status', itemType: 'ServicePoint', itemId: p.id });
      return p;
    });
  }

  // core's entities are nullable here: an outage of core leaves the status board standing
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() p: ServicePoint) {
    return ref<Agency>(p.agencyId);
  }

  @FieldResolver(() => Service, { nullable: true })
  service(@Root() p: ServicePoint) {
    return ref<Service>(p.serviceId);
  }

  @FieldResolver(() => ServiceStatusChangeConnection, { description: 'Changes, newest first.' })
  history(@Root() p: ServicePoint, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return loaders(ctx).historyOfPoint.load({ parent: p.id, ...pageWindow(page) });
  }
}
