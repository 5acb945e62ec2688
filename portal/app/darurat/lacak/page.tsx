import { getT, titled } from '@/lib/i18n';

export const generateMetadata = titled('Lacak laporan darurat', 'Follow an emergency report');

export default async function TrackForm() {
  const { t, tt } = await getT();
  return (
    <>
      <h1>{tt('Lacak laporan darurat', 'Follow an emergency report')}</h1>
      <form method="get" action="/darurat/lacak/cari" className="form">
        <div className="field">
          <label htmlFor="kode">{t('trackingCode')}</label>
          <input id="kode" name="kode" required autoComplete="off" maxLength={40} />
        </div>
        <button className="btn btn-primary" type="submit">
          {t('check')}
        </button>
      </form>
    </>
  );
}
