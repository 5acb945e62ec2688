import { headers } from 'next/headers';
import { getT, titled } from '@/lib/i18n';
import { GATEWAY_URL } from '@/lib/graphql';

export const generateMetadata = titled('Pengembang', 'Developers');

const EXAMPLE = `query {
  services(search: "domisili", first: 5) {
    totalCount
    nodes { id name nameEn timeLimitText feeKind isFree agency { shortName } }
  }
  verifyLetter(code: "LK-DEMO-2026") { valid letterTypeName issuingOffice }
}`;

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0)$/;

/**
 * The address others use: PUBLIC_GATEWAY_URL when set (production); otherwise the gateway's port on the
 * host this page was asked for, so a visitor never sees the portal's own loopback address.
 */
async function publicGatewayUrl(): Promise<string> {
  if (process.env.PUBLIC_GATEWAY_URL) return process.env.PUBLIC_GATEWAY_URL;
  const internal = new URL(GATEWAY_URL);
  if (!LOOPBACK.test(internal.hostname)) return internal.toString();
  const h = await headers();
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost').split(',')[0].trim();
  const proto = (h.get('x-forwarded-proto') ?? 'http').split(',')[0].trim();
  const hostname = host.replace(/:\d+$/, '');
  return `${proto === 'https' ? 'https' : 'http'}://${hostname}${internal.port ? `:${internal.port}` : ''}${internal.pathname}`;
}

export default async function Developers() {
  const { t, tt } = await getT();
  const url = await publicGatewayUrl();
  const sdl = new URL('/graphql/sdl', url).toString();
  const curl = `curl -s ${url} -H 'content-type: application/json' \\
  -d '{"query":"{ services(first: 3, search: \\"KTP\\") { nodes { name nameEn feeKind } } }"}'`;
  const login = `mutation {
  login(input: { identifier: "<NIK or username>", password: "<password>" }) {
    session { accessToken accessTokenExpiresAt refreshToken }
  }
}`;
  return (
    <>
      <h1>{t('devTitle')}</h1>
      <p>
        {tt(
          'Semua layanan Satu Kendari berbicara melalui satu graf GraphQL publik. Data tanpa informasi pribadi — katalog layanan dan standarnya (dua bahasa), wilayah, status layanan hari ini, statistik, verifikasi surat — terbuka untuk pemerintah daerah lain, peneliti dan pengembang.',
          'Every Satu Kendari service speaks through one public GraphQL graph. Data without personal information — the service catalogue and its standards (in both languages), regions, today’s service status, statistics, letter verification — is open to other governments, researchers and developers.',
        )}
      </p>

      <h2>{tt('Titik akhir', 'Endpoint')}</h2>
      <p>
        <code data-testid="public-gateway-url">{url}</code>
      </p>
      <p className="btn-row">
        <a className="btn btn-primary" href={url}>
          {tt('Buka playground (GraphiQL)', 'Open the playground (GraphiQL)')}
        </a>
        <a className="btn btn-secondary" href={sdl} download="satu-kendari.graphql" data-testid="sdl-link">
          {tt('Unduh skema (SDL)', 'Download the schema (SDL)')}
        </a>
      </p>
      <p className="meta">
        {tt(
          'Introspeksi terbuka: GraphiQL, Apollo Sandbox, Postman dan graphql-codegen dapat membaca skema langsung dari titik akhir.',
          'Introspection is open: GraphiQL, Apollo Sandbox, Postman and graphql-codegen can read the schema from the endpoint directly.',
        )}
      </p>

      <h2>{tt('Contoh kueri', 'Example query')}</h2>
      <pre tabIndex={0} aria-label={tt('Contoh kueri GraphQL', 'Example GraphQL query')}>
        <code>{EXAMPLE}</code>
      </pre>
      <pre tabIndex={0} aria-label={tt('Contoh dengan curl', 'Example with curl')}>
        <code>{curl}</code>
      </pre>

      <h2>{tt('Autentikasi', 'Authentication')}</h2>
      <ul>
        <li>
          {tt(
            'Kueri publik tidak perlu login. Data pribadi (NIK, telepon, alamat, identitas pelapor) tidak pernah diberikan kepada pemanggil anonim.',
            'Public queries need no login. Personal data (NIK, phone, address, a reporter’s identity) is never given to anonymous callers.',
          )}
        </li>
        <li>
          {tt(
            'Untuk bertindak sebagai warga atau petugas: jalankan mutasi login, lalu kirim header',
            'To act as a resident or officer: run the login mutation, then send the header',
          )}{' '}
          <code>Authorization: Bearer &lt;accessToken&gt;</code>.
        </li>
        <li>
          {tt('Token akses berlaku 15 menit; perbarui dengan', 'Access tokens last 15 minutes; renew them with')} <code>refreshSession(refreshToken)</code>
          {tt(' (token penyegar hanya dapat dipakai sekali).', ' (a refresh token works once).')}
        </li>
      </ul>
      <pre tabIndex={0} aria-label={tt('Contoh login', 'Login example')}>
        <code>{login}</code>
      </pre>

      <h2>{tt('Batas', 'Limits')}</h2>
      <ul data-testid="limits">
        <li>
          {tt(
            'Kedalaman kueri paling banyak 12 tingkat dan paling banyak 30 alias; kueri yang lebih besar ditolak sebelum layanan mana pun ditanya (GRAPHQL_VALIDATION_FAILED, batasnya di extensions.limit).',
            'At most 12 levels deep and 30 aliases per operation; larger ones are refused before any service is asked (GRAPHQL_VALIDATION_FAILED, the limit in extensions.limit).',
          )}
        </li>
        <li>
          {tt(
            'Daftar berhalaman: first paling banyak 100; lanjutkan dengan after: endCursor.',
            'Paginated lists: first is at most 100; continue with after: endCursor.',
          )}
        </li>
        <li>
          {tt(
            'Biaya kueri dihitung dari jumlah kolom dikali ukuran daftar; kueri yang terlalu mahal ditolak.',
            'An operation’s cost is its fields times the sizes of the lists above them; too costly operations are refused.',
          )}
        </li>
        <li>
          {tt(
            'Permintaan berlebihan diperlambat: TOO_MANY_REQUESTS dengan extensions.retryAfterSeconds.',
            'Excessive use is slowed down: TOO_MANY_REQUESTS with extensions.retryAfterSeconds.',
          )}
        </li>
      </ul>

      <h2>{tt('Kesalahan', 'Errors')}</h2>
      <p>
        {tt(
          'Setiap kesalahan membawa extensions.code yang dapat dibaca mesin (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR), pesan Bahasa Indonesia di extensions.messageId, dan untuk isian yang salah: extensions.field serta extensions.fields. Tampilkan pesan kepada pengguna berdasarkan kode dan kolom, bukan teks message.',
          'Every error carries a machine-readable extensions.code (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR), a Bahasa Indonesia message in extensions.messageId, and for bad input extensions.field and extensions.fields. Word messages for your users from the code and field, not from the message text.',
        )}
      </p>
      <h2>{tt('Dua bahasa', 'Two languages')}</h2>
      <p>
        {tt(
          'Teks katalog dan papan status tersedia dalam bahasa Indonesia dan Inggris: kolom berakhiran En (name / nameEn, requirements / requirementsEn, place / placeEn, ...).',
          'Catalogue and status-board texts come in Indonesian and English: fields ending in En (name / nameEn, requirements / requirementsEn, place / placeEn, ...).',
        )}
      </p>
    </>
  );
}
