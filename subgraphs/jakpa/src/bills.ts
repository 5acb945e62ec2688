import type { RequestContext } from '@kendari/kit';
import type { TaxBill, TaxPayment } from './entities/tax.entity';
import { loaders } from './loaders';
import { assessBill, type BillAssessment, type PenaltyRuleData } from './penalty';
import { now, witaDate } from './dates';

export enum TaxBillStatus {
  UNPAID = 'UNPAID',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
}

export interface BillState extends BillAssessment {
  status: TaxBillStatus;
  isOverdue: boolean;
  asOf: string;
}

/**
 * A bill's status is derived from its payment rows, never stored: PAID when nothing is owed;
 * PARTLY_PAID when something was paid and something is still owed (late or not: `isOverdue` says);
 * OVERDUE when nothing was paid after the due date; UNPAID before it.
 */
export function billState(
  bill: Pick<TaxBill, 'amount' | 'dueDate'>,
  payments: readonly Pick<TaxPayment, 'amount' | 'paidAt'>[],
  rules: readonly PenaltyRuleData[],
  asOf: string,
): BillState {
  const a = assessBill({
    principal: bill.amount,
    dueDate: bill.dueDate,
    payments: payments.map((p) => ({ amount: p.amount, date: witaDate(p.paidAt) })),
    rules,
    asOf,
  });
  const isOverdue = a.remaining > 0 && asOf > bill.dueDate;
  const status = a.remaining <= 0 ? TaxBillStatus.PAID : a.paid > 0 ? TaxBillStatus.PARTLY_PAID : isOverdue ? TaxBillStatus.OVERDUE : TaxBillStatus.UNPAID;
  return { ...a, status, isOverdue, asOf };
}

/** A bill's state today (WITA), from its payments and the rules, through the request's loaders. */
export async function billStateToday(ctx: RequestContext, bill: TaxBill): Promise<BillState> {
  const l = loaders(ctx);
  const [payments, rules] = await Promise.all([l.paymentsOfBill.load(bill.id), l.rules.load('all')]);
  return billState(bill, payments, rules, witaDate(now()));
}
