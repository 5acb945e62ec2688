import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import { SERVICE_FIELDS } from '@/lib/catalogue';
import ServiceCard, { type ServiceSummary } from './ServiceCard';
import Unavailable from './Unavailable';

/** A page for an application whose subgraph does not exist yet: what it will offer, and its catalogue entries. */
export default async function ComingSoon({ application, title, offers }: { application: string; title: string; offers: string[] }) {
  const { t, tt, lang } = await getT();
  const r = await tryGql<{ services: { nodes: ServiceSummary[] } }>(
    `query AppServices($app: ServiceApplication) { services(first: 50, application: $app) { nodes { ${SERVICE_FIELDS} } } }`,
    { app: application },
    { revalidate: 300 },
  );
  return (
    <>
      <h1>{title}</h1>
      <div className="notice" role="status">
        <strong>{t('comingSoon')}.</strong>{' '}
        {tt(
          'Layanan ini sedang disiapkan di portal. Sementara itu, lihat standar layanannya di bawah dan datang ke kantor yang tertera.',
          'This service is being prepared for the portal. Meanwhile, see its service standard below and visit the office shown.',
        )}
      </div>
      <h2>{tt('Yang akan tersedia', 'What it will offer')}</h2>
      <ul>
        {offers.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <h2>{tt('Layanan di katalog', 'Services in the catalogue')}</h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <ul className="cards cards-2">
          {r.data.services.nodes.map((s) => (
            <ServiceCard key={s.id} s={s} lang={lang} headingLevel={3} />
          ))}
        </ul>
      )}
      <p>
        <Link href={`/layanan?app=${application}`}>{t('seeAll')}</Link>
      </p>
    </>
  );
}
