import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, formatRupiah, titled } from '@/lib/i18n';
import { inLang } from '@/lib/catalogue';
import { viewer } from '@/lib/session';
import { label, statusTone } from '@/lib/status';
import ActionForm from '@/components/ActionForm';
import Unavailable from '@/components/Unavailable';
import type { FieldSpec } from '@/lib/forms';
import { requestLetterAction } from './actions';

const MyLetterListQuery = graphql(`
  query MyLetterList {
    me {
      id
      letterRequests(first: 50) {
        nodes {
          id
          status
          createdAt
          dueAt
          overdue
          letterType {
            id
            name
            service {
              id
              nameEn
            }
          }
        }
      }
    }
  }
`);

const LetterTypesToRequestQuery = graphql(`
  query LetterTypesToRequest {
    letterTypes {
      id
      name
      service {
        id
        nameEn
      }
      level
      timeLimitDays
      feeRupiah
      fields {
        name
        label
        kind
        required
        maxLength
      }
    }
  }
`);

export const generateMetadata = titled('Surat (LAIKA)', 'Letters (LAIKA)');

async function MyLetters({ token }: { token: string }) {
  const { t, tt, lang } = await getT();
  const r = await tryGql(MyLetterListQuery, {}, { token });
  return (
    <section aria-labelledby="surat-saya">
      <h2 id="surat-saya">{t('myLetters')}</h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : !r.data.me.letterRequests?.nodes.length ? (
        <p>{t('nothingYet')}</p>
      ) : (
        <ul className="cards" data-testid="my-letters">
          {r.data.me.letterRequests.nodes.map((l) => (
            <li className="card" key={l.id}>
              <Link className="card-link" href={`/surat/${l.id}`}>
                <h3>{inLang(lang, l.letterType.name, l.letterType.service?.nameEn)}</h3>
              </Link>
              <p>
                <span className={`tag ${statusTone(l.status)}`} data-status={l.status}>
                  {label(l.status, lang)}
                </span>
                {l.overdue && l.status !== 'ISSUED' ? (
                  <>
                    {' '}
                    <span className="tag tag-bad">{t('overdue')}</span>
                  </>
                ) : null}
              </p>
              <p className="meta">
                {tt('Diajukan', 'Submitted')} {formatDate(l.createdAt, lang, true)} · {t('due')} {formatDate(l.dueAt, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function Letters({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const v = await viewer();
  const types = await tryGql(LetterTypesToRequestQuery, {}, { revalidate: 300 });
  const chosen = types.data?.letterTypes.find((x) => x.id === sp.jenis);
  return (
    <>
      <h1>{t('letters')}</h1>
      <p>
        {tt(
          'Ajukan surat keterangan dari kelurahan atau kecamatan tanpa antre. Gratis. Anda akan diberi tahu statusnya di sini.',
          'Request certificates from your kelurahan or kecamatan without queuing. Free of charge. Follow the status here.',
        )}
      </p>
      <p>
        <Link href="/verifikasi">{t('verifyTitle')}</Link>
      </p>
      {types.error ? (
        <Unavailable
          error={types.error}
          what={tt('Permohonan surat LAIKA akan segera tersedia di portal.', 'LAIKA letter requests will soon be available on the portal.')}
        />
      ) : !v || v.kind !== 'CITIZEN' ? (
        <section className="panel" aria-labelledby="ajukan">
          <h2 id="ajukan">{t('requestLetter')}</h2>
          <p>{tt('Masuk dengan akun warga untuk mengajukan surat.', 'Log in with a resident account to request a letter.')}</p>
          <p className="btn-row">
            <Link className="btn btn-primary" href="/masuk?next=/surat">
              {t('login')}
            </Link>{' '}
            <Link className="btn btn-secondary" href="/daftar?next=/surat">
              {t('register')}
            </Link>
          </p>
          <h3>{tt('Surat yang bisa diajukan', 'Letters you can request')}</h3>
          <ul>
            {types.data.letterTypes.map((x) => (
              <li key={x.id}>
                <Link href={`/layanan/${x.id}`}>{inLang(lang, x.name, x.service?.nameEn)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : !chosen ? (
        <section aria-labelledby="ajukan">
          <h2 id="ajukan">
            {t('requestLetter')}: {tt('pilih jenis surat', 'choose the letter')}
          </h2>
          <form method="get" action="/surat" className="form">
            <fieldset className="field">
              <legend>{t('letterType')}</legend>
              {types.data.letterTypes.map((x, i) => (
                <label key={x.id} className="choice">
                  <input type="radio" name="jenis" value={x.id} defaultChecked={i === 0} />
                  <span>
                    <strong>{inLang(lang, x.name, x.service?.nameEn)}</strong>
                    <span className="choice-note">
                      {x.level === 'KECAMATAN' ? tt('Di kecamatan', 'At the kecamatan') : tt('Di kelurahan', 'At the kelurahan')} · {x.timeLimitDays}{' '}
                      {tt('hari kerja', 'working days')} · {x.feeRupiah === 0 ? t('free') : formatRupiah(x.feeRupiah)}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <button className="btn btn-primary" type="submit">
              {t('next')}
            </button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="ajukan">
          <h2 id="ajukan">{chosen.name}</h2>
          <p className="meta">
            <Link href="/surat">{tt('Ganti jenis surat', 'Choose another letter')}</Link> ·{' '}
            <Link href={`/layanan/${chosen.id}`}>{tt('Persyaratan dan langkah', 'Requirements and steps')}</Link>
          </p>
          <ActionForm
            formId="surat"
            action={requestLetterAction}
            submitLabel={tt('Kirim permohonan', 'Send request')}
            pendingLabel={t('sending')}
            fields={[
              { name: 'letterTypeId', label: '', type: 'hidden', defaultValue: chosen.id },
              { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: randomUUID() },
              {
                name: 'purpose',
                label: t('purpose'),
                type: 'textarea',
                required: true,
                maxLength: 500,
                hint: tt(
                  'Untuk apa surat ini? Minimal 10 huruf. Contoh: syarat pengajuan kredit usaha di bank.',
                  'What is the letter for? At least 10 characters. For example: required for a small-business loan.',
                ),
              },
              ...chosen.fields.map((f): FieldSpec => ({
                name: `detail_${f.name}`,
                label: f.label,
                type: f.kind === 'DATE' ? 'date' : f.maxLength > 200 ? 'textarea' : 'text',
                inputMode: f.kind === 'RUPIAH' ? 'numeric' : undefined,
                required: f.required,
                maxLength: f.maxLength,
                optionalLabel: f.required ? undefined : tt('boleh kosong', 'optional'),
              })),
            ]}
          />
        </section>
      )}
      {v?.kind === 'CITIZEN' && <MyLetters token={v.token} />}
    </>
  );
}
