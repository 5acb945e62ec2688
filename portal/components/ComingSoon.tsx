import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import type { ServiceApplication } from '@/lib/catalogue';
import ServiceCard from './ServiceCard';
import Unavailable from './Unavailable';

const AppServices = graphql(`
  query AppServices($app: ServiceApplication) {
    services(first: 50, application: $app) {
      nodes {
        ...ServiceCardFields
      }
    }
  }
`);

/** A page for an application whose subgraph does not exist yet: what it will offer, and its catalogue entries. */
export default async function ComingSoon({ application, title, offers }: { application: ServiceApplication; title: string; offers: string[] }) {
  const { t, tt, lang } = await getT();
  const r = await tryGql(AppServices, { app: application }, { revalidate: 300 });
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
