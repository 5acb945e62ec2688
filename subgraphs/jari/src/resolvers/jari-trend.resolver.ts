import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { lagTolerantReads, InputCheck, monthSpan, witaMonthSql, type RequestContext } from '@kendari/kit';
import { Agency, ref } from '../entities/core-refs';
import { JariCategory, JariStatus } from '../entities/jari-report.entity';
import { JariCategoryCount } from '../stats';

@ObjectType('JariMonth', {
  description: 'JARI reports received in one WITA month, for the whole city or one agency: counts only. hasData false: no report received that month.',
})
export class JariMonth {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Agency, { nullable: true, description: 'Null for the whole city.' })
  agency!: Agency | null;

  @Field(() => Boolean, { description: 'False when no report was received in the month: "no data yet", not zero.' })
  hasData!: boolean;

  @Field(() => Int)
  received!: number;

  @Field(() => Int, { description: 'Of those, still RECEIVED, VERIFIED or INVESTIGATING.' })
  open!: number;

  @Field(() => Int)
  concluded!: number;

  @Field(() => Int, { description: 'Out of scope.' })
  rejected!: number;

  @Field(() => Int, { description: 'Not followed up within 5 working days (late, or still waiting past the due date).' })
  followUpOverdue!: number;

  @Field(() => [JariCategoryCount], { description: 'Every category, zeros included.' })
  byCategory!: JariCategoryCount[];

  @Field(() => Float, { nullable: true, description: 'Median days from receipt to conclusion of the concluded reports (one decimal); null when none.' })
  medianDaysToConclusion!: number | null;
}

interface Row {
  month: string;
  category: JariCategory | null;
  status: JariStatus | null;
  n: number;
  overdue: number;
  median: number | null;
}

const OPEN = new Set<string>([JariStatus.RECEIVED, JariStatus.VERIFIED, JariStatus.INVESTIGATING]);

@Resolver()
export class JariTrendResolver {
  @Query(() => [JariMonth], {
    description:
      'Public: JARI reports per WITA month of receipt (from/to YYYY-MM, inclusive; default the last 12 months; at most 24), for the city or one agency. One row per month, months without reports included with hasData false. No login needed.',
  })
  async jariTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<JariMonth[]> {
    agencyId = agencyId ?? null; // an omitted argument arrives as undefined
    if (agencyId !== null) {
      const v = new InputCheck();
      v.check(agencyId.length > 0 && agencyId.length <= 60, 'agencyId', 'agencyId must be 1-60 characters', 'Instansi tidak dikenal');
      v.done();
    }
    const span = monthSpan(from, to);
    // one statement for any number of months: counts per (month, category, status), the median per month
    const rows = await lagTolerantReads(ctx.em).execute<Row[]>(
      `select ${witaMonthSql('received_at')} as month, category, status, count(*)::int as n,
              count(*) filter (where coalesce(followed_up_at, now()) > follow_up_due_at)::int as overdue,
              percentile_cont(0.5) within group (order by case when status = 'CONCLUDED' then extract(epoch from concluded_at - received_at) / 86400.0 end) as median
         from jari.jari_report
        where received_at >= ? and received_at < ? and (?::text is null or agency_id = ?)
        group by grouping sets ((${witaMonthSql('received_at')}, category, status), (${witaMonthSql('received_at')}))`,
      [span.from, span.to, agencyId, agencyId],
    );
    return span.months.map((month) => {
      const mine = rows.filter((r) => r.month === month && r.category !== null);
      const sum = (pred: (r: Row) => boolean) => mine.filter(pred).reduce((s, r) => s + r.n, 0);
      const median = rows.find((r) => r.month === month && r.category === null)?.median;
      const received = sum(() => true);
      return {
        month,
        agency: agencyId ? ref<Agency>(agencyId) : null,
        hasData: received > 0,
        received,
        open: sum((r) => OPEN.has(r.status!)),
        concluded: sum((r) => r.status === JariStatus.CONCLUDED),
        rejected: sum((r) => r.status === JariStatus.REJECTED),
        followUpOverdue: mine.reduce((s, r) => s + r.overdue, 0),
        byCategory: Object.values(JariCategory).map((category) => ({ category, count: sum((r) => r.category === category) })),
        medianDaysToConclusion: median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10,
      };
    });
  }
}
