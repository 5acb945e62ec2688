import type { Metadata } from 'next';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { formatDate, getT } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';
import { permitLabel, permitTone } from '@/components/permits/labels';
import { VERIFY } from '@/components/permits/ops';

export const metadata: Metadata = { title: 'Verifikasi izin' };

export default async function VerifyPermit({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw).slice(0, 64);
  const { tt, lang } = await getT();
  const r = await tryGql(VERIFY, { code });
  const p = r.data?.verifyPermit;
  return (
    <>
      <h1>{tt('Verifikasi izin', 'Verify a permit')}</h1>
      <p>
        {tt('Kode', 'Code')}: <span className="big-code">{code}</span>
      </p>
      {r.error ? (
        r.error.code === 'TOO_MANY_REQUESTS' ? (
          <div className="alert" role="alert">
            {tt('Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.', 'Too many attempts. Wait a moment and try again.')}
          </div>
        ) : (
          <Unavailable error={r.error} />
        )
      ) : p?.valid ? (
        <section
          className={`panel ${p.status === 'VALID' ? 'panel-ok' : ''}`}
          aria-labelledby="hasil"
          data-testid="verify-result"
          data-valid="true"
          data-status={p.status ?? ''}
        >
          <h2 id="hasil">
            {p.status === 'VALID'
              ? tt('Izin ini ASLI dan masih berlaku', 'This permit is GENUINE and valid')
              : p.status === 'REVOKED'
                ? tt('Izin ini asli tetapi SUDAH DICABUT', 'This permit is genuine but has been REVOKED')
                : tt('Izin ini asli tetapi masa berlakunya sudah habis', 'This permit is genuine but has expired')}
          </h2>
          <dl className="kv">
            <div>
              <dt>{tt('Nomor izin', 'Permit number')}</dt>
              <dd>{p.permitNumber}</dd>
            </div>
            <div>
              <dt>{tt('Jenis izin', 'Permit type')}</dt>
              <dd>{p.permitTypeName}</dd>
            </div>
            {p.businessName && (
              <div>
                <dt>{tt('Nama usaha', 'Business')}</dt>
                <dd>{p.businessName}</dd>
              </div>
            )}
            <div>
              <dt>{tt('Atas nama', 'Holder')}</dt>
              <dd>{p.holderNameMasked}</dd>
            </div>
            <div>
              <dt>{tt('Kelurahan', 'Kelurahan')}</dt>
              <dd>{p.kelurahan?.name ?? '—'}</dd>
            </div>
            <div>
              <dt>{tt('Tanggal terbit', 'Issued on')}</dt>
              <dd>{formatDate(p.issuedAt, lang)}</dd>
            </div>
            <div>
              <dt>{tt('Berlaku sampai', 'Valid until')}</dt>
              <dd>{p.validUntil ? formatDate(p.validUntil, lang) : tt('Tidak ada batas', 'No expiry')}</dd>
            </div>
            <div>
              <dt>{tt('Status', 'Status')}</dt>
              <dd>
                <span className={`tag ${p.status ? permitTone(p.status) : ''}`}>{permitLabel(p.status, lang)}</span>
                {p.revokedAt ? ` (${formatDate(p.revokedAt, lang)})` : ''}
              </dd>
            </div>
          </dl>
        </section>
      ) : (
        <div className="alert" role="alert" data-testid="verify-result" data-valid="false">
          {tt(
            'Kode ini tidak dikenal. Izin dengan kode ini TIDAK diterbitkan oleh DPMPTSP Kota Kendari. Periksa kembali kodenya.',
            'This code is unknown. No permit with this code was issued by DPMPTSP Kota Kendari. Check the code again.',
          )}
        </div>
      )}
      <p>
        <Link href="/izin/verifikasi">{tt('Periksa kode lain', 'Check another code')}</Link> ·{' '}
        <Link href="/izin/register">{tt('Register izin', 'Permit register')}</Link>
      </p>
    </>
  );
}
