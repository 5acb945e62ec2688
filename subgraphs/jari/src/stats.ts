import { Field, Float, Int, ObjectType } from 'type-graphql';
import { lagTolerantReads, InputCheck, witaMonthRange, type RequestContext } from '@kendari/kit';
import { Agency, ref } from './entities/core-refs';
import { JariCategory, JariOutcome, JariStatus } from './entities/jari-report.entity';

// The public statistics: their GraphQL types and the batched query, shared by the city's and each agency's resolver

@ObjectType()
export class JariCategoryCount {
  @Field(() => JariCategory)
  category!: JariCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class JariOutcomeCount {
  @Field(() => JariOutcome)
  outcome!: JariOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Public statistics of reports received in one WITA month: counts only, never text that could identify a reporter.' })
export class JariStats {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Agency, { nullable: true, description: 'Null for the whole city.' })
  agency!: Agency | null;

  @Field(() => Int)
  received!: number;

  @Field(() => Int, { description: 'Still RECEIVED, VERIFIED or INVESTIGATING.' })
  open!: number;

  @Field(() => Int)
  concluded!: number;

  @Field(() => Int, { description: 'Out of scope.' })
  rejected!: number;

  @Field(() => Int, { description: 'Not followed up within 5 working days (late, or still waiting past the due date).' })
  followUpOverdue!: number;

  @Field(() => [JariCategoryCount], { description: 'Every category, zeros included.' })
  byCategory!: JariCategoryCount[];

  @Field(() => [JariOutcomeCount], { description: 'Outcomes of the concluded reports, zeros included.' })
  byOutcome!: JariOutcomeCount[];

  @Field(() => Float, { nullable: true, description: 'Median days from receipt to conclusion of the concluded reports (one decimal); null when none.' })
  medianDaysToConclusion!: number | null;
}

interface Row {
  agency_id: string | null;
  category: JariCategory;
  status: JariStatus;
  outcome: JariOutcome | null;
  n: number;
  overdue: number;
}

/** Statistics for many (month, agency) pairs: two queries per month in the batch. */
export function statsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, JariStats>('JariStats', async (keys) => {
    const byMonth = new Map<string, Set<string>>();
    for (const k of keys) {
      const [month, agency] = k.split('|');
      if (!byMonth.has(month)) byMonth.set(month, new Set());
      byMonth.get(month)!.add(agency);
    }
    const results = new Map<string, JariStats>();
    const conn = lagTolerantReads(ctx.em);
    for (const [month, agencies] of byMonth) {
      const { from, to } = witaMonthRange(month);
      // grouping sets: per agency and for the whole city ('*') in one pass
      const rows: Row[] = await conn.execute(
        `select coalesce(agency_id, '*') as agency_id, category, status, outcome, count(*)::int as n,
                count(*) filter (where coalesce(followed_up_at, now()) > follow_up_due_at)::int as overdue
         from jari.jari_report where received_at >= ? and received_at < ?
         group by grouping sets ((agency_id, category, status, outcome), (category, status, outcome))`,
        [from, to],
      );
      const medians: Array<{ agency_id: string; median: number | null }> = await conn.execute(
        `select coalesce(agency_id, '*') as agency_id,
                percentile_cont(0.5) within group (order by extract(epoch from concluded_at - received_at) / 86400.0) as median
         from jari.jari_report where received_at >= ? and received_at < ? and status = 'CONCLUDED'
         group by grouping sets ((agency_id), ())`,
        [from, to],
      );
      for (const agency of agencies) {
        const mine = rows.filter((r) => r.agency_id === agency);
        const sum = (pred: (r: Row) => boolean) => mine.filter(pred).reduce((s, r) => s + r.n, 0);
        const median = medians.find((m) => m.agency_id === agency)?.median;
        results.set(`${month}|${agency}`, {
          month,
          agency: agency === '*' ? null : ref<Agency>(agency),
          received: sum(() => true),
          open: sum((r) => [JariStatus.RECEIVED, JariStatus.VERIFIED, JariStatus.INVESTIGATING].includes(r.status)),
          concluded: sum((r) => r.status === JariStatus.CONCLUDED),
          rejected: sum((r) => r.status === JariStatus.REJECTED),
          followUpOverdue: mine.reduce((s, r) => s + r.overdue, 0),
          byCategory: Object.values(JariCategory).map((category) => ({ category, count: sum((r) => r.category === category) })),
          byOutcome: Object.values(JariOutcome).map((outcome) => ({ outcome, count: sum((r) => r.status === JariStatus.CONCLUDED && r.outcome === outcome) })),
          medianDaysToConclusion: median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10,
        });
      }
    }
    return keys.map((k) => results.get(k)!);
  });
}

export function checkMonth(month: string, field = 'month'): string {
  const v = new InputCheck();
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month ?? '');
  v.check(!!m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100, field, 'month must be YYYY-MM, e.g. 2026-11', 'Bulan harus berformat TTTT-BB, contoh 2026-11');
  v.done();
  return month;
}
