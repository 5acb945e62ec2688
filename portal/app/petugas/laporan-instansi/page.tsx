import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, formatRupiah, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { label } from '@/lib/status';
import { inLang } from '@/lib/catalogue';
import Unavailable from '@/components/Unavailable';

const SharedWithMyAgencyQuery = graphql(`
  query SharedWithMyAgency($after: String) {
    jariReportsSharedWithMyAgency(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        category
        status
        outcome
        publicSummary
        receivedAt
        sharedWithAgencyAt
        occurredAt
        place
        description
        amountAskedRupiah
        service {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const generateMetadata = titled('Laporan JARI untuk instansi', 'JARI reports for the agency');

/** JARI reports the Inspectorate shared with the officer's own agency: never with the reporter's identity (nor the tracking code). */
export default async function SharedWithAgency({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { token, officer, error } = await requireOfficer('/petugas/laporan-instansi', ['AGENCY_OFFICER']);
  const r = await tryGql(SharedWithMyAgencyQuery, { after: sp.after || null }, { token });
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link>
      </p>
      <h1>{tt('Laporan JARI tentang instansi Anda', 'JARI reports about your agency')}</h1>
      {officer?.agency && <p>{officer.agency.name}</p>}
      <p className="notice">
        {tt(
          'Inspektorat meneruskan laporan ini agar instansi Anda dapat memperbaiki layanan. Identitas pelapor tidak pernah dibagikan; jangan mencari tahu siapa pelapornya.',
          'The Inspectorate shared these reports so that your agency can fix the service. The reporter’s identity is never shared; do not try to find out who reported.',
        )}
      </p>
      {error ? (
        <Unavailable error={error} />
      ) : r.error ? (
        <Unavailable error={r.error} />
      ) : r.data.jariReportsSharedWithMyAgency.nodes.length === 0 ? (
        <p>{tt('Belum ada laporan yang diteruskan.', 'No reports shared yet.')}</p>
      ) : (
        <>
          <p>
            {r.data.jariReportsSharedWithMyAgency.totalCount} {tt('laporan, yang terbaru di atas', 'reports, newest first')}
          </p>
          <ul className="cards" data-testid="shared-reports">
            {r.data.jariReportsSharedWithMyAgency.nodes.map((j) => (
              <li className="card" key={j.id} data-report-id={j.id}>
                <h2>
                  {label(j.category, lang)}
                  {j.service ? ` — ${inLang(lang, j.service.name, j.service.nameEn)}` : ''}
                </h2>
                <p>
                  <span className="tag tag-warn">{label(j.status, lang)}</span>
                  {j.outcome ? ` · ${label(j.outcome, lang)}` : ''}
                </p>
                <p className="meta">
                  {tt('Kejadian', 'Happened')} {formatDate(j.occurredAt, lang)} · {tt('diteruskan', 'shared')} {formatDate(j.sharedWithAgencyAt, lang, true)}
                </p>
                <p>
                  <strong>{j.place}</strong>
                </p>
                <p>{j.description}</p>
                {j.amountAskedRupiah !== null && (
                  <p>
                    {tt('Diminta', 'Asked')}: {formatRupiah(j.amountAskedRupiah)}
                  </p>
                )}
                {j.publicSummary && (
                  <p>
                    <strong>{tt('Kesimpulan', 'Conclusion')}:</strong> {j.publicSummary}
                  </p>
                )}
              </li>
            ))}
          </ul>
          {r.data.jariReportsSharedWithMyAgency.pageInfo.hasNextPage && r.data.jariReportsSharedWithMyAgency.pageInfo.endCursor && (
            <p>
              <Link
                className="btn btn-secondary"
                href={`/petugas/laporan-instansi?after=${encodeURIComponent(r.data.jariReportsSharedWithMyAgency.pageInfo.endCursor)}`}
              >
                {t('next')}
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
