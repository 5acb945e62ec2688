import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { lagTolerantReads, badField, witaMonthOf, witaMonthRange, type RequestContext } from '@kendari/kit';
import { Kelurahan } from '../federation';

@ObjectType('LetterStats', { description: "A kelurahan's public letter statistics for one WITA month (no personal data)." })
export class LetterStats {
  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Int, { description: 'Requests submitted in the month.' })
  submittedCount!: number;

  @Field(() => Int, { description: 'Letters issued in the month.' })
  issuedCount!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from submission to issue, of the letters issued in the month; null when none.' })
  medianProcessingHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0-1) of the letters issued in the month that were issued by their due date; null when none.' })
  withinTimeLimitShare!: number | null;

  @Field(() => Int, { description: 'Requests open right now past their due date (not tied to the month).' })
  overdueOpenCount!: number;
}

const MONTH = /^(20[2-9]\d)-(0[1-9]|1[0-2])$/;

interface StatsRow {
  kelurahan_id: string;
  submitted: number;
  issued: number;
  median_hours: number | null;
  within_share: number | null;
  overdue_open: number;
}

/** All kelurahan asked for in one request (e.g. a city map) share one query per month. */
function statsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, LetterStats>('letterStats', async (keys) => {
    const byMonth = new Map<string, string[]>();
    for (const k of keys) {
      const [id, month] = k.split('|');
      byMonth.set(month, [...(byMonth.get(month) ?? []), id]);
    }
    const results = new Map<string, LetterStats>();
    for (const [month, ids] of byMonth) {
      const { from, to } = witaMonthRange(month);
      const rows = await lagTolerantReads(ctx.em).execute<StatsRow[]>(
        `select kelurahan_id,
           count(*) filter (where created_at >= ? and created_at < ?)::int as submitted,
           count(*) filter (where issued_at >= ? and issued_at < ?)::int as issued,
           percentile_cont(0.5) within group (order by extract(epoch from issued_at - created_at) / 3600.0) filter (where issued_at >= ? and issued_at < ?) as median_hours,
           avg(case when issued_at <= due_at then 1.0 else 0.0 end) filter (where issued_at >= ? and issued_at < ?) as within_share,
           count(*) filter (where status in ('SUBMITTED', 'VERIFIED', 'SIGNED') and due_at < now())::int as overdue_open
         from "laika"."letter_request" where kelurahan_id in (?) group by kelurahan_id`,
        [from, to, from, to, from, to, from, to, ids],
      );
      const byId = new Map(rows.map((r) => [r.kelurahan_id, r]));
      for (const id of ids) {
        const r = byId.get(id);
        results.set(`${id}|${month}`, {
          month,
          submittedCount: r?.submitted ?? 0,
          issuedCount: r?.issued ?? 0,
          medianProcessingHours: r?.median_hours == null ? null : Math.round(Number(r.median_hours) * 10) / 10,
          withinTimeLimitShare: r?.within_share == null ? null : Math.round(Number(r.within_share) * 1000) / 1000,
          overdueOpenCount: r?.overdue_open ?? 0,
        });
      }
    }
    return keys.map((k) => results.get(k)!);
  });
}

@Resolver(() => Kelurahan)
export class KelurahanLetterStatsResolver {
  @FieldResolver(() => LetterStats, { nullable: true, description: 'Public LAIKA statistics of this kelurahan for a month (default: this month, WITA).' })
  letterStats(@Root() k: Kelurahan, @Arg('month', () => String, { nullable: true, description: 'YYYY-MM' }) month: string | null, @Ctx() ctx: RequestContext) {
    const m = month ?? witaMonthOf(new Date());
    if (!MONTH.test(m)) throw badField('month', 'month must be YYYY-MM between 2020 and 2099', 'Bulan harus berformat TTTT-BB');
    return statsLoader(ctx).load(`${k.id}|${m}`);
  }
}
