import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import Bars from '@/components/Bars';
import Unavailable from '@/components/Unavailable';

const HealthQueueStatsQuery = graphql(`
  query HealthQueueStats($month: String!) {
    healthQueueStats(month: $month) {
      numbersTaken
      served
      noShow
      cancelledByResident
      cancelledByFacility
      sessionsClosed
      busiest {
        numbersTaken
        facility {
          id
          name
        }
      }
    }
  }
`);

/** /transparansi: the online queue of the health facilities in a month. */
export default async function HealthStatsSection({ month }: { month: string }) {
  const { tt } = await getT();
  const r = await tryGql(HealthQueueStatsQuery, { month }, { revalidate: 300 });
  return (
    <section aria-labelledby={`kesehatan-${month}`}>
      <h2 id={`kesehatan-${month}`}>
        {tt('Antrean daring fasilitas kesehatan', 'Online queue of health facilities')} — {month}
      </h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <dl className="kv panel" data-testid="health-stats">
            <div>
              <dt>{tt('Nomor antrean diambil', 'Queue numbers taken')}</dt>
              <dd>{r.data.healthQueueStats.numbersTaken}</dd>
            </div>
            <div>
              <dt>{tt('Dilayani', 'Served')}</dt>
              <dd>{r.data.healthQueueStats.served}</dd>
            </div>
            <div>
              <dt>{tt('Tidak hadir', 'Did not come')}</dt>
              <dd>{r.data.healthQueueStats.noShow}</dd>
            </div>
            <div>
              <dt>{tt('Dibatalkan warga', 'Cancelled by residents')}</dt>
              <dd>{r.data.healthQueueStats.cancelledByResident}</dd>
            </div>
            <div>
              <dt>{tt('Dibatalkan karena sesi ditutup fasilitas', 'Cancelled because the facility closed the session')}</dt>
              <dd>{r.data.healthQueueStats.cancelledByFacility}</dd>
            </div>
            <div>
              <dt>{tt('Sesi yang ditutup fasilitas', 'Sessions closed by facilities')}</dt>
              <dd>{r.data.healthQueueStats.sessionsClosed}</dd>
            </div>
          </dl>
          <Bars unit={tt('nomor', 'numbers')} rows={r.data.healthQueueStats.busiest.map((b) => ({ label: b.facility.name, value: b.numbersTaken }))} />
        </>
      )}
    </section>
  );
}
