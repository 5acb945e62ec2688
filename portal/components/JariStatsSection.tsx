import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import { label } from '@/lib/status';
import Bars from './Bars';
import Unavailable from './Unavailable';

const JariStatsQuery = graphql(`
  query JariStats($month: String!) {
    jariStats(month: $month) {
      month
      received
      open
      concluded
      rejected
      followUpOverdue
      medianDaysToConclusion
      byCategory {
        category
        count
      }
      byOutcome {
        outcome
        count
      }
    }
  }
`);

export default async function JariStatsSection({ month, headingLevel = 2 }: { month: string; headingLevel?: 2 | 3 }) {
  const { tt, lang } = await getT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const r = await tryGql(JariStatsQuery, { month }, { revalidate: 300 });
  return (
    <section aria-labelledby={`jari-${month}`}>
      <H id={`jari-${month}`}>
        {tt('Laporan JARI', 'JARI reports')} — {month}
      </H>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <dl className="kv panel">
            <div>
              <dt>{tt('Diterima', 'Received')}</dt>
              <dd>{r.data.jariStats.received}</dd>
            </div>
            <div>
              <dt>{tt('Masih berjalan', 'Open')}</dt>
              <dd>{r.data.jariStats.open}</dd>
            </div>
            <div>
              <dt>{tt('Selesai diperiksa', 'Concluded')}</dt>
              <dd>{r.data.jariStats.concluded}</dd>
            </div>
            <div>
              <dt>{tt('Ditolak (di luar kewenangan)', 'Rejected (out of scope)')}</dt>
              <dd>{r.data.jariStats.rejected}</dd>
            </div>
            <div>
              <dt>{tt('Terlambat ditindaklanjuti (> 5 hari kerja)', 'Follow-up late (> 5 working days)')}</dt>
              <dd>{r.data.jariStats.followUpOverdue}</dd>
            </div>
            <div>
              <dt>{tt('Median hari sampai selesai', 'Median days to conclusion')}</dt>
              <dd>{r.data.jariStats.medianDaysToConclusion ?? '—'}</dd>
            </div>
          </dl>
          <Bars unit={tt('laporan', 'reports')} rows={r.data.jariStats.byCategory.map((c) => ({ label: label(c.category, lang), value: c.count }))} />
          {r.data.jariStats.byOutcome.length > 0 && (
            <Bars unit={tt('laporan', 'reports')} rows={r.data.jariStats.byOutcome.map((c) => ({ label: label(c.outcome, lang), value: c.count }))} />
          )}
        </>
      )}
    </section>
  );
}
