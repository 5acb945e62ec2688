import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { lagTolerantReads, monthSpan, type RequestContext } from '@kendari/kit';

@ObjectType('HealthQueueMonth', {
  description:
    'The online queue of every facility in one WITA month (by the day of the session). No personal data. hasData false: no number taken and no session closed.',
})
export class HealthQueueMonth {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Boolean, { description: 'False when no number was taken and no session closed in the month: "no data yet", not zero.' })
  hasData!: boolean;

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
}

interface Row {
  month: string;
  taken: number;
  served: number;
  no_show: number;
  by_resident: number;
  by_facility: number;
  closed: number;
}

@Resolver()
export class HealthQueueTrendResolver {
  @Query(() => [HealthQueueMonth], {
    description:
      'Public: online queue figures per WITA month (from/to YYYY-MM, inclusive; default the last 12 months; at most 24). One row per month, months without numbers included with hasData false.',
  })
  async healthQueueTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<HealthQueueMonth[]> {
    const span = monthSpan(from, to);
    // one statement for any number of months: appointments and closed sessions as events of their (WITA) day's month
    const rows = await lagTolerantReads(ctx.em).execute<Row[]>(
      `with ev as (
         select to_char(a.date, 'YYYY-MM') as month, 1 as taken, (a.status = 'SERVED')::int as served, (a.status = 'NO_SHOW')::int as no_show,
                (e.actor_kind = 'CITIZEN')::int as by_resident, (e.actor_kind = 'STAFF')::int as by_facility, 0 as closed
           from health.appointment a
           left join lateral (select actor_kind from health.appointment_event ev where ev.appointment_id = a.id and ev.to_status = 'CANCELLED' limit 1) e
             on a.status = 'CANCELLED'
          where a.date >= ?::date and a.date < ?::date
         union all
         select to_char(s.date, 'YYYY-MM'), 0, 0, 0, 0, 0, 1 from health.queue_session s where s.status = 'CLOSED' and s.date >= ?::date and s.date < ?::date
       )
       select month, sum(taken)::int as taken, sum(served)::int as served, sum(no_show)::int as no_show,
              coalesce(sum(by_resident), 0)::int as by_resident, coalesce(sum(by_facility), 0)::int as by_facility, sum(closed)::int as closed
         from ev group by month`,
      [span.fromDate, span.toDate, span.fromDate, span.toDate],
    );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return span.months.map((month) => {
      const r = byMonth.get(month);
      return {
        month,
        hasData: !!r && r.taken + r.closed > 0,
        numbersTaken: r?.taken ?? 0,
        served: r?.served ?? 0,
        noShow: r?.no_show ?? 0,
        cancelledByResident: r?.by_resident ?? 0,
        cancelledByFacility: r?.by_facility ?? 0,
        sessionsClosed: r?.closed ?? 0,
      };
    });
  }
}
