import { formatDate, formatRupiah, getT } from '@/lib/i18n';
import { billStatusLabel, billStatusTone, type BillToday } from './labels';

/** Principal, penalty, paid and the total to pay today of one bill: the sums the graph computed from its rows. */
export default async function BillAmounts({ amount, dueDate, today, testId }: { amount: number; dueDate: string; today: BillToday; testId?: string }) {
  const { tt, lang } = await getT();
  return (
    <div data-testid={testId}>
      <p>
        <span className={`tag ${billStatusTone(today.status)}`} data-status={today.status}>
          {billStatusLabel(today.status, lang)}
        </span>
        {today.isOverdue && today.status === 'PARTLY_PAID' ? (
          <>
            {' '}
            <span className="tag tag-bad">{tt('lewat jatuh tempo', 'overdue')}</span>
          </>
        ) : null}
      </p>
      <dl className="kv jakpa-amounts">
        <div>
          <dt>{tt('Pokok pajak', 'Principal')}</dt>
          <dd>{formatRupiah(amount)}</dd>
        </div>
        <div>
          <dt>{tt('Jatuh tempo', 'Due date')}</dt>
          <dd>{formatDate(`${dueDate}T12:00:00+08:00`, lang)}</dd>
        </div>
        <div>
          <dt>
            {tt('Denda keterlambatan', 'Late-payment penalty')}
            {today.monthsLate ? ` (${today.monthsLate} ${tt('bulan', today.monthsLate === 1 ? 'month' : 'months')})` : ''}
          </dt>
          <dd data-testid={testId ? `${testId}-penalty` : undefined}>{formatRupiah(today.penalty)}</dd>
        </div>
        <div>
          <dt>{tt('Sudah dibayar', 'Paid so far')}</dt>
          <dd>{formatRupiah(today.paidAmount)}</dd>
        </div>
        <div>
          <dt>
            {tt('Total yang harus dibayar hari ini', 'Total to pay today')} ({formatDate(`${today.asOf}T12:00:00+08:00`, lang)})
          </dt>
          <dd className="big-code" data-testid={testId ? `${testId}-total` : undefined}>
            {formatRupiah(today.totalDue)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
