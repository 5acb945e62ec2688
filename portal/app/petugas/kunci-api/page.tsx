import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { formatDate, getT, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import ActionForm from '@/components/ActionForm';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import Unavailable from '@/components/Unavailable';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100) {
      totalCount
      nodes {
        id
        prefix
        holder
        contact
        quotaPerMinute
        quotaPerDay
        allowedOrigins
        createdAt
        revokedAt
        usage(days: 30) {
          calls
          rejected
        }
      }
    }
  }
`);

export const generateMetadata = titled('Kunci API', 'API keys');

const number = (n: number, lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(n);

/** ADMIN: make a key (shown once), see every key with its use, revoke one. */
export default async function ApiKeysAdmin({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  // ADMIN only: requireOfficer lets ADMIN through any role list, and this list has no other role
  const { token, error } = await requireOfficer('/petugas/kunci-api', ['ADMIN']);
  const r = error ? null : await tryGql(ApiKeysQuery, {}, { token });
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link>
      </p>
      <h1>{tt('Kunci API', 'API keys')}</h1>
      <p>
        {tt(
          'Kunci untuk pemerintah daerah lain dan pengembang: menandai pemanggil dan kuotanya di gateway, tidak pernah membuka data pribadi.',
          'Keys for other governments and developers: they name the caller and its quota at the gateway, and never open personal data.',
        )}
      </p>
      <Flash sp={sp} />

      <h2>{tt('Buat kunci baru', 'Make a new key')}</h2>
      <ActionForm
        action={createApiKeyAction}
        formId="new-api-key"
        submitLabel={tt('Buat kunci', 'Make the key')}
        pendingLabel={t('sending')}
        fields={[
          {
            name: 'holder',
            label: tt('Pemegang (kantor atau lembaga)', 'Holder (office or organisation)'),
            required: true,
            maxLength: 120,
            placeholderText: 'Pemkab Konawe',
          },
          {
            name: 'contact',
            label: tt('Kontak kantor (email atau telepon)', 'Office contact (email or phone)'),
            required: true,
            maxLength: 200,
            hint: tt('Hanya dilihat admin.', 'Seen by admins only.'),
          },
          { name: 'quotaPerMinute', label: tt('Kuota per menit', 'Quota per minute'), required: true, inputMode: 'numeric', defaultValue: '60' },
          { name: 'quotaPerDay', label: tt('Kuota per hari', 'Quota per day'), required: true, inputMode: 'numeric', defaultValue: '10000' },
          {
            name: 'allowedOrigins',
            label: tt('Asal peramban yang diizinkan', 'Allowed browser origins'),
            type: 'textarea',
            rows: 2,
            optionalLabel: tt('boleh kosong', 'optional'),
            hint: tt(
              'Satu per baris, mis. https://konawekab.go.id. Kosong: kunci untuk server, asal mana pun.',
              'One per line, e.g. https://konawekab.go.id. Empty: a server key, any origin.',
            ),
          },
          {
            name: 'ownerAccountId',
            label: tt('ID akun pemilik', 'Owner account id'),
            optionalLabel: tt('boleh kosong', 'optional'),
            hint: tt(
              'Akun Satu Kendari yang boleh melihat pemakaian kunci di /pengembang/kunci.',
              'The Satu Kendari account that may see the key’s use at /pengembang/kunci.',
            ),
          },
        ]}
      />

      <h2>{tt('Semua kunci', 'Every key')}</h2>
      {error ? (
        <Unavailable error={error} />
      ) : r?.error ? (
        <Unavailable error={r.error} />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={tt('Daftar kunci API', 'API key list')}>
          <table data-testid="api-key-list">
            <caption>
              {number(r?.data.apiKeys.totalCount ?? 0, lang)} {tt('kunci', 'keys')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tt('Awalan', 'Prefix')}</th>
                <th scope="col">{tt('Pemegang', 'Holder')}</th>
                <th scope="col">{tt('Kuota', 'Quota')}</th>
                <th scope="col">{tt('Panggilan 30 hari', 'Calls, 30 days')}</th>
                <th scope="col">{tt('Dibuat', 'Made')}</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {r?.data.apiKeys.nodes.length === 0 && (
                <tr>
                  <td colSpan={6}>{tt('Belum ada kunci.', 'No keys yet.')}</td>
                </tr>
              )}
              {r?.data.apiKeys.nodes.map((k) => (
                <tr key={k.id} data-testid="api-key-row" data-prefix={k.prefix}>
                  <th scope="row">
                    <code>{k.prefix}</code>
                  </th>
                  <td>
                    {k.holder}
                    <br />
                    <span className="meta">{k.contact}</span>
                    {k.allowedOrigins.length > 0 && <span className="meta"> · {k.allowedOrigins.join(', ')}</span>}
                  </td>
                  <td>
                    {number(k.quotaPerMinute, lang)}/{tt('menit', 'min')}
                    <br />
                    {number(k.quotaPerDay, lang)}/{tt('hari', 'day')}
                  </td>
                  <td>
                    {number(
                      k.usage.reduce((s, u) => s + u.calls, 0),
                      lang,
                    )}
                    {k.usage.some((u) => u.rejected > 0) && (
                      <span className="meta">
                        {' '}
                        (
                        {number(
                          k.usage.reduce((s, u) => s + u.rejected, 0),
                          lang,
                        )}{' '}
                        {tt('ditolak', 'refused')})
                      </span>
                    )}
                  </td>
                  <td>{formatDate(k.createdAt, lang)}</td>
                  <td>
                    {k.revokedAt ? (
                      <span className="tag tag-bad">
                        {tt('Dicabut', 'Revoked')} {formatDate(k.revokedAt, lang)}
                      </span>
                    ) : (
                      <form action={revokeApiKeyAction}>
                        <input type="hidden" name="id" value={k.id} />
                        <input type="hidden" name="prefix" value={k.prefix} />
                        <span className="tag tag-free">{tt('Aktif', 'Active')}</span>{' '}
                        <SubmitButton pending={t('sending')} className="btn btn-danger">
                          {tt('Cabut', 'Revoke')} <span className="visually-hidden">{k.prefix}</span>
                        </SubmitButton>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
