import { lagTolerantReads, witaMonthSql, type MonthSpan, type RequestContext } from '@kendari/kit';
import { billState, TaxBillStatus } from './bills';
import { now, witaDate } from './dates';
import { loaders } from './loaders';
import { KECAMATAN_IDS } from './regions';

export interface StatsRow {
  kecamatanId: string;
  year: number;
  billCount: number;
  paidCount: number;
  partlyPaidCount: number;
  overdueCount: number;
  paidShare: number;
  amountBilled: number;
  amountCollected: number;
}

/**
 * Collection per kecamatan for a year: every figure is a sum over the bill and payment rows, and a
 * bill counts as paid by the same rule its own status uses (billState), so the two never disagree.
 * One statement per year per request.
 */
export const statsLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, StatsRow[]>('taxStats', async (years) => {
    const rules = await loaders(ctx).rules.load('all');
    const rows: Array<{ year: number; kecamatan_id: string; amount: string; due_date: string; pays: Array<[string | number, string]> }> =
      await lagTolerantReads(ctx.em).execute(
        `select b.year, b.kecamatan_id, b.amount::text, b.due_date::text,
              coalesce(json_agg(json_build_array(p.amount::text, p.paid_at)) filter (where p.id is not null), '[]') as pays
         from jakpa.tax_bill b left join jakpa.tax_payment p on p.bill_id = b.id
        where b.year in (?) group by b.id`,
        [[...years]],
      );
    const asOf = witaDate(now());
    const out = new Map<string, StatsRow>();
    for (const y of years)
      for (const k of KECAMATAN_IDS)
        out.set(`${y}|${k}`, {
          kecamatanId: k,
          year: y,
          billCount: 0,
          paidCount: 0,
          partlyPaidCount: 0,
          overdueCount: 0,
          paidShare: 0,
          amountBilled: 0,
          amountCollected: 0,
        });
    for (const r of rows) {
      const s = out.get(`${r.year}|${r.kecamatan_id}`);
      if (!s) continue;
      const payments = r.pays.map(([amount, at]) => ({ amount: Number(amount), paidAt: new Date(at) }));
      const st = billState({ amount: Number(r.amount), dueDate: r.due_date }, payments, rules, asOf);
      s.billCount++;
      s.amountBilled += Number(r.amount);
      s.amountCollected += st.paid;
      if (st.status === TaxBillStatus.PAID) s.paidCount++;
      else if (st.status === TaxBillStatus.PARTLY_PAID) s.partlyPaidCount++;
      else if (st.status === TaxBillStatus.OVERDUE) s.overdueCount++;
    }
    for (const s of out.values()) s.paidShare = s.billCount ? Math.round((s.paidCount / s.billCount) * 1000) / 1000 : 0;
    return years.map((y) => KECAMATAN_IDS.map((k) => out.get(`${y}|${k}`)!));
  });

export interface CollectionMonthRow {
  kecamatanId: string | null;
  month: string;
  hasData: boolean;
  paymentCount: number;
  billsPaid: number;
  amountCollected: number;
}

/**
 * PBB-P2 payments per WITA month of payment (any tax year), for the city or per kecamatan: one grouped
 * statement whatever the number of months. Months without a payment are rows with hasData false.
 */
export async function loadCollectionTrend(ctx: RequestContext, span: MonthSpan, byKecamatan: boolean): Promise<CollectionMonthRow[]> {
  const rows: Array<{ kecamatan_id: string; month: string; payments: number; bills: number; amount: string }> = await lagTolerantReads(ctx.em).execute(
    `select coalesce(b.kecamatan_id, '*') as kecamatan_id, ${witaMonthSql('p.paid_at')} as month,
            count(*)::int as payments, count(distinct p.bill_id)::int as bills, sum(p.amount)::text as amount
       from jakpa.tax_payment p join jakpa.tax_bill b on b.id = p.bill_id
      where p.paid_at >= ? and p.paid_at < ?
      group by grouping sets ((b.kecamatan_id, ${witaMonthSql('p.paid_at')}), (${witaMonthSql('p.paid_at')}))`,
    [span.from, span.to],
  );
  const byKey = new Map(rows.map((r) => [`${r.kecamatan_id}|${r.month}`, r]));
  const places = byKecamatan ? KECAMATAN_IDS : ['*'];
  return span.months.flatMap((month) =>
    places.map((place) => {
      const r = byKey.get(`${place}|${month}`);
      return {
        kecamatanId: place === '*' ? null : place,
        month,
        hasData: (r?.payments ?? 0) > 0,
        paymentCount: r?.payments ?? 0,
        billsPaid: r?.bills ?? 0,
        amountCollected: Number(r?.amount ?? 0),
      };
    }),
  );
}
