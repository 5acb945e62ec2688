import { graphql } from '@/graphql/generated';
import type { BillTodayFieldsFragment, TaxBillStatus } from '@/graphql/generated/graphql';
import type { Lang } from '@/lib/i18n';

/** A bill as of today (penalty and total due); spread `...BillTodayFields` under `today`. */
graphql(`
  fragment BillTodayFields on TaxBillAmounts {
    status
    isOverdue
    monthsLate
    penalty
    paidAmount
    totalDue
    asOf
  }
`);

export type BillToday = BillTodayFieldsFragment;

/** JAKPA's own words (kept here, not in the shared dictionary). */
const STATUS: Record<TaxBillStatus, [string, string]> = {
  PAID: ['Lunas', 'Paid'],
  PARTLY_PAID: ['Dibayar sebagian', 'Partly paid'],
  OVERDUE: ['Lewat jatuh tempo', 'Overdue'],
  UNPAID: ['Belum dibayar', 'Unpaid'],
};

export const billStatusLabel = (s: TaxBillStatus, lang: Lang) => STATUS[s][lang === 'en' ? 1 : 0];
export const billStatusTone = (s: TaxBillStatus) => (s === 'PAID' ? 'tag-free' : s === 'OVERDUE' ? 'tag-bad' : 'tag-warn');
