import { graphql } from '@/graphql/generated';
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
import TrendSection, { monthLabel } from '@/components/open-data/TrendSection';
import { INDICATORS } from '@/components/open-data/indicators';

export const generateMetadata = titled('Transparansi', 'Transparency');

// one month per kecamatan, from the same trend fields as the downloads (one grouped statement each)
const LetterMonthByKecamatan = graphql(`
  query TransparencyLettersOfMonth($month: String!) {
    letterTrend(from: $month, to: $month, byKecamatan: true) {
      kecamatan {
        id
        name
      }
      hasData
      issuedCount
      withinTimeLimitShare
      medianProcessingHours
    }
  }
`);
const EmergencyMonthByKecamatan = graphql(`
  query TransparencyEmergenciesOfMonth($month: String!) {
    emergencyTrend(from: $month, to: $month, byKecamatan: true) {
      kecamatan {
        id
        name
      }
      hasData
      totalIncidents
      onSceneWithinTargetShare
      medianMinutesToArrival
    }
  }
`);

async function LetterTimes({ month, label }: { month: string; label: string }) {
  const { t, tt } = await getT();
  const r = await tryGql(LetterMonthByKecamatan, { month }, { revalidate: 300 });
  const rows = r.data?.letterTrend ?? [];
  const name = (k: { name: string } | null, i: number) => k?.name ?? `#${i + 1}`;
  return (
    <section aria-labelledby="surat-waktu">
      <h3 id="surat-waktu">
        {tt('Surat LAIKA per kecamatan', 'LAIKA letters per kecamatan')} — {label}
      </h3>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p>
            {tt(
              'Persentase surat yang terbit sebelum batas waktu standar layanan (garis hitam = 100%).',
              'Share of letters issued before the service standard’s time limit (black line = 100%).',
            )}
          </p>
          <Bars
            unit="%"
            max={100}
            emptyText={t('noDataYet')}
            rows={rows.map((x, i) => ({
              label: x.issuedCount ? `${name(x.kecamatan, i)} (${x.issuedCount} ${tt('terbit', 'issued')})` : name(x.kecamatan, i),
              value: x.withinTimeLimitShare === null ? null : Math.round(x.withinTimeLimitShare * 100),
              limit: 100,
            }))}
          />
          <h4>{tt('Median waktu proses (jam, dari pengajuan sampai terbit)', 'Median processing time (hours, from request to issue)')}</h4>
          <Bars unit={tt('jam', 'h')} emptyText={t('noDataYet')} rows={rows.map((x, i) => ({ label: name(x.kecamatan, i), value: x.medianProcessingHours }))} />
        </>
      )}
    </section>
  );
}

async function EmergencyTimes({ month, label }: { month: string; label: string }) {
  const { t, tt } = await getT();
  const r = await tryGql(EmergencyMonthByKecamatan, { month }, { revalidate: 300 });
  const rows = r.data?.emergencyTrend ?? [];
  return (
    <section aria-labelledby="darurat-waktu">
      <h3 id="darurat-waktu">
        {tt('Waktu tanggap darurat per kecamatan', 'Emergency response times per kecamatan')} — {label}
      </h3>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p>
            {tt(
              'Median menit dari keberangkatan unit sampai tiba di lokasi, per kecamatan. Target Kendari: tiba 15 menit sejak laporan (garis hitam).',
              'Median minutes from a unit’s dispatch to arrival, per kecamatan. Kendari’s target: on scene 15 minutes after the report (black line).',
            )}
          </p>
          <Bars
            unit={tt('menit', 'min')}
            emptyText={t('noDataYet')}
            rows={rows.map((x, i) => ({
              label: x.hasData
                ? `${x.kecamatan?.name ?? `#${i + 1}`} (${x.totalIncidents} ${tt('kejadian', 'incidents')})`
                : (x.kecamatan?.name ?? `#${i + 1}`),
              value: x.medianMinutesToArrival,
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
  const { tt, lang } = await getT();
  const twelve = recentMonths(12);
  const from = twelve[11];
  const to = twelve[0];
  const months = twelve.slice(0, 4);
  const month = months.includes(sp.bulan ?? '') ? sp.bulan! : months[0];
  const label = monthLabel(month, lang);
  const trends = INDICATORS.filter((i) => i.display);
  return (
    <>
      <h1>{tt('Transparansi layanan', 'Service transparency')}</h1>
      <p>
        {tt(
          'Angka dari graf publik Satu Kendari — data yang sama terbuka untuk pemerintah daerah lain dan pengembang, dan dapat diunduh sebagai CSV atau JSON.',
          'Figures from the Satu Kendari public graph — the same data is open to other governments and developers, and can be downloaded as CSV or JSON.',
        )}{' '}
        <Link href="/pengembang#data-terbuka">{tt('Data terbuka untuk pengembang', 'Open data for developers')}</Link>
      </p>

      <h2 id="tren">{tt('Tren 12 bulan', 'Twelve-month trends')}</h2>
      <p className="meta">
        {tt(
          `${monthLabel(from, lang)} sampai ${monthLabel(to, lang)}, bulan terbaru di atas. "Belum ada data" berarti belum ada satu pun catatan pada bulan itu (bukan angka nol yang diukur).`,
          `${monthLabel(from, lang)} to ${monthLabel(to, lang)}, newest month first. "No data yet" means nothing was recorded that month (not a measured zero).`,
        )}
      </p>
      <nav aria-label={tt('Indikator', 'Indicators')}>
        <ul className="trend-toc">
          {trends.map((i) => (
            <li key={i.id}>
              <a href={`#tren-${i.id}`}>{i.title[lang]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {trends.map((i) => (
        <TrendSection key={i.id} indicator={i} from={from} to={to} />
      ))}

      <h2 id="rincian">{tt('Rincian per bulan', 'Details of a month')}</h2>
      <nav aria-label={tt('Pilih bulan', 'Choose a month')} className="btn-row">
        {months.map((m) => (
          <Link
            key={m}
            className={`btn btn-small ${m === month ? 'btn-primary' : 'btn-secondary'}`}
            href={`/transparansi?bulan=${m}#rincian`}
            aria-current={m === month ? 'page' : undefined}
          >
            {monthLabel(m, lang)}
          </Link>
        ))}
      </nav>
      <LetterTimes month={month} label={label} />
      <JariStatsSection month={month} headingLevel={3} />
      <EmergencyTimes month={month} label={label} />
      <HealthStatsSection month={month} />
      <PermitStatsSection month={month} />
      <TaxCollectionSection year={Number(month.slice(0, 4))} />
    </>
  );
}
