import { redirect } from 'next/navigation';
import { getT, titled } from '@/lib/i18n';

export const generateMetadata = titled('Verifikasi surat', 'Letter verification');

export default async function Verify({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const code = (sp.kode ?? '').trim();
  if (code) redirect(`/verifikasi/${encodeURIComponent(code.slice(0, 64))}`);
  const { t } = await getT();
  return (
    <>
      <h1>{t('verifyTitle')}</h1>
      <p>{t('verifyIntro')}</p>
      <form method="get" action="/verifikasi" className="form">
        <div className="field">
          <label htmlFor="kode">{t('code')}</label>
          <input id="kode" name="kode" required autoComplete="off" autoCapitalize="characters" maxLength={64} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t('check')}
        </button>
      </form>
    </>
  );
}
