import type { Metadata } from 'next';
import { getT } from '@/lib/i18n';
import { GATEWAY_URL } from '@/lib/graphql';

export const metadata: Metadata = { title: 'Pengembang' };

const EXAMPLE = `query {
  services(search: "domisili", first: 5) {
    totalCount
    nodes { id name timeLimitText feeRupiah isFree agency { shortName } }
  }
  verifyLetter(code: "LK-DEMO-2026") { valid letterTypeName issuingOffice }
}`;

export default async function Developers() {
  const { t, tt } = await getT();
  const url = process.env.PUBLIC_GATEWAY_URL ?? GATEWAY_URL;
  return (
    <>
      <h1>{t('devTitle')}</h1>
      <p>{tt('Semua layanan Satu Kendari berbicara melalui satu graf GraphQL publik. Data tanpa informasi pribadi — katalog layanan dan standarnya, wilayah, status layanan hari ini, statistik, verifikasi surat — terbuka untuk pemerintah daerah lain, peneliti dan pengembang.', 'Every Satu Kendari service speaks through one public GraphQL graph. Data without personal information — the service catalogue and its standards, regions, today’s service status, statistics, letter verification — is open to other governments, researchers and developers.')}</p>
      <h2>{tt('Titik akhir', 'Endpoint')}</h2>
      <p><code>{url}</code></p>
      <p><a className="btn btn-primary" href={url}>{tt('Buka playground (GraphiQL)', 'Open the playground (GraphiQL)')}</a></p>
      <h2>{tt('Contoh kueri', 'Example query')}</h2>
      <pre tabIndex={0} aria-label={tt("Contoh kueri GraphQL", "Example GraphQL query")}><code>{EXAMPLE}</code></pre>
      <h2>{tt('Aturan', 'Rules')}</h2>
      <ul>
        <li>{tt('Tanpa login Anda hanya melihat kolom publik. Data pribadi (NIK, telepon, alamat, identitas pelapor) tidak pernah diberikan.', 'Without a login you only see public fields. Personal data (NIK, phone, address, reporter identity) is never given.')}</li>
        <li>{tt('Kirim header POST JSON biasa; batasi permintaan — akses berlebihan diperlambat (TOO_MANY_REQUESTS).', 'Send plain JSON POSTs; keep the rate reasonable — excessive use is slowed down (TOO_MANY_REQUESTS).')}</li>
        <li>{tt('Kesalahan membawa extensions.code dan extensions.messageId (Bahasa Indonesia).', 'Errors carry extensions.code and extensions.messageId (Bahasa Indonesia).')}</li>
      </ul>
    </>
  );
}
