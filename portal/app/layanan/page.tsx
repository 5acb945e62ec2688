import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT, titled } from '@/lib/i18n';
import { APP_LABEL, isServiceApplication } from '@/lib/catalogue';
import ServiceCard from '@/components/ServiceCard';
import Unavailable from '@/components/Unavailable';

export const generateMetadata = titled('Katalog layanan', 'Service catalogue');

const Catalogue = graphql(`
  query Catalogue($search: String, $application: ServiceApplication, $after: String) {
    services(first: 20, search: $search, application: $application, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ServiceCardFields
      }
    }
  }
`);

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const q = (sp.q ?? '').trim().slice(0, 100);
  const app = isServiceApplication(sp.app) ? sp.app : undefined;
  const r = await tryGql(Catalogue, { search: q || null, application: app ?? null, after: sp.after ?? null }, { revalidate: 60 });
  const qs = (extra: Record<string, string>) => new URLSearchParams({ ...(q ? { q } : {}), ...(app ? { app } : {}), ...extra }).toString();
  return (
    <>
      <h1>{q ? t('results') : t('allServices')}</h1>
      <p>{t('catalogueIntro')}</p>
      <form method="get" action="/layanan" className="form" role="search">
        <div className="field">
          <label htmlFor="q">{t('searchQuestion')}</label>
          <p className="hint" id="q-hint">
            {t('searchHint')}
          </p>
          <input id="q" name="q" type="search" defaultValue={q} aria-describedby="q-hint" />
        </div>
        <div className="field">
          <label htmlFor="app">{tt('Jenis layanan', 'Kind of service')}</label>
          <select id="app" name="app" defaultValue={app ?? ''}>
            <option value="">{tt('Semua', 'All')}</option>
            {Object.entries(APP_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v[lang]}
              </option>
            ))}
          </select>
        </div>
        <button className="btn btn-primary" type="submit">
          {t('search')}
        </button>
      </form>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <section aria-labelledby="hasil">
          <h2 id="hasil" className="visually-hidden">
            {t('results')}
          </h2>
          <p role="status">{tt(`${r.data.services.totalCount} layanan ditemukan`, `${r.data.services.totalCount} services found`)}</p>
          {r.data.services.nodes.length === 0 ? (
            <p>{t('noResults')}</p>
          ) : (
            <ul className="cards cards-2">
              {r.data.services.nodes.map((s) => (
                <ServiceCard key={s.id} s={s} lang={lang} headingLevel={3} />
              ))}
            </ul>
          )}
          <div className="pager">
            {sp.after ? (
              <Link className="btn btn-secondary" href={`/layanan?${qs({})}`}>
                {tt('Ke awal', 'Back to start')}
              </Link>
            ) : (
              <span />
            )}
            {r.data.services.pageInfo.hasNextPage && r.data.services.pageInfo.endCursor && (
              <Link className="btn btn-secondary" href={`/layanan?${qs({ after: r.data.services.pageInfo.endCursor })}`}>
                {t('next')}
              </Link>
            )}
          </div>
        </section>
      )}
    </>
  );
}
