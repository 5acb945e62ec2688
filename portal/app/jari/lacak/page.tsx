import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { cookies } from 'next/headers';
import { tryGql, type GqlError } from '@/lib/graphql';
import type { JariFollowFieldsFragment } from '@/graphql/generated/graphql';
import { getT, formatDate, formatRupiah, titled } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import { label } from '@/lib/status';
import { inLang } from '@/lib/catalogue';
import ActionForm from '@/components/ActionForm';
import SubmitButton from '@/components/SubmitButton';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import { followJariAction, forgetJariAction, replyJariAction } from '../actions';
import { FOLLOW_COOKIE } from '@/lib/jari';

graphql(`
  fragment JariFollowFields on JariReport {
    id
    trackingCode
    category
    status
    outcome
    publicSummary
    rejectionReason
    receivedAt
    followUpDueAt
    overdue
    anonymous
    occurredAt
    place
    description
    amountAskedRupiah
    amountPaidRupiah
    agency {
      id
      shortName
    }
    service {
      id
      name
      nameEn
    }
    timeline {
      at
      kind
      actorRole
      toStatus
      note
    }
    messages(first: 50) {
      nodes {
        id
        at
        author
        body
      }
    }
  }
`);

const FollowQuery = graphql(`
  query Follow($code: String!, $secret: String!) {
    jariReportByCode(code: $code, secret: $secret) {
      ...JariFollowFields
    }
  }
`);

const MineQuery = graphql(`
  query Mine($id: ID!) {
    jariReport(id: $id) {
      ...JariFollowFields
    }
  }
`);

export const generateMetadata = titled('Lacak laporan JARI', 'Follow a JARI report');

