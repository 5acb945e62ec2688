import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { lagTolerantReads, monthSpan, witaMonthSql, type RequestContext } from '@kendari/kit';
import { toPermitType } from './mapping';
import { allTypes } from '../queries';
import { PermitTypeType } from './types';

@ObjectType('PermitMonth', {
  description: 'DPMPTSP applications of one WITA month, for every permit type together or one type. hasData false: nothing submitted or decided that month.',
})
export class PermitMonth {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => PermitTypeType, { nullable: true, description: 'Null for every permit type together.' })
  permitType!: PermitTypeType | null;

  @Field(() => Boolean, { description: 'False when no application was submitted or decided in the month: "no data yet", not zero.' })
  hasData!: boolean;

  @Field(() => Int, { description: 'Applications first submitted in the month.' })
  applications!: number;

  @Field(() => Int, { description: 'Applications decided (approved or rejected) in the month.' })
  decided!: number;

  @Field(() => Int, { description: 'Of those, decided by their decision due date (the type’s time limit in working days).' })
  decidedWithinLimit!: number;

  @Field(() => Float, { nullable: true, description: 'decidedWithinLimit / decided (0-1, three decimals); null when none was decided.' })
  decidedWithinLimitShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from first submission to decision of those decided in the month; null when none.' })
  medianProcessingDays!: number | null;
}

interface Row {
  permit_type_id: string;
  month: string;
  applications: number;
  decided: number;
  within: number;
  median_days: number | null;
}

@Resolver()
export class PermitTrendResolver {
  @Query(() => [PermitMonth], {
    description:
      'Public: applications, decisions and decisions within the time limit per WITA month (from/to YYYY-MM, inclusive; default the last 12 months; at most 24), for all types or, with byPermitType, per type. Months without applications included with hasData false.',
  })
  async permitTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Arg('byPermitType', () => Boolean, { defaultValue: false, description: 'One row per permit type and month instead of one per month.' })
    byPermitType: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<PermitMonth[]> {
    const span = monthSpan(from, to);
    // one statement for any number of months: first submissions and decisions as events, grouped per (type, month) and per month
    const [types, rows] = await Promise.all([
      byPermitType ? allTypes(ctx) : Promise.resolve([]),
      lagTolerantReads(ctx.em).execute<Row[]>(
        `with ev as (
           select permit_type_id, ${witaMonthSql('first_submitted_at')} as month, 1 as applications, 0 as decided, null::int as within, null::float8 as days
             from "permits"."permit_application" where first_submitted_at >= ? and first_submitted_at < ?
           union all
           select permit_type_id, ${witaMonthSql('decided_at')}, 0, 1, case when decided_at <= decision_due_at then 1 else 0 end,
                  extract(epoch from decided_at - first_submitted_at) / 86400.0
             from "permits"."permit_application" where decided_at >= ? and decided_at < ?
         )
         select coalesce(permit_type_id, '*') as permit_type_id, month, sum(applications)::int as applications, sum(decided)::int as decided,
                coalesce(sum(within), 0)::int as within, percentile_cont(0.5) within group (order by days) as median_days
           from ev group by grouping sets ((permit_type_id, month), (month))`,
        [span.from, span.to, span.from, span.to],
      ),
    ]);
    const byKey = new Map(rows.map((r) => [`${r.permit_type_id}|${r.month}`, r]));
    const kinds = byPermitType ? types.map((t) => ({ id: t.id, type: toPermitType(t) })) : [{ id: '*', type: null }];
    return span.months.flatMap((month) =>
      kinds.map(({ id, type }) => {
        const r = byKey.get(`${id}|${month}`);
        const decided = r?.decided ?? 0;
        return {
          month,
          permitType: type,
          hasData: !!r && r.applications + r.decided > 0,
          applications: r?.applications ?? 0,
          decided,
          decidedWithinLimit: r?.within ?? 0,
          decidedWithinLimitShare: decided ? Math.round((r!.within / decided) * 1000) / 1000 : null,
          medianProcessingDays: r?.median_days == null ? null : Math.round(Number(r.median_days) * 10) / 10,
        };
      }),
    );
  }
}
