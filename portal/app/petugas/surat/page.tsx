import type { LetterStatus } from '@/graphql/generated/graphql';
import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { label, statusTone } from '@/lib/status';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import { officerLetterAction } from './actions';

const LetterQueueQuery = graphql(`
  query LetterQueue($status: LetterStatus, $open: Boolean, $letterTypeId: ID, $overdue: Boolean, $after: String) {
    letterQueue(status: $status, open: $open, letterTypeId: $letterTypeId, overdue: $overdue, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        holderName
        purpose
        status
        level
        createdAt
        dueAt
        overdue
        letterNumber
        verificationCode
        nextStatuses
        currentHolder
        letterType {
          id
          name
        }
        kelurahan {
          id
          name
        }
        details {
          name
          label
          value
        }
      }
    }
  }
`);

const OfficerLetterTypesQuery = graphql(`
  query OfficerLetterTypes {
    letterTypes {
      id
      name
    }
  }
`);

export const generateMetadata = titled('Antrean surat', 'Letter queue');

const STATUSES: LetterStatus[] = ['SUBMITTED', 'VERIFIED', 'SIGNED', 'ISSUED', 'REJECTED'];

export default async function LetterQueue({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { token, officer, error } = await requireOfficer('/petugas/surat', ['KELURAHAN_OFFICER', 'LURAH', 'CAMAT']);
  // the filters are a plain GET form, so they also work without JavaScript
  const status = STATUSES.find((s) => s === sp.status) ?? null;
  const letterTypeId = sp.jenis || null;
  const overdue = sp.terlambat === '1' ? true : null;
  const filterQs = new URLSearchParams(
    Object.entries({ status: status ?? '', jenis: letterTypeId ?? '', terlambat: overdue ? '1' : '' }).filter(([, v]) => v),
  ).toString();
  const back = `/petugas/surat${filterQs ? `?${filterQs}` : ''}`;
  const [r, types] = await Promise.all([
    tryGql(LetterQueueQuery, { status, open: !status, letterTypeId, overdue, after: sp.after || null }, { token }),
    tryGql(OfficerLetterTypesQuery, {}, { revalidate: 300 }),
  ]);
  const actions: { to: LetterStatus; op: string; label: string }[] = [
    { to: 'VERIFIED', op: 'verify', label: tt('Verifikasi: berkas lengkap', 'Verify: documents complete') },
    { to: 'SIGNED', op: 'sign', label: tt('Tanda tangani', 'Sign') },
    { to: 'ISSUED', op: 'issue', label: tt('Terbitkan surat', 'Issue letter') },
  ];
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link>
      </p>
      <h1>{tt('Antrean surat LAIKA', 'LAIKA letter queue')}</h1>
      {officer && (
        <p>
          {officer.name} — {label(officer.role, lang)}
        </p>
      )}
      <Flash sp={sp} />
      <form method="get" action="/petugas/surat" className="form filters" aria-label={tt('Saring antrean', 'Filter the queue')}>
        <div className="field">
          <label htmlFor="f-status">{tt('Status', 'Status')}</label>
          <select id="f-status" name="status" defaultValue={status ?? ''}>
            <option value="">{tt('Masih diproses', 'In progress')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-jenis">{tt('Jenis surat', 'Letter type')}</label>
          <select id="f-jenis" name="jenis" defaultValue={letterTypeId ?? ''}>
            <option value="">{tt('Semua', 'All')}</option>
            {(types.data?.letterTypes ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="terlambat" value="1" defaultChecked={!!overdue} />
            <span>{tt('Hanya yang melewati batas waktu', 'Only past their time limit')}</span>
          </label>
        </div>
        <button type="submit" className="btn btn-secondary">
          {tt('Terapkan saringan', 'Apply filters')}
        </button>
      </form>
      {error ? (
        <Unavailable error={error} />
      ) : r.error ? (
        <Unavailable error={r.error} />
      ) : r.data.letterQueue.nodes.length === 0 ? (
        <p>{tt('Antrean kosong.', 'The queue is empty.')}</p>
      ) : (
        <>
          <p>
            {r.data.letterQueue.totalCount} {tt('permohonan', 'requests')}
          </p>
          <ul className="cards" data-testid="letter-queue">
            {r.data.letterQueue.nodes.map((q) => (
              <li className="card" key={q.id} data-request-id={q.id}>
                <h2>
                  {q.letterType.name} — {q.holderName}
                </h2>
                <p>
                  <span className={`tag ${statusTone(q.status)}`}>{label(q.status, lang)}</span>
                  {q.overdue ? (
                    <>
                      {' '}
                      <span className="tag tag-bad">{t('overdue')}</span>
                    </>
                  ) : null}{' '}
                  · {t('due')} {formatDate(q.dueAt, lang)}
                  {q.overdue ? ` (${tt('terlambat', 'overdue')})` : ''}
                </p>
                <p className="meta">
                  {tt('Kelurahan', 'Kelurahan')} {q.kelurahan?.name ?? '—'} · {tt('Diajukan', 'Submitted')} {formatDate(q.createdAt, lang, true)}
                  {q.currentHolder ? ` · ${tt('Menunggu', 'Waiting for')}: ${label(q.currentHolder, lang)}` : ''}
                </p>
                <p>
                  <strong>{t('purpose')}:</strong> {q.purpose}
                </p>
                {q.details.map((d) => (
                  <p key={d.label}>
                    <strong>{d.label}:</strong> {d.value}
                  </p>
                ))}
                {q.letterNumber && (
                  <p>
                    <strong>{tt('Nomor', 'Number')}:</strong> {q.letterNumber} · <strong>{t('code')}:</strong> {q.verificationCode}
                  </p>
                )}
                <div className="btn-row">
                  {actions
                    .filter((a) => q.nextStatuses.includes(a.to))
                    .map((a) => (
                      <form action={officerLetterAction} key={a.op}>
                        <input type="hidden" name="id" value={q.id} />
                        <input type="hidden" name="op" value={a.op} />
                        <input type="hidden" name="back" value={back} />
                        <SubmitButton pending={t('sending')}>{a.label}</SubmitButton>
                      </form>
                    ))}
                </div>
                {q.nextStatuses.includes('REJECTED') && (
                  <details>
                    <summary className="btn btn-secondary btn-small">{tt('Tolak…', 'Reject…')}</summary>
                    <form action={officerLetterAction} className="form">
                      <input type="hidden" name="id" value={q.id} />
                      <input type="hidden" name="op" value="reject" />
                      <input type="hidden" name="back" value={back} />
                      <div className="field">
                        <label htmlFor={`reason-${q.id}`}>{tt('Alasan (dibaca pemohon)', 'Reason (the applicant reads it)')}</label>
                        <textarea id={`reason-${q.id}`} name="reason" required minLength={5} maxLength={500} />
                      </div>
                      <SubmitButton className="btn btn-danger" pending={t('sending')}>
                        {tt('Tolak permohonan', 'Reject request')}
                      </SubmitButton>
                    </form>
                  </details>
                )}
              </li>
            ))}
          </ul>
          {r.data.letterQueue.pageInfo.hasNextPage && r.data.letterQueue.pageInfo.endCursor && (
            <p>
              <Link
                className="btn btn-secondary"
                href={`/petugas/surat?${filterQs ? `${filterQs}&` : ''}after=${encodeURIComponent(r.data.letterQueue.pageInfo.endCursor)}`}
              >
                {t('next')}
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
