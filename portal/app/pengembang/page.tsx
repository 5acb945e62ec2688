import Link from 'next/link';
import { headers } from 'next/headers';
import { getT, titled } from '@/lib/i18n';
import { portalEnv } from '@/lib/env';
import Changelog from '@/components/open-data/Changelog';
import ContractReference from '@/components/open-data/ContractReference';
import { EXAMPLES } from '@/components/open-data/examples';
import { INDICATORS, downloadHref } from '@/components/open-data/indicators';
import '@/components/open-data/open-data.css';

export const generateMetadata = titled('Pengembang', 'Developers');

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0)$/;

/**
 * The address others use: PUBLIC_GATEWAY_URL when set (production); otherwise the gateway's port on the
 * host this page was asked for, so a visitor never sees the portal's own loopback address.
 */
async function publicGatewayUrl(): Promise<string> {
  const env = portalEnv();
  if (env.PUBLIC_GATEWAY_URL) return env.PUBLIC_GATEWAY_URL;
  const internal = new URL(env.GATEWAY_URL);
  if (!LOOPBACK.test(internal.hostname)) return internal.toString();
  const h = await headers();
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost').split(',')[0].trim();
  const proto = (h.get('x-forwarded-proto') ?? 'http').split(',')[0].trim();
  const hostname = host.replace(/:\d+$/, '');
  return `${proto === 'https' ? 'https' : 'http'}://${hostname}${internal.port ? `:${internal.port}` : ''}${internal.pathname}`;
}

/** The playground with this operation in a tab of its own (the gateway reads `?query=`). */
const tryIt = (url: string, query: string) => `${url}?query=${encodeURIComponent(query)}`;

