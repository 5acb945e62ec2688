import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';
import { STATS } from './ops';

/** /transparansi: per permit type, applications, median processing time, share decided within the limit, overdue now. */
export default async function PermitStatsSection({ month }: { month: string }) {
  const { tt, lang } = await getT();
  const r = await tryGql(STATS, { month }, { revalidate: 300 });
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
  const days = (x: number | null) =>
    x === null ? '—' : `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(x)} ${tt('hari', 'days')}`;
  return (
    <section aria-labelledby={`izin-${month}`}>
      <h2 id={`izin-${month}`}>
        {tt('Perizinan DPMPTSP: waktu proses dibanding batas waktu', 'DPMPTSP permits: processing time against the time limit')} — {month}
      </h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={tt('Statistik perizinan per jenis izin', 'Permit figures per type')}>
          <table data-testid="permit-stats">
            <caption className="visually-hidden">{tt('Statistik perizinan per jenis izin', 'Permit figures per type')}</caption>
            <thead>
              <tr>
                <th scope="col">{tt('Jenis izin', 'Permit type')}</th>
                <th scope="col">{tt('Permohonan bulan ini', 'Applications this month')}</th>
                <th scope="col">{tt('Diputus', 'Decided')}</th>
                <th scope="col">{tt('Median waktu proses', 'Median processing time')}</th>
                <th scope="col">{tt('Diputus dalam batas waktu', 'Decided within the limit')}</th>
                <th scope="col">{tt('Terlambat saat ini', 'Overdue now')}</th>
              </tr>
            </thead>
            <tbody>
              {r.data.permitStatistics.map((s) => (
                <tr key={s.permitType.id}>
                  <th scope="row">
                    {s.permitType.shortName}{' '}
                    <span className="meta">
                      ({s.permitType.timeLimitDays} {tt('hari kerja', 'working days')})
                    </span>
                  </th>
                  <td>{s.applications}</td>
                  <td>{s.decided}</td>
                  <td>{days(s.medianProcessingDays)}</td>
                  <td>{pct(s.decidedWithinLimitShare)}</td>
                  <td>{s.overdueNow}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
