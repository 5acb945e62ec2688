import Link from 'next/link';
import { getT, titled } from '@/lib/i18n';

export const generateMetadata = titled('Halaman tidak ditemukan', 'Page not found');

/** Every unknown address and every notFound(): in the visitor's language, with ways onward. */
export default async function NotFound() {
  const { t, tt } = await getT();
  return (
    <>
      <h1 data-testid="not-found">{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <form method="get" action="/layanan" className="form" role="search">
        <div className="field">
          <label htmlFor="nf-q">{t('searchQuestion')}</label>
          <input id="nf-q" name="q" type="search" />
        </div>
        <button className="btn btn-primary" type="submit">
          {t('search')}
        </button>
      </form>
      <ul>
        <li>
          <Link href="/">{tt('Ke beranda', 'Go to the home page')}</Link>
        </li>
        <li>
          <Link href="/layanan">{t('allServices')}</Link>
        </li>
        <li>
          <Link href="/darurat">{t('reportFire')}</Link>
        </li>
      </ul>
    </>
  );
}
