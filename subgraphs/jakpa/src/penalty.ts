/**
 * Late-payment penalty (sanksi administratif berupa bunga) of a PBB-P2 bill, from penalty rules that
 * are data with the date they take effect. Pure integer arithmetic in whole rupiah.
 *
 * The model (documented for Bapenda to confirm):
 * - Month k of lateness (k = 1, 2, ...) begins the day after `dueDate + (k-1) calendar months`
 *   (month ends clamp: 31 Aug + 1 month = 30 Sep). Paid on the due date: no penalty; one day late:
 *   one month; every started month counts in full.
 * - The rule in force on the first day of month k gives that month's rate; the month counts only
 *   while k <= that rule's `maxMonths` (so month 25 adds nothing under a 24-month cap).
 * - Month k's penalty = floor(unpaid principal on its first day x rate); payments pay the principal
 *   first, so a partial payment lowers the penalty of every later month and full principal stops it.
 * - What is owed = principal + accrued penalty - payments. Rounding down favours the taxpayer.
 */
export interface PenaltyRuleData {
  effectiveFrom: string; // YYYY-MM-DD (WITA calendar date)
  monthlyRateBp: number; // basis points: 200 = 2 % a month
  maxMonths: number;
}

export interface PaymentData {
  amount: number;
  date: string; // WITA calendar date YYYY-MM-DD of the payment
}

export interface BillAssessment {
  principal: number;
  paid: number;
  penalty: number;
  /** principal + penalty - paid as of the date asked (never negative for valid data). */
  remaining: number;
  monthsLate: number;
  /** The unpaid principal (payments go to the principal first). */
  principalRemaining: number;
}

const DAY = 86_400_000;
const toDay = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** `date` plus `months` calendar months, the day clamped to the month's end. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDay(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** The first day of lateness month k (1-based). */
export const lateMonthStart = (dueDate: string, k: number) => isoDay(toDay(addMonths(dueDate, k - 1)) + DAY);

/** The rule in force on `day` (the latest `effectiveFrom` not after it), or null before the first rule. */
export function ruleOn(rules: readonly PenaltyRuleData[], day: string): PenaltyRuleData | null {
  let best: PenaltyRuleData | null = null;
  for (const r of rules) if (r.effectiveFrom <= day && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best;
}

const MAX_MONTHS_SCANNED = 240; // no rule caps beyond this; keeps a bad rule from looping forever

export function assessBill(opts: {
  principal: number;
  dueDate: string;
  payments: readonly PaymentData[];
  rules: readonly PenaltyRuleData[];
  asOf: string;
}): BillAssessment {
  const { principal, dueDate, rules, asOf } = opts;
  const payments = opts.payments.filter((p) => p.date <= asOf);
  const paid = payments.reduce((s, p) => s + p.amount, 0);
  const paidBefore = (day: string) => payments.reduce((s, p) => (p.date < day ? s + p.amount : s), 0);
  const cap = Math.min(MAX_MONTHS_SCANNED, Math.max(0, ...rules.map((r) => r.maxMonths)));
  let penalty = 0;
  let monthsLate = 0;
  for (let k = 1; k <= cap; k++) {
    const start = lateMonthStart(dueDate, k);
    if (start > asOf) break;
    const unpaid = principal - paidBefore(start);
    if (unpaid <= 0) break;
    const rule = ruleOn(rules, start);
    if (!rule || k > rule.maxMonths) continue;
    monthsLate = k;
    penalty += Math.floor((unpaid * rule.monthlyRateBp) / 10_000);
  }
  return { principal, paid, penalty, remaining: principal + penalty - paid, monthsLate, principalRemaining: Math.max(0, principal - paid) };
}
