import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { lagTolerantReads, InputCheck, monthSpan, type RequestContext } from '@kendari/kit';
import { Agency, ref } from '../entities/core-refs';

@ObjectType('ServiceStatusMonth', {
  description:
    'How the service-status board stood in one WITA month, from its history of changes: hours each status held, summed over the service points (every hour of the day, not only office hours). Hours before a point’s first recorded change are unknown and not counted; hasData false: no recorded status in the month.',
})
export class ServiceStatusMonth {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Agency, { nullable: true, description: 'Null for every agency.' })
  agency!: Agency | null;

  @Field(() => Boolean, { description: 'False when no service point had a recorded status in the month: "no data yet".' })
  hasData!: boolean;

  @Field(() => Int, { description: 'Service points with a recorded status during the month.' })
  servicePoints!: number;

  @Field(() => Int, { description: 'Status changes recorded in the month.' })
  changes!: number;

  @Field(() => Float, { description: 'Point-hours with a known status (one decimal).' })
  hoursRecorded!: number;

  @Field(() => Float, { description: 'Point-hours AVAILABLE.' })
  hoursAvailable!: number;

  @Field(() => Float, { description: 'Point-hours LIMITED.' })
  hoursLimited!: number;

  @Field(() => Float, { description: 'Point-hours UNAVAILABLE.' })
  hoursUnavailable!: number;

  @Field(() => Float, { nullable: true, description: 'hoursAvailable / hoursRecorded (0-1, three decimals); null without data.' })
  availableShare!: number | null;
}

interface Row {
  month: string;
  points: number;
  changes: number;
  available: number | null;
  limited: number | null;
  unavailable: number | null;
}

const round1 = (x: number | null | undefined) => Math.round(Number(x ?? 0) * 10) / 10;

@Resolver()
export class ServiceStatusTrendResolver {
  @Query(() => [ServiceStatusMonth], {
    description:
      'Public: the service-status board month by month (from/to YYYY-MM, inclusive; default the last 12 months; at most 24): hours each service point was available, limited or unavailable, from the board’s history. For every agency or one (agencyId), or one service point (servicePointId).',
  })
  async serviceStatusTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Arg('servicePointId', () => ID, { nullable: true }) servicePointId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceStatusMonth[]> {
    // an omitted argument arrives as undefined
    agencyId = agencyId ?? null;
    servicePointId = servicePointId ?? null;
    const v = new InputCheck();
    if (agencyId !== null) v.check(agencyId.length > 0 && agencyId.length <= 60, 'agencyId', 'agencyId must be 1-60 characters', 'Instansi tidak dikenal');
    if (servicePointId !== null)
      v.check(
        servicePointId.length > 0 && servicePointId.length <= 120,
        'servicePointId',
        'servicePointId must be 1-120 characters',
        'Titik layanan tidak dikenal',
      );
    v.done();
    const span = monthSpan(from, to);
    // one statement for any number of months: each change holds until the next one of its point (or now);
    // those intervals are clipped to each WITA month of the range and summed per status
    const rows = await lagTolerantReads(ctx.em).execute<Row[]>(
      `with months as (
         select to_char(g, 'YYYY-MM') as month, (g at time zone 'UTC') - interval '8 hours' as ms,
                ((g + interval '1 month') at time zone 'UTC') - interval '8 hours' as me
           from generate_series(?::timestamp, ?::timestamp, interval '1 month') g
       ), ch as (
         select c.service_point_id, c.at, c.to_status, lead(c.at) over (partition by c.service_point_id order by c.at, c.id) as until
           from jari.service_status_change c join jari.service_point p on p.id = c.service_point_id
          where (?::text is null or p.agency_id = ?) and (?::text is null or p.id = ?)
       )
       select m.month,
              count(distinct ch.service_point_id) filter (where ch.at < m.me and coalesce(ch.until, now()) > m.ms and ch.at < now())::int as points,
              count(*) filter (where ch.at >= m.ms and ch.at < m.me)::int as changes,
              sum(extract(epoch from least(coalesce(ch.until, now()), m.me, now()) - greatest(ch.at, m.ms)) / 3600.0)
                filter (where ch.to_status = 'AVAILABLE' and ch.at < least(m.me, now()) and coalesce(ch.until, now()) > m.ms) as available,
              sum(extract(epoch from least(coalesce(ch.until, now()), m.me, now()) - greatest(ch.at, m.ms)) / 3600.0)
                filter (where ch.to_status = 'LIMITED' and ch.at < least(m.me, now()) and coalesce(ch.until, now()) > m.ms) as limited,
              sum(extract(epoch from least(coalesce(ch.until, now()), m.me, now()) - greatest(ch.at, m.ms)) / 3600.0)
                filter (where ch.to_status = 'UNAVAILABLE' and ch.at < least(m.me, now()) and coalesce(ch.until, now()) > m.ms) as unavailable
         from months m left join ch on ch.at < m.me and coalesce(ch.until, now()) > m.ms
        group by m.month`,
      [`${span.months[0]}-01`, `${span.months[span.months.length - 1]}-01`, agencyId, agencyId, servicePointId, servicePointId],
    );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return span.months.map((month) => {
      const r = byMonth.get(month);
      const available = round1(r?.available);
      const limited = round1(r?.limited);
      const unavailable = round1(r?.unavailable);
      const recorded = Math.round((available + limited + unavailable) * 10) / 10;
      return {
        month,
        agency: agencyId ? ref<Agency>(agencyId) : null,
        hasData: recorded > 0,
        servicePoints: r?.points ?? 0,
        changes: r?.changes ?? 0,
        hoursRecorded: recorded,
        hoursAvailable: available,
        hoursLimited: limited,
        hoursUnavailable: unavailable,
        availableShare: recorded > 0 ? Math.round((available / recorded) * 1000) / 1000 : null,
      };
    });
  }
}
