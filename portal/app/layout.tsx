import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';
import { getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import { setLangAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { lang } = await getT();
  return {
    title: { default: 'Satu Kendari', template: '%s · Satu Kendari' },
    description:
      lang === 'en'
        ? 'Official public-service portal of the City of Kendari: letters, permits, health, fire emergencies, taxes and complaints.'
        : 'Portal resmi layanan publik Kota Kendari: surat, izin, kesehatan, darurat kebakaran, pajak dan pengaduan.',
  };
}
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a4f7a' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { t, lang } = await getT();
  const v = await viewer();
  return (
    <html lang={lang}>
      <body>
        <a className="skip" href="#isi">
          {t('skip')}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                SK
              </span>
              <span>
                <span className="brand-name">{t('siteName')}</span>
                <span className="brand-tag">{t('tagline')}</span>
              </span>
            </Link>
            <form action={setLangAction} className="lang-form">
              <input type="hidden" name="lang" value={lang === 'en' ? 'id' : 'en'} />
              <button type="submit" className="btn btn-ghost btn-small" lang={lang === 'en' ? 'id' : 'en'}>
                {lang === 'en' ? 'Indonesia' : 'English'}
              </button>
            </form>
          </div>
          <nav aria-label={t('nav')} className="site-nav">
            <ul className="wrap">
              <li>
                <Link href="/layanan">{t('catalogue')}</Link>
              </li>
              <li>
                <Link href="/surat">{t('letters')}</Link>
              </li>
              <li>
                <Link href="/darurat" className="nav-emergency">
                  {t('emergency')}
                </Link>
              </li>
              <li>
                <Link href="/jari">{t('jari')}</Link>
              </li>
              <li>
                <Link href="/transparansi">{t('transparency')}</Link>
              </li>
              {v?.kind === 'OFFICER' ? (
                <li>
                  <Link href="/petugas">{t('officer')}</Link>
                </li>
              ) : v ? (
                <li>
                  <Link href="/akun">{t('account')}</Link>
                </li>
              ) : (
                <li>
                  <Link href="/masuk">{t('login')}</Link>
                </li>
              )}
              {v && (
                <li>
                  <Link href="/keluar">{t('logout')}</Link>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="isi" className="wrap main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t('footer')}</p>
            <ul className="footer-links">
              <li>
                <Link href="/verifikasi">{t('verifyTitle')}</Link>
              </li>
              <li>
                <Link href="/izin">{lang === 'en' ? 'Permits' : 'Perizinan'}</Link>
              </li>
              <li>
                <Link href="/kesehatan">{lang === 'en' ? 'Health' : 'Kesehatan'}</Link>
              </li>
              <li>
                <Link href="/pajak">{lang === 'en' ? 'Taxes (JAKPA)' : 'Pajak (JAKPA)'}</Link>
              </li>
              <li>
                <Link href="/petugas">{t('officer')}</Link>
              </li>
              <li>
                <Link href="/pengembang">{t('developers')}</Link>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
