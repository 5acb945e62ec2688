import { loadByKey, loadGroupedBy, pagedLoader, type RequestContext } from '@kendari/kit';
import { PaymentChannel, PenaltyRule, TaxBill, TaxEvent, TaxObject, TaxPayment } from './entities/tax.entity';
import type { PenaltyRuleData } from './penalty';

/** Every lookup by key or parent goes through these per-request loaders (one statement per batch). */
export const loaders = (ctx: RequestContext) => ({
  object: loadByKey(ctx, TaxObject),
  objectByNop: loadByKey(ctx, TaxObject, 'nop'),
  bill: loadByKey(ctx, TaxBill),
  channel: loadByKey(ctx, PaymentChannel),
  /** All bills of an object, newest year first (the public lookup picks one year from these). */
  billsOfObject: loadGroupedBy(ctx, TaxBill, 'objectId', { year: 'desc' }),
  /** All payments of a bill: every computed amount of a bill is a sum over these rows. */
  paymentsOfBill: loadGroupedBy(ctx, TaxPayment, 'billId', { paidAt: 'asc', id: 'asc' }),
  eventsOfObject: loadGroupedBy(ctx, TaxEvent, 'objectId', { id: 'asc' }),
  /** A citizen's objects by the owner NIK of Bapenda's register: all pages of a tick in one statement. */
  objectsOfOwner: pagedLoader(ctx, { entity: TaxObject, table: 'jakpa.tax_object', parentColumn: 'owner_nik', orderBy: 't.nop asc' }),
  billsPage: pagedLoader(ctx, { entity: TaxBill, table: 'jakpa.tax_bill', parentColumn: 'object_id', parentType: 'uuid', orderBy: 't.year desc, t.id asc' }),
  paymentsPage: pagedLoader(ctx, {
    entity: TaxPayment,
    table: 'jakpa.tax_payment',
    parentColumn: 'bill_id',
    parentType: 'uuid',
    orderBy: 't.paid_at desc, t.id asc',
  }),
  /** The penalty rules (a handful of rows): once per request. */
  rules: ctx.loaders.get<string, PenaltyRuleData[]>('penaltyRules', async (keys) => {
    const rows = await ctx.em.find(PenaltyRule, {}, { orderBy: { effectiveFrom: 'asc' } });
    const data = rows.map((r) => ({ effectiveFrom: r.effectiveFrom, monthlyRateBp: r.monthlyRateBp, maxMonths: r.maxMonths }));
    return keys.map(() => data);
  }),
});
