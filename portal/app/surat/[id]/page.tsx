import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, titled } from '@/lib/i18n';
import { inLang } from '@/lib/catalogue';
import { requireViewer } from '@/lib/session';
import { label, statusTone, labelOfString } from '@/lib/status';
import Unavailable from '@/components/Unavailable';
import SubmitButton from '@/components/SubmitButton';
import Flash from '@/components/Flash';
import { cancelLetterAction } from '../actions';

const LetterQuery = graphql(`
  query Letter($id: ID!) {
    letterRequest(id: $id) {
      id
      holderName
      purpose
      status
      createdAt
      dueAt
      issuedAt
      rejectionReason
      letterNumber
      verificationCode
      officeName
      validUntil
      overdue
      currentHolder
      letterType {
        id
        name
        service {
          id
          nameEn
        }
      }
      details {
        name
        label
        value
      }
      timeline {
        at
        actorRole
        toStatus
        reason
      }
    }
  }
`);

export const generateMetadata = titled('Surat saya', 'My letter');

export default async function LetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const v = await requireViewer('CITIZEN', `/surat/${id}`);
  const { t, tt, lang } = await getT();
  const r = await tryGql(LetterQuery, { id }, { token: v.token });
  if (r.error?.code === 'NOT_FOUND') notFound();
  if (r.error?.code === 'UNAUTHENTICATED') redirect(`/masuk?next=/surat/${id}`);
  if (r.error)
    return (
      <>
        <h1>{t('followLetter')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const l = r.data.letterRequest;
  return (
    <>
      <p className="meta">
        <Link href="/surat">{t('letters')}</Link>
      </p>
      <h1>{inLang(lang, l.letterType.name, l.letterType.service?.nameEn)}</h1>
      <Flash sp={sp} />
      {sp.baru && (
        <div className="notice" role="status">
          {tt('Permohonan Anda sudah diterima. Petugas kelurahan akan memeriksanya.', 'Your request has been received. The kelurahan officer will check it.')}
        </div>
      )}
      <section className="panel" aria-labelledby="status-surat">
        <h2 id="status-surat">
          {t('status')}:{' '}
          <span className={`tag ${statusTone(l.status)}`} data-testid="letter-status" data-status={l.status}>
            {label(l.status, lang)}
          </span>
          {l.overdue && l.status !== 'ISSUED' ? (
            <>
              {' '}
              <span className="tag tag-bad">{t('overdue')}</span>
            </>
          ) : null}
        </h2>
        <dl className="kv">
          {l.currentHolder && l.status !== 'ISSUED' && (
            <div>
              <dt>{tt('Sedang di', 'Now with')}</dt>
              <dd>{label(l.currentHolder, lang)}</dd>
            </div>
          )}
          <div>
            <dt>{t('due')}</dt>
            <dd>
              {formatDate(l.dueAt, lang)}
              {l.overdue ? ` — ${tt('terlambat', 'overdue')}` : ''}
            </dd>
          </div>
          {l.letterNumber && (
            <div>
              <dt>{tt('Nomor surat', 'Letter number')}</dt>
              <dd>{l.letterNumber}</dd>
            </div>
          )}
          {l.verificationCode && (
            <div>
              <dt>{tt('Kode verifikasi', 'Verification code')}</dt>
              <dd className="big-code" data-testid="verification-code">
                {l.verificationCode}
              </dd>
            </div>
          )}
          {l.officeName && (
            <div>
              <dt>{tt('Kantor', 'Office')}</dt>
              <dd>{l.officeName}</dd>
            </div>
          )}
          {l.validUntil && (
            <div>
              <dt>{tt('Berlaku sampai', 'Valid until')}</dt>
              <dd>{formatDate(l.validUntil, lang)}</dd>
            </div>
          )}
          {l.rejectionReason && (
            <div>
              <dt>{tt('Alasan penolakan', 'Reason for rejection')}</dt>
              <dd>{l.rejectionReason}</dd>
            </div>
          )}
        </dl>
        {l.status === 'ISSUED' && (
          <p>
            {tt('Surat siap diambil di kantor. Siapa pun dapat memeriksa keasliannya:', 'The letter is ready at the office. Anyone can check it is genuine:')}{' '}
            <Link href={`/verifikasi/${encodeURIComponent(l.verificationCode ?? '')}`}>{t('verifyTitle')}</Link>
          </p>
        )}
        {l.status === 'SUBMITTED' && (
          <form action={cancelLetterAction}>
            <input type="hidden" name="id" value={l.id} />
            <SubmitButton className="btn btn-secondary" pending={t('sending')}>
              {tt('Batalkan permohonan', 'Cancel request')}
            </SubmitButton>
          </form>
        )}
      </section>
      <h2>{tt('Isi permohonan', 'Request')}</h2>
      <dl className="kv panel">
        <div>
          <dt>{t('name')}</dt>
          <dd>{l.holderName}</dd>
        </div>
        <div>
          <dt>{t('purpose')}</dt>
          <dd>{l.purpose}</dd>
        </div>
        {l.details.map((d) => (
          <div key={d.name}>
            <dt>{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
      <h2>{tt('Riwayat', 'History')}</h2>
      <ol className="timeline">
        {l.timeline.map((e, i) => (
          <li key={i}>
            <strong>{label(e.toStatus, lang)}</strong>
            <p className="meta">
              {formatDate(e.at, lang, true)} · {labelOfString(e.actorRole, lang)}
            </p>
            {e.reason && <p>{e.reason}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