export default async function Developers() {
  const { t, tt, lang } = await getT();
  const url = await publicGatewayUrl();
  const sdl = new URL('/graphql/sdl', url).toString();
  const curl = `curl -s ${url} -H 'content-type: application/json' \\
  -H 'x-api-key: <kunci API / API key>' \\
  -d '{"query":"{ services(first: 3, search: \\"KTP\\") { nodes { name nameEn feeKind timeLimitText } } }"}'`;
  const login = `mutation {
  login(input: { identifier: "<NIK or username>", password: "<password>" }) {
    session { accessToken accessTokenExpiresAt refreshToken }
  }
}`;
  const toc: Array<[string, string]> = [
    ['titik-akhir', tt('Titik akhir', 'Endpoint')],
    ['contoh', tt('Contoh kueri', 'Example queries')],
    ['kunci', tt('Kunci API dan kuota', 'API keys and quotas')],
    ['data-terbuka', tt('Data terbuka (CSV, JSON)', 'Open data (CSV, JSON)')],
    ['kontrak', tt('Kontrak publik: tipe dan kolom', 'The public contract: types and fields')],
    ['perubahan', tt('Perubahan dan penghentian', 'Changelog and deprecations')],
    ['autentikasi', tt('Autentikasi', 'Authentication')],
    ['batas', tt('Batas', 'Limits')],
  ];
  const downloads = INDICATORS;
  return (
    <>
      <h1>{t('devTitle')}</h1>
      <p>
        {tt(
          'Semua layanan Satu Kendari berbicara melalui satu graf GraphQL publik. Data tanpa informasi pribadi — katalog layanan dan standarnya (dua bahasa), wilayah, status layanan hari ini, statistik, verifikasi surat dan izin, register izin — terbuka untuk pemerintah daerah lain, peneliti dan pengembang.',
          'Every Satu Kendari service speaks through one public GraphQL graph. Data without personal information — the service catalogue and its standards (in both languages), regions, today’s service status, statistics, verification of letters and permits, the permit register — is open to other governments, researchers and developers.',
        )}
      </p>
      <nav aria-label={tt('Isi halaman', 'On this page')}>
        <ul className="trend-toc">
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="titik-akhir">{tt('Titik akhir', 'Endpoint')}</h2>
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
          'Introspeksi terbuka: GraphiQL, Apollo Sandbox, Postman dan graphql-codegen dapat membaca skema langsung dari titik akhir. Tanpa login, skema yang terlihat adalah kontrak publik di bawah.',
          'Introspection is open: GraphiQL, Apollo Sandbox, Postman and graphql-codegen can read the schema from the endpoint directly. Without a login, the schema you see is the public contract below.',
        )}
      </p>
      <pre tabIndex={0} aria-label={tt('Contoh dengan curl', 'Example with curl')}>
        <code>{curl}</code>
      </pre>

      <h2 id="contoh">{tt('Contoh kueri', 'Example queries')}</h2>
      <p>
        {tt(
          'Pertanyaan yang biasa diajukan pemerintah daerah lain, masing-masing dapat langsung dijalankan di playground.',
          'What other governments usually ask, each ready to run in the playground.',
        )}
      </p>
      {EXAMPLES.map((e) => (
        <section key={e.id} aria-labelledby={`contoh-${e.id}`} data-testid={`example-${e.id}`}>
          <h3 id={`contoh-${e.id}`}>{e.title[lang]}</h3>
          <p className="meta">{e.why[lang]}</p>
          <pre tabIndex={0} aria-label={e.title[lang]}>
            <code>{e.query}</code>
          </pre>
          <p>
            <a href={tryIt(url, e.query)} data-testid={`try-${e.id}`}>
              {tt('Coba di playground', 'Try it in the playground')} →
            </a>
          </p>
        </section>
      ))}

      <h2 id="kunci">{tt('Kunci API dan kuota', 'API keys and quotas')}</h2>
      <ul data-testid="quotas">
        <li>
          {tt(
            'Tanpa kunci: kueri publik tetap terbuka, dihitung per alamat IP — bawaannya 120 permintaan per menit dan 5.000 per hari.',
            'Without a key: public queries stay open, counted per IP address — by default 120 requests a minute and 5,000 a day.',
          )}
        </li>
        <li>
          {tt(
            'Dengan kunci (header x-api-key): kuota per menit dan per hari milik kunci itu sendiri, disepakati ketika kunci diterbitkan; cocok untuk sistem pemerintah daerah lain yang menarik data secara berkala.',
            'With a key (the x-api-key header): the key’s own quotas per minute and per day, agreed when it is issued; meant for other governments’ systems that fetch data regularly.',
          )}
        </li>
        <li>
          {tt(
            'Setiap jawaban membawa header RateLimit dan RateLimit-Policy; di atas kuota: HTTP 429 dengan Retry-After. Kunci yang salah atau dicabut: 401 UNAUTHENTICATED.',
            'Every answer carries the RateLimit and RateLimit-Policy headers; over the quota: HTTP 429 with Retry-After. A wrong or revoked key: 401 UNAUTHENTICATED.',
          )}
        </li>
      </ul>
      <h3>{tt('Cara mendapatkan kunci', 'How to get a key')}</h3>
      <p>
        {tt(
          'Kunci diterbitkan oleh admin Dinas Komunikasi dan Informatika (Diskominfo) Kota Kendari. Kirim permintaan dari alamat surel resmi instansi Anda dengan nama sistem, kegunaan, perkiraan jumlah permintaan per menit dan per hari, dan (untuk aplikasi peramban) asal situsnya. Kunci hanya ditampilkan sekali saat diterbitkan; simpan di server, bukan di kode peramban.',
          'Keys are issued by an administrator of the Kendari Communication and Informatics Office (Diskominfo). Send a request from your agency’s official e-mail address with the system’s name, its use, the expected requests per minute and per day, and (for a browser application) its site origin. A key is shown once, when issued; keep it on a server, not in browser code.',
        )}
      </p>
      <p>
        <Link href="/pengembang/kunci">{tt('Kunci API: permintaan dan pengelolaan', 'API keys: requests and management')} →</Link>
      </p>

      <h2 id="data-terbuka">{tt('Data terbuka (CSV, JSON)', 'Open data (CSV, JSON)')}</h2>
      <p>
        {tt(
          'Setiap statistik publik dapat diunduh, dibuat dari graf yang sama (kontrak publik, sebagai pemanggil anonim). Satu baris per bulan WITA; rentang dengan ?from=TTTT-BB&to=TTTT-BB (bawaan: 12 bulan terakhir, paling banyak 24). Nama kolom dalam bahasa Inggris, huruf kecil dengan garis bawah, sama di CSV (RFC 4180, UTF-8, baris judul) dan JSON (rows). has_data=false: belum ada data bulan itu.',
          'Every public statistic can be downloaded, generated from the same graph (the public contract, as an anonymous caller). One row per WITA month; a range with ?from=YYYY-MM&to=YYYY-MM (default: the last 12 months, at most 24). Column names are English snake_case, the same in CSV (RFC 4180, UTF-8, a header row) and JSON (rows). has_data=false: no data yet that month.',
        )}
      </p>
      <ul className="dev-downloads" data-testid="downloads">
        {downloads.map((d) => (
          <li key={d.id}>
            <strong>{d.title[lang]}</strong> — <a href={downloadHref(d.id, 'csv')}>{d.id}.csv</a> · <a href={downloadHref(d.id, 'json')}>{d.id}.json</a>
            <details>
              <summary>{tt('Kolom', 'Columns')}</summary>
              <ul className="contract-fields">
                {d.columns.map((c) => (
                  <li key={c.key}>
                    <code>{c.key}</code> <span className="meta">({c.kind})</span> — {c.doc[lang]}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>

      <h2 id="kontrak">{tt('Kontrak publik: tipe dan kolom', 'The public contract: types and fields')}</h2>
      <p>
        {tt(
          'Bagian graf yang boleh dipakai siapa pun, tanpa data pribadi. Bagian lain graf (akun warga, berkas permohonan, laporan) hanya untuk pemiliknya dan petugas.',
          'The part of the graph anyone may use, without personal data. The rest of the graph (residents’ accounts, applications, reports) is for their owners and officers only.',
        )}
      </p>
      <ContractReference />

      <h2 id="perubahan">{tt('Perubahan dan penghentian', 'Changelog and deprecations')}</h2>
      <p>
        {tt(
          'Kolom kontrak tidak dihapus tanpa pemberitahuan: kolom yang akan dihapus lebih dulu ditandai usang (@deprecated) dengan tanggal mulai dan tanggal hapus, sekurangnya enam bulan kemudian, dan dicantumkan di bagian Deprecations. Perubahan yang merusak dicatat di bawah Unreleased sebelum rilis; pemeriksaan skema menolak perubahan yang tidak dicatat.',
          'Contract fields are not removed without notice: a field to be removed is first deprecated (@deprecated) with the date it starts and the date it goes, at least six months later, and listed under Deprecations. Breaking changes are recorded under Unreleased before a release; the schema check refuses unrecorded ones.',
        )}
      </p>
      <Changelog />

      <h2 id="autentikasi">{tt('Autentikasi', 'Authentication')}</h2>
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

      <h2 id="batas">{tt('Batas', 'Limits')}</h2>
      <ul data-testid="limits">
        <li>
          {tt(
            'Kedalaman kueri paling banyak 12 tingkat dan paling banyak 30 alias; kueri yang lebih besar ditolak sebelum layanan mana pun ditanya (GRAPHQL_VALIDATION_FAILED, batasnya di extensions.limit).',
            'At most 12 levels deep and 30 aliases per operation; larger ones are refused before any service is asked (GRAPHQL_VALIDATION_FAILED, the limit in extensions.limit).',
          )}
        </li>
        <li>
          {tt(
            'Daftar berhalaman: first paling banyak 100; lanjutkan dengan after: endCursor. Tren bulanan: paling banyak 24 bulan per kueri.',
            'Paginated lists: first is at most 100; continue with after: endCursor. Monthly trends: at most 24 months per query.',
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
