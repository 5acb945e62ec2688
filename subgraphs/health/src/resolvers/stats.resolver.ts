import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { lagTolerantReads, InputCheck, witaMonthRange, type RequestContext } from '@kendari/kit';
import { HealthFacility } from '../entities/facility.entity';
import { loaders } from '../loaders';

@ObjectType({ description: 'How many numbers a facility gave in a month.' })
export class FacilityQueueCount {
  facilityId!: string;

  @Field(() => Int)
  numbersTaken!: number;
}

@Resolver(() => FacilityQueueCount)
export class FacilityQueueCountResolver {
  @FieldResolver(() => HealthFacility)
  facility(@Root() c: FacilityQueueCount, @Ctx() ctx: RequestContext) {
    return loaders(ctx).facility.load(c.facilityId);
  }
}

@ObjectType({ description: 'Public figures of the online queue for one month (WITA). No personal data.' })
export class HealthQueueStats {
  @Field(() => String)
  month!: string;

  @Field(() => Int, { description: 'Numbers taken for sessions in the month.' })
  numbersTaken!: number;

  @Field(() => Int)
  served!: number;

  @Field(() => Int)
  noShow!: number;

  @Field(() => Int, { description: 'Cancelled by the resident.' })
  cancelledByResident!: number;

  @Field(() => Int, { description: 'Cancelled because the facility closed the session.' })
  cancelledByFacility!: number;

  @Field(() => Int, { description: 'Sessions the facilities closed (with a reason).' })
  sessionsClosed!: number;

  @Field(() => [FacilityQueueCount], { description: 'The five facilities that gave the most numbers.' })
  busiest!: FacilityQueueCount[];
}

@Resolver(() => HealthQueueStats)
export class HealthQueueStatsResolver {
  @Query(() => HealthQueueStats, { description: 'Online queue figures of a month (YYYY-MM, WITA). Public.' })
  async healthQueueStats(@Arg('month', () => String) month: string, @Ctx() ctx: RequestContext): Promise<HealthQueueStats> {
    const v = new InputCheck();
    v.check(/^\d{4}-(0[1-9]|1[0-2])$/.test(month ?? ''), 'month', 'month must be YYYY-MM', 'Bulan harus berformat TTTT-BB');
    v.done();
    const { from, to } = witaMonthRange(month);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const [row] = await lagTolerantReads(ctx.em).execute(
      `select count(*)::int as taken,
              (count(*) filter (where a.status = 'SERVED'))::int as served,
              (count(*) filter (where a.status = 'NO_SHOW'))::int as no_show,
              (count(*) filter (where a.status = 'CANCELLED' and e.actor_kind = 'CITIZEN'))::int as by_resident,
              (count(*) filter (where a.status = 'CANCELLED' and e.actor_kind = 'STAFF'))::int as by_facility,
              (select count(*) from health.queue_session s where s.status = 'CLOSED' and s.date >= ?::date and s.date < ?::date)::int as closed,
              (select coalesce(json_agg(b), '[]') from (select facility_id, count(*)::int as n from health.appointment where date >= ?::date and date < ?::date group by facility_id order by n desc, facility_id limit 5) b) as busiest
         from health.appointment a
         left join lateral (select actor_kind from health.appointment_event ev where ev.appointment_id = a.id and ev.to_status = 'CANCELLED' limit 1) e on a.status = 'CANCELLED'
        where a.date >= ?::date and a.date < ?::date`,
      [day(from), day(to), day(from), day(to), day(from), day(to)],
    );
    const busiest = (typeof row.busiest === 'string' ? JSON.parse(row.busiest) : row.busiest) as Array<{ facility_id: string; n: number }>;
    return {
      month,
      numbersTaken: row.taken,
      served: row.served,
      noShow: row.no_show,
      cancelledByResident: row.by_resident,
      cancelledByFacility: row.by_facility,
      sessionsClosed: row.closed,
      busiest: busiest.map((b) => ({ facilityId: b.facility_id, numbersTaken: b.n })),
    };
  }
}
