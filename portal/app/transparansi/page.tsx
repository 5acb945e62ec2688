import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, titled } from '@/lib/i18n';
import { recentMonths } from '@/lib/months';
import Bars from '@/components/Bars';
import Unavailable from '@/components/Unavailable';
import JariStatsSection from '@/components/JariStatsSection';
import TaxCollectionSection from '@/components/jakpa/TaxCollectionSection';
import HealthStatsSection from '@/components/health/HealthStatsSection';
import PermitStatsSection from '@/components/permits/PermitStatsSection';

export const generateMetadata = titled('Transparansi', 'Transparency');

async function LetterTimes({ month }: { month: string }) {
  const { tt } = await getT();
  const r = await tryGql<{
    kecamatans: {
      id: string;
      name: string;
      kelurahans: {
        id: string;
        name: string;
        letterStats: {
          submittedCount: number;
          issuedCount: number;
          medianProcessingHours: number | null;
          withinTimeLimitShare: number | null;
          overdueOpenCount: number;
        };
      }[];
    }[];
  }>(
    `query LetterTimes($month: String) { kecamatans { id name kelurahans { id name letterStats(month: $month) { submittedCount issuedCount medianProcessingHours withinTimeLimitShare overdueOpenCount } } } }`,
    { month },
    { revalidate: 300 },
  );
  const rows = r.data
    ? r.data.kecamatans.map((k) => {
        const ks = k.kelurahans.map((l) => l.letterStats);
        const issued = ks.reduce((a, s) => a + s.issuedCount, 0);
        const within = ks.reduce((a, s) => a + (s.withinTimeLimitShare ?? 0) * s.issuedCount, 0);
        const overdue = ks.reduce((a, s) => a + s.overdueOpenCount, 0);
        const hours = ks
          .filter((s) => s.medianProcessingHours !== null)
          .map((s) => s.medianProcessingHours!)
          .sort((a, b) => a - b);
        return {
          name: k.name,
          issued,
          share: issued ? (within / issued) * 100 : null,
          overdue,
          medianHours: hours.length ? hours[Math.floor(hours.length / 2)] : null,
        };
      })
    : [];
  return (
    <section aria-labelledby="surat-waktu">
      <h2 id="surat-waktu">
        {tt('Surat LAIKA: tepat waktu dibanding batas waktu', 'LAIKA letters: on time against the time limit')} — {month}
      </h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p>
            {tt(
              'Persentase surat yang terbit sebelum batas waktu standar layanan, per kecamatan (garis hitam = 100%).',
              'Share of letters issued before the service standard’s time limit, per kecamatan (black line = 100%).',
            )}
          </p>
          <Bars
            unit="%"
            max={100}
            rows={rows.map((x) => ({
              label: `${x.name} (${x.issued} ${tt('terbit', 'issued')})`,
              value: x.share === null ? null : Math.round(x.share),
              limit: 100,
            }))}
          />
          <h3>{tt('Median waktu proses (jam, dari pengajuan sampai terbit)', 'Median processing time (hours, from request to issue)')}</h3>
          <Bars
            unit={tt('jam', 'h')}
            rows={rows.map((x) => ({ label: x.name, value: x.medianHours, note: x.overdue ? `· ${x.overdue} ${tt('terlambat', 'overdue')}` : '' }))}
          />
        </>
      )}
    </section>
  );
}

async function EmergencyTimes({ month }: { month: string }) {
  const { tt } = await getT();
  const r = await tryGql<{
    kecamatans: {
      id: string;
      name: string;
      emergencyStats: {
        totalIncidents: number;
        medianMinutesToDispatch: number | null;
        medianMinutesToArrival: number | null;
        onSceneWithinTargetShare: number | null;
        falseAlarms: number;
      };
    }[];
  }>(
    `query EmergencyTimes($month: String!) { kecamatans { id name emergencyStats(month: $month) { totalIncidents medianMinutesToDispatch medianMinutesToArrival onSceneWithinTargetShare falseAlarms } } }`,
    { month },
    { revalidate: 300 },
  );
  return (
    <section aria-labelledby="darurat-waktu">
      <h2 id="darurat-waktu">
        {tt('Waktu tanggap darurat (Damkar)', 'Emergency response times (fire brigade)')} — {month}
      </h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p>
            {tt(
              'Median menit dari laporan sampai petugas tiba, per kecamatan. Target: 15 menit (garis hitam).',
              'Median minutes from report to arrival, per kecamatan. Target: 15 minutes (black line).',
            )}
          </p>
          <Bars
            unit={tt('menit', 'min')}
            rows={r.data.kecamatans.map((k) => ({
              label: `${k.name} (${k.emergencyStats.totalIncidents} ${tt('kejadian', 'incidents')})`,
              value: k.emergencyStats.medianMinutesToArrival,
              limit: 15,
            }))}
          />
        </>
      )}
    </section>
  );
}

export default async function Transparency({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt } = await getT();
  const months = recentMonths(4);
  const month = months.includes(sp.bulan ?? '') ? sp.bulan! : months[0];
  return (
    <>
      <h1>{tt('Transparansi layanan', 'Service transparency')}</h1>
      <p>
        {tt(
          'Angka dari graf publik Satu Kendari — data yang sama terbuka untuk pemerintah daerah lain dan pengembang.',
          'Figures from the Satu Kendari public graph — the same data is open to other governments and developers.',
        )}{' '}
        <Link href="/pengembang">{tt('Pelajari', 'Learn more')}</Link>
      </p>
      <nav aria-label={tt('Pilih bulan', 'Choose a month')} className="btn-row">
        {months.map((m) => (
          <Link
            key={m}
            className={`btn btn-small ${m === month ? 'btn-primary' : 'btn-secondary'}`}
            href={`/transparansi?bulan=${m}`}
            aria-current={m === month ? 'page' : undefined}
          >
            {m}
          </Link>
        ))}
      </nav>
      <LetterTimes month={month} />
      <JariStatsSection month={month} />
      <EmergencyTimes month={month} />
      <HealthStatsSection month={month} />
      <PermitStatsSection month={month} />
      <TaxCollectionSection year={Number(month.slice(0, 4))} />
    </>
  );
}