export default async function Follow({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const pair = (await cookies()).get(FOLLOW_COOKIE)?.value;
  let j: JariFollowFieldsFragment | null = null;
  let error: GqlError | null = null;
  if (pair) {
    const [code, secret] = pair.split('|');
    const f = await tryGql(FollowQuery, { code, secret });
    ({ error } = f);
    j = f.data?.jariReportByCode ?? null;
  } else if (sp.id) {
    const v = await viewer();
    const m = v ? await tryGql(MineQuery, { id: sp.id }, { token: v.token }) : null;
    error = m?.error ?? null;
    j = m?.data?.jariReport ?? null;
  }
  return (
    <>
      <h1>{tt('Lacak laporan JARI', 'Follow a JARI report')}</h1>
      <Flash sp={sp} />
      {!j && (
        <>
          {error && <Unavailable error={error} />}
          <p>
            {tt(
              'Masukkan kode lacak dan kode rahasia yang Anda terima saat melapor.',
              'Enter the tracking code and the secret you received when you reported.',
            )}
          </p>
          <ActionForm
            formId="lacak"
            action={followJariAction}
            submitLabel={t('check')}
            pendingLabel={t('sending')}
            fields={[
              {
                name: 'code',
                label: tt('Kode lacak', 'Tracking code'),
                required: true,
                autoComplete: 'off',
                maxLength: 40,
                placeholderText: 'JR-XXXX-XXXX-XX',
              },
              { name: 'secret', label: tt('Kode rahasia', 'Secret'), type: 'password', required: true, autoComplete: 'off', maxLength: 40 },
              {
                name: 'remember',
                type: 'checkbox',
                label: tt('Ingat kode di perangkat ini selama 30 hari', 'Remember the codes on this device for 30 days'),
                hint: tt(
                  'Jangan dicentang di HP atau komputer yang dipakai bersama: siapa pun yang memakai perangkat ini dapat membuka laporan Anda. Tanpa centang, kode dilupakan 10 menit setelah dibuka atau saat Anda menekan “Selesai”.',
                  'Leave this unticked on a shared phone or computer: anyone using this device could open your report. Unticked, the codes are forgotten 10 minutes after opening, or when you press “Done”.',
                ),
              },
            ]}
          />
        </>
      )}
      {j && (
        <>
          <section className="panel" aria-labelledby="status-jari">
            <h2 id="status-jari">
              {label(j.category, lang)} —{' '}
              <span className="tag tag-warn" data-testid="jari-status" data-status={j.status}>
                {label(j.status, lang)}
              </span>
            </h2>
            <dl className="kv">
              <div>
                <dt>{tt('Kode lacak', 'Tracking code')}</dt>
                <dd className="big-code">{j.trackingCode}</dd>
              </div>
              <div>
                <dt>{tt('Instansi', 'Agency')}</dt>
                <dd>
                  {j.agency?.shortName ?? '—'}
                  {j.service ? ` — ${inLang(lang, j.service.name, j.service.nameEn)}` : ''}
                </dd>
              </div>
              <div>
                <dt>{tt('Diterima', 'Received')}</dt>
                <dd>{formatDate(j.receivedAt, lang, true)}</dd>
              </div>
              <div>
                <dt>{tt('Batas tindak lanjut', 'Follow-up due')}</dt>
                <dd>
                  {formatDate(j.followUpDueAt, lang)}
                  {j.overdue ? ` — ${tt('terlambat', 'overdue')}` : ''}
                </dd>
              </div>
              <div>
                <dt>{tt('Jenis laporan', 'Report type')}</dt>
                <dd>{j.anonymous ? tt('Tanpa nama', 'Anonymous') : tt('Dengan nama', 'Named')}</dd>
              </div>
              {j.outcome && (
                <div>
                  <dt>{tt('Hasil', 'Outcome')}</dt>
                  <dd>{label(j.outcome, lang)}</dd>
                </div>
              )}
              {j.publicSummary && (
                <div>
                  <dt>{tt('Ringkasan hasil', 'Summary')}</dt>
                  <dd>{j.publicSummary}</dd>
                </div>
              )}
              {j.rejectionReason && (
                <div>
                  <dt>{tt('Alasan', 'Reason')}</dt>
                  <dd>{j.rejectionReason}</dd>
                </div>
              )}
            </dl>
          </section>
          <h2>{tt('Laporan Anda', 'Your report')}</h2>
          <dl className="kv panel">
            <div>
              <dt>{tt('Waktu kejadian', 'When')}</dt>
              <dd>{formatDate(j.occurredAt, lang, true)}</dd>
            </div>
            <div>
              <dt>{tt('Tempat', 'Place')}</dt>
              <dd>{j.place}</dd>
            </div>
            <div>
              <dt>{tt('Cerita', 'Description')}</dt>
              <dd>{j.description}</dd>
            </div>
            {j.amountAskedRupiah !== null && (
              <div>
                <dt>{tt('Diminta', 'Asked')}</dt>
                <dd>{formatRupiah(j.amountAskedRupiah)}</dd>
              </div>
            )}
            {j.amountPaidRupiah !== null && (
              <div>
                <dt>{tt('Dibayar', 'Paid')}</dt>
                <dd>{formatRupiah(j.amountPaidRupiah)}</dd>
              </div>
            )}
          </dl>
          <h2>{tt('Riwayat', 'History')}</h2>
          <ol className="timeline">
            {j.timeline.map((e, i) => (
              <li key={i}>
                <strong>
                  {e.toStatus
                    ? label(e.toStatus, lang)
                    : e.kind === 'SHARED_WITH_AGENCY'
                      ? tt('Diteruskan ke instansi (tanpa identitas pelapor)', 'Shared with the agency (without the reporter’s identity)')
                      : e.kind === 'SUBMITTED'
                        ? tt('Laporan diterima', 'Report received')
                        : tt('Diperbarui', 'Updated')}
                </strong>
                <p className="meta">
                  {formatDate(e.at, lang, true)} · {label(e.actorRole, lang)}
                </p>
                {e.note && <p>{e.note}</p>}
              </li>
            ))}
          </ol>
          <h2>{tt('Pesan dengan Inspektorat', 'Messages with the Inspectorate')}</h2>
          {j.messages.nodes.length === 0 ? (
            <p>{t('nothingYet')}</p>
          ) : (
            <ul className="cards">
              {j.messages.nodes.map((m) => (
                <li key={m.id} className="card">
                  <p className="meta">
                    {m.author === 'INSPECTOR' ? tt('Inspektorat', 'Inspectorate') : tt('Anda', 'You')} · {formatDate(m.at, lang, true)}
                  </p>
                  <p>{m.body}</p>
                </li>
              ))}
            </ul>
          )}
          <form action={replyJariAction} className="form">
            <input type="hidden" name="id" value={j.id} />
            <div className="field">
              <label htmlFor="balas">{tt('Tulis pesan / jawaban', 'Write a message / answer')}</label>
              <textarea id="balas" name="body" required maxLength={2000} rows={3} />
            </div>
            <SubmitButton pending={t('sending')}>{tt('Kirim pesan', 'Send message')}</SubmitButton>
          </form>
          {pair && (
            <form action={forgetJariAction}>
              <SubmitButton className="btn btn-secondary" pending={t('sending')}>
                {tt('Selesai (lupakan kode di perangkat ini)', 'Done (forget the codes on this device)')}
              </SubmitButton>
            </form>
          )}
        </>
      )}
      <p>
        <Link href="/jari">{tt('Buat laporan baru', 'Make a new report')}</Link>
      </p>
    </>
  );
}
