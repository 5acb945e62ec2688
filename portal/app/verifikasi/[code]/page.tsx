import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, titled } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';

const VerifyLetterQuery = graphql(`
  query VerifyLetter($code: String!) {
    verifyLetter(code: $code) {
      valid
      letterTypeName
      letterNumber
      issuedAt
      issuingOffice
      validUntil
      expired
      holderNameMasked
    }
  }
`);

export const generateMetadata = titled('Verifikasi surat', 'Letter verification');

export default async function VerifyCode({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw).slice(0, 64);
  const { t, tt, lang } = await getT();
  const r = await tryGql(VerifyLetterQuery, { code });
  return (
    <>
      <h1>{t('verifyTitle')}</h1>
      <p>
        {t('code')}: <span className="big-code">{code}</span>
      </p>
      {r.error ? (
        r.error.code === 'TOO_MANY_REQUESTS' ? (
          <div className="alert" role="alert">
            {tt('Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.', 'Too many attempts. Wait a moment and try again.')}
          </div>
        ) : (
          <Unavailable error={r.error} />
        )
      ) : r.data.verifyLetter.valid ? (
        <section className={`panel ${r.data.verifyLetter.expired ? '' : 'panel-ok'}`} aria-labelledby="hasil" data-testid="verify-result" data-valid="true">
          <h2 id="hasil">
            {r.data.verifyLetter.expired
              ? tt('Surat asli, tetapi masa berlakunya sudah habis', 'Genuine letter, but it has expired')
              : tt('Surat ini ASLI dan diterbitkan resmi', 'This letter is GENUINE and officially issued')}
          </h2>
          <dl className="kv">
            <div>
              <dt>{t('letterType')}</dt>
              <dd>{r.data.verifyLetter.letterTypeName}</dd>
            </div>
            <div>
              <dt>{tt('Nomor surat', 'Letter number')}</dt>
              <dd>{r.data.verifyLetter.letterNumber}</dd>
            </div>
            <div>
              <dt>{tt('Atas nama', 'Holder')}</dt>
              <dd>{r.data.verifyLetter.holderNameMasked}</dd>
            </div>
            <div>
              <dt>{tt('Diterbitkan oleh', 'Issued by')}</dt>
              <dd>{r.data.verifyLetter.issuingOffice}</dd>
            </div>
            <div>
              <dt>{tt('Tanggal terbit', 'Issued on')}</dt>
              <dd>{formatDate(r.data.verifyLetter.issuedAt, lang)}</dd>
            </div>
            <div>
              <dt>{tt('Berlaku sampai', 'Valid until')}</dt>
              <dd>{r.data.verifyLetter.validUntil ? formatDate(r.data.verifyLetter.validUntil, lang) : tt('Tidak ada batas', 'No expiry')}</dd>
            </div>
          </dl>
        </section>
      ) : (
        <div className="alert" role="alert" data-testid="verify-result" data-valid="false">
          {tt(
            'Kode ini tidak dikenal. Surat dengan kode ini TIDAK diterbitkan oleh Pemerintah Kota Kendari. Periksa kembali kodenya.',
            'This code is unknown. No letter with this code was issued by the City of Kendari. Check the code again.',
          )}
        </div>
      )}
      <p>
        <Link href="/verifikasi">{tt('Periksa kode lain', 'Check another code')}</Link>
      </p>
    </>
  );
}
