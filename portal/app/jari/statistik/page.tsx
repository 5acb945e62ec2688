import Link from 'next/link';
import { getT, titled } from '@/lib/i18n';
import { recentMonths } from '@/lib/months';
import JariStatsSection from '@/components/JariStatsSection';

export const generateMetadata = titled('Statistik JARI', 'JARI statistics');

export default async function JariStatsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt } = await getT();
  const months = recentMonths(6);
  const month = months.includes(sp.bulan ?? '') ? sp.bulan! : months[0];
  return (
    <>
      <h1>{tt('Statistik laporan JARI', 'JARI report statistics')}</h1>
      <p>{tt('Jumlah laporan per bulan. Tidak ada data yang bisa mengungkap pelapor.', 'Report counts per month. Nothing that could identify a reporter.')}</p>
      <nav aria-label={tt('Pilih bulan', 'Choose a month')} className="btn-row">
        {months.map((m) => (
          <Link
            key={m}
            className={`btn btn-small ${m === month ? 'btn-primary' : 'btn-secondary'}`}
            href={`/jari/statistik?bulan=${m}`}
            aria-current={m === month ? 'page' : undefined}
          >
            {m}
          </Link>
        ))}
      </nav>
      <JariStatsSection month={month} />
      <p>
        <Link href="/jari">{tt('Buat laporan', 'Make a report')}</Link> · <Link href="/transparansi">{tt('Transparansi', 'Transparency')}</Link>
      </p>
    </>
  );
}
