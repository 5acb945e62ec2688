import type { Lang } from '@/lib/i18n';

/** JAKPA's own words (kept here, not in the shared dictionary). */
const STATUS: Record<string, [string, string]> = {
  PAID: ['Lunas', 'Paid'],
  PARTLY_PAID: ['Dibayar sebagian', 'Partly paid'],
  OVERDUE: ['Lewat jatuh tempo', 'Overdue'],
  UNPAID: ['Belum dibayar', 'Unpaid'],
};

export const billStatusLabel = (s: string, lang: Lang) => (STATUS[s] ?? [s, s])[lang === 'en' ? 1 : 0];
export const billStatusTone = (s: string) => (s === 'PAID' ? 'tag-free' : s === 'OVERDUE' ? 'tag-bad' : 'tag-warn');

export type BillToday = { status: string; isOverdue: boolean; monthsLate: number; penalty: number; paidAmount: number; totalDue: number; asOf: string };

export const BILL_TODAY_FIELDS = 'status isOverdue monthsLate penalty paidAmount totalDue asOf';
