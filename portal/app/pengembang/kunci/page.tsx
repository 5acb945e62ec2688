import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { tryGql, type ResultOf } from '@/lib/graphql';
import { formatDate, getT, titled } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';

const MyApiKeysQuery = graphql(`
  query MyApiKeys {
    myApiKeys {
      id
      prefix
      holder
      quotaPerMinute
      quotaPerDay
      allowedOrigins
      createdAt
      revokedAt
      usage(days: 30) {
        day
        calls
        rejected
      }
    }
  }
`);

type Key = ResultOf<typeof MyApiKeysQuery>['myApiKeys'][number];

export const generateMetadata = titled('Kunci API saya', 'My API keys');

const number = (n: number, lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(n);

/** A key holder's keys and their use per day (the last 30 WITA days), for any logged-in account a key names. */
export default async function MyApiKeys() {
  const { tt, lang } = await getT();
  const v = await viewer();
  if (!v) redirect('/masuk?next=/pengembang/kunci');
  const r = await tryGql(MyApiKeysQuery, {}, { token: v.token });
  const keys: Key[] = r.data?.myApiKeys ?? [];
  return (
    <>
      <p className="meta">
        <Link href="/pengembang">{tt('Pengembang', 'Developers')}</Link>
      </p>
      <h1>{tt('Kunci API saya', 'My API keys')}</h1>
      <p>
        {tt(
          'Kunci yang dibuat admin Diskominfo untuk kantor Anda, dengan kuotanya dan pemakaian per hari (WITA). Kirim kunci sebagai header x-api-key; kuncinya sendiri hanya ditampilkan sekali saat dibuat.',
          'Keys the Diskominfo admin made for your office, with their quotas and use per day (WITA). Send a key as the x-api-key header; the key itself was shown only once, when it was made.',
        )}
      </p>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : keys.length === 0 ? (
        <p className="panel" data-testid="no-keys">
          {tt(
            'Belum ada kunci API untuk akun ini. Hubungi Diskominfo Kota Kendari untuk memintanya.',
            'No API key names this account yet. Ask Diskominfo of Kota Kendari for one.',
          )}
        </p>
      ) : (
        <ul className="cards" data-testid="my-api-keys">
          {keys.map((k) => {
            const total = k.usage.reduce((s, u) => s + u.calls, 0);
            return (
              <li className="card" key={k.id} data-testid="api-key" data-prefix={k.prefix}>
                <h2>
                  <code>{k.prefix}…</code> · {k.holder}
                </h2>
                <p className="meta">
                  {k.revokedAt ? (
                    <span className="tag tag-bad">
                      {tt('Dicabut', 'Revoked')} {formatDate(k.revokedAt, lang)}
                    </span>
                  ) : (
                    <span className="tag tag-free">{tt('Aktif', 'Active')}</span>
                  )}{' '}
                  · {tt('Kuota', 'Quota')}: {number(k.quotaPerMinute, lang)} {tt('per menit', 'per minute')}, {number(k.quotaPerDay, lang)}{' '}
                  {tt('per hari', 'per day')} · {tt('Asal peramban', 'Browser origins')}:{' '}
                  {k.allowedOrigins.length ? k.allowedOrigins.join(', ') : tt('semua', 'any')}
                </p>
                <p>
                  {tt('Panggilan 30 hari terakhir', 'Calls in the last 30 days')}: <strong data-testid="calls-30">{number(total, lang)}</strong>
                </p>
                <div className="table-wrap" tabIndex={0} role="region" aria-label={`${tt('Pemakaian per hari', 'Use per day')} ${k.prefix}`}>
                  <table>
                    <caption>{tt('Pemakaian per hari (WITA)', 'Use per day (WITA)')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{tt('Tanggal', 'Day')}</th>
                        <th scope="col">{tt('Panggilan dijawab', 'Calls answered')}</th>
                        <th scope="col">{tt('Ditolak (kuota/asal)', 'Refused (quota/origin)')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {k.usage.length === 0 ? (
                        <tr data-testid="usage-empty">
                          <td colSpan={3}>{tt('Belum ada data pemakaian.', 'No data yet.')}</td>
                        </tr>
                      ) : (
                        k.usage.map((u) => (
                          <tr key={u.day} data-testid="usage-day" data-day={u.day}>
                            <th scope="row">{formatDate(`${u.day}T12:00:00+08:00`, lang)}</th>
                            <td>{number(u.calls, lang)}</td>
                            <td>{number(u.rejected, lang)}</td>
                          </tr>
                        ))
                      )}
                    </tbody>
                  </table>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="meta">
        {tt(
          'Angka dikirim gerbang (gateway) setiap ±10 detik; kunci yang dicabut berhenti berlaku paling lambat 30 detik kemudian.',
          'Gateways send the counts every ~10 seconds; a revoked key stops working within 30 seconds.',
        )}
      </p>
    </>
  );
}
