import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { lagTolerantReads, KENDARI, entityRef, monthSpan, witaMonthSql, type RequestContext } from '@kendari/kit';
import { Kecamatan } from '../federation';

@ObjectType('LetterMonth', {
  description:
    'LAIKA letters of one WITA month, for the whole city or one kecamatan (no personal data). hasData false: nothing submitted or issued that month.',
})
export class LetterMonth {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Kecamatan, { nullable: true, description: 'Null for the whole city.' })
  kecamatan!: Kecamatan | null;

  @Field(() => Boolean, { description: 'False when no letter was submitted or issued in the month: "no data yet", not zero.' })
  hasData!: boolean;

  @Field(() => Int, { description: 'Requests submitted in the month.' })
  submittedCount!: number;

  @Field(() => Int, { description: 'Letters issued in the month.' })
  issuedCount!: number;

  @Field(() => Int, { description: 'Of those, issued by their due date (the service standard’s time limit).' })
  issuedOnTimeCount!: number;

  @Field(() => Float, { nullable: true, description: 'issuedOnTimeCount / issuedCount (0-1, three decimals); null when none was issued.' })
  withinTimeLimitShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from submission to issue of the letters issued in the month; null when none.' })
  medianProcessingHours!: number | null;
}

interface Row {
  kecamatan_id: string;
  month: string;
  submitted: number;
  issued: number;
  on_time: number;
  median_hours: number | null;
}

const KECAMATAN_IDS = KENDARI.kecamatan.map((k) => k.code).sort();

@Resolver()
export class LetterTrendResolver {
  @Query(() => [LetterMonth], {
    description:
      'Public: letters submitted, issued and issued on time per WITA month (from/to YYYY-MM, inclusive; default the last 12 months; at most 24), for the city or, with byKecamatan, per kecamatan. One row per month (and kecamatan), months without letters included with hasData false.',
  })
  async letterTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Arg('byKecamatan', () => Boolean, { defaultValue: false, description: 'One row per kecamatan and month instead of one per month.' })
    byKecamatan: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<LetterMonth[]> {
    const span = monthSpan(from, to);
    // one statement for any number of months: submissions and issues as events, grouped per (kecamatan, month) and per month
    const rows = await lagTolerantReads(ctx.em).execute<Row[]>(
      `with ev as (
         select kecamatan_id, ${witaMonthSql('created_at')} as month, 1 as submitted, 0 as issued, null::int as on_time, null::float8 as hours
           from "laika"."letter_request" where created_at >= ? and created_at < ?
         union all
         select kecamatan_id, ${witaMonthSql('issued_at')}, 0, 1, case when issued_at <= due_at then 1 else 0 end, extract(epoch from issued_at - created_at) / 3600.0
           from "laika"."letter_request" where issued_at >= ? and issued_at < ?
       )
       select coalesce(kecamatan_id, '*') as kecamatan_id, month, sum(submitted)::int as submitted, sum(issued)::int as issued,
              coalesce(sum(on_time), 0)::int as on_time, percentile_cont(0.5) within group (order by hours) as median_hours
         from ev group by grouping sets ((kecamatan_id, month), (month))`,
      [span.from, span.to, span.from, span.to],
    );
    const byKey = new Map(rows.map((r) => [`${r.kecamatan_id}|${r.month}`, r]));
    const places = byKecamatan ? KECAMATAN_IDS : ['*'];
    return span.months.flatMap((month) =>
      places.map((place) => {
        const r = byKey.get(`${place}|${month}`);
        const issued = r?.issued ?? 0;
        return {
          month,
          kecamatan: place === '*' ? null : entityRef<Kecamatan>(place),
          hasData: !!r && r.submitted + r.issued > 0,
          submittedCount: r?.submitted ?? 0,
          issuedCount: issued,
          issuedOnTimeCount: r?.on_time ?? 0,
          withinTimeLimitShare: issued ? Math.round((r!.on_time / issued) * 1000) / 1000 : null,
          medianProcessingHours: r?.median_hours == null ? null : Math.round(Number(r.median_hours) * 10) / 10,
        };
      }),
    );
  }
}
