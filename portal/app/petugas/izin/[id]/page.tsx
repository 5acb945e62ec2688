import type { PermitStatus } from '@/graphql/generated/graphql';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { formatDate, formatRupiah, getT } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import LevyTable from '@/components/permits/LevyTable';
import { formatBytes, PAYMENT_CHANNEL, permitTermLabel, permitLabel, permitTone } from '@/components/permits/labels';
import { valuesOf } from '@/lib/status';
import { OFFICER_APPLICATION } from '@/components/permits/ops';
import { officerPermitAction } from '../actions';

export const metadata: Metadata = { title: 'Tinjau permohonan izin' };

function Step({ id, op, label, danger, children }: { id: string; op: string; label: string; danger?: boolean; children?: React.ReactNode }) {
  return (
    <form action={officerPermitAction} className="form" data-op={op}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="op" value={op} />
      {children}
      <SubmitButton className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} pending="…">
        {label}
      </SubmitButton>
    </form>
  );
}

export default async function ReviewPermit({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { token, error } = await requireOfficer(`/petugas/izin/${id}`, ['AGENCY_OFFICER']);
  if (error)
    return (
      <>
        <h1>{tt('Tinjau permohonan', 'Review')}</h1>
        <Unavailable error={error} />
      </>
    );
  const r = await tryGql(OFFICER_APPLICATION, { id }, { token });
  if (r.error?.code === 'NOT_FOUND' || r.error?.code === 'BAD_USER_INPUT') notFound();
  if (r.error)
    return (
      <>
        <h1>{tt('Tinjau permohonan', 'Review')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const a = r.data.permitApplication;
  const can = (s: PermitStatus) => a.nextStatuses.includes(s);
  const note = (op: string, required = false) => (
    <div className="field">
      <label htmlFor={`${op}-note`}>{required ? tt('Catatan untuk pemohon', 'Note for the applicant') : tt('Catatan (boleh kosong)', 'Note (optional)')}</label>
      <textarea id={`${op}-note`} name="note" rows={2} maxLength={1000} required={required} />
    </div>
  );
  const reason = (op: string) => (
    <div className="field">
      <label htmlFor={`${op}-reason`}>{tt('Alasan (dibaca pemohon)', 'Reason (the applicant reads it)')}</label>
      <textarea id={`${op}-reason`} name="reason" rows={2} minLength={5} maxLength={1000} required />
    </div>
  );
  return (
    <>
      <p className="meta">
        <Link href="/petugas/izin">{tt('Antrean perizinan', 'Permit queue')}</Link>
      </p>
      <h1>
        {a.permitType.name}
        {a.businessName ? ` — ${a.businessName}` : ''}
      </h1>
      <Flash sp={sp} />
      <section className="panel" aria-labelledby="status">
        <h2 id="status">
          {t('status')}:{' '}
          <span className={`tag ${permitTone(a.status)}`} data-testid="permit-status" data-status={a.status}>
            {permitLabel(a.status, lang)}
          </span>
          {a.overdue ? (
            <>
              {' '}
              <span className="tag tag-bad">{t('overdue')}</span>
            </>
          ) : null}
        </h2>
        <dl className="kv">
          <div>
            <dt>{tt('Pemohon', 'Applicant')}</dt>
            <dd>{a.applicantName}</dd>
          </div>
          <div>
            <dt>{tt('Kelurahan', 'Kelurahan')}</dt>
            <dd>{a.kelurahan?.name ?? '—'}</dd>
          </div>
          {a.stageDueAt && (
            <div>
              <dt>{tt('Batas tahap ini', 'This stage is due')}</dt>
              <dd>{formatDate(a.stageDueAt, lang)}</dd>
            </div>
          )}
          {a.decisionDueAt && (
            <div>
              <dt>{tt('Keputusan paling lambat', 'Decision due by')}</dt>
              <dd>{formatDate(a.decisionDueAt, lang)}</dd>
            </div>
          )}
          {a.fields.map((f) => (
            <div key={f.name}>
              <dt>{f.label}</dt>
              <dd>{f.displayValue}</dd>
            </div>
          ))}
          {a.permitNumber && (
            <div>
              <dt>{tt('Nomor izin', 'Permit number')}</dt>
              <dd data-testid="permit-number">{a.permitNumber}</dd>
            </div>
          )}
          {a.verificationCode && (
            <div>
              <dt>{tt('Kode verifikasi', 'Verification code')}</dt>
              <dd>{a.verificationCode}</dd>
            </div>
          )}
        </dl>
      </section>
      <h2>{tt('Dokumen', 'Documents')}</h2>
      <ul data-testid="officer-documents">
        {a.checklist.map((c) => (
          <li key={c.key}>
            {c.label}:{' '}
            {c.file ? (
              <>
                <a href={`/izin/berkas/${c.file.id}`}>{c.file.displayName}</a> ({formatBytes(c.file.sizeBytes)})
              </>
            ) : (
              <span className="tag tag-warn">{tt('Belum ada', 'Missing')}</span>
            )}
          </li>
        ))}
      </ul>
      <h2>{tt('Retribusi', 'Levy')}</h2>
      <LevyTable
        levy={a.levy}
        caption={a.levyAmount !== null ? tt('Tagihan (ditetapkan)', 'Bill (set)') : tt('Perhitungan dari isian', 'Computed from the fields')}
      />
      {a.payment && (
        <p>
          {tt('Dibayar', 'Paid')}: {formatRupiah(a.payment.amount)} · {permitTermLabel(a.payment.channel, lang)} · {a.payment.reference}
        </p>
      )}
      <section aria-labelledby="tindakan" className="panel">
        <h2 id="tindakan">{tt('Tindakan', 'Actions')}</h2>
        {a.nextStatuses.length === 0 && <p>{tt('Tidak ada tindakan lagi untuk status ini.', 'No more actions for this status.')}</p>}
        {a.status === 'NEEDS_REVISION' && <p>{tt('Menunggu perbaikan dari pemohon.', 'Waiting for the applicant to revise.')}</p>}
        {can('VERIFIED') && (
          <Step id={a.id} op="verify" label={tt('Verifikasi: berkas lengkap dan sesuai', 'Verify: documents complete')}>
            {note('verify')}
          </Step>
        )}
        {can('NEEDS_REVISION') && (
          <Step id={a.id} op="revise" label={tt('Minta perbaikan', 'Ask for revision')}>
            {note('revise', true)}
          </Step>
        )}
        {can('APPROVED') && (
          <Step id={a.id} op="approve" label={tt('Setujui (kajian teknis memenuhi) dan tetapkan retribusi', 'Approve and set the levy')}>
            {note('approve')}
          </Step>
        )}
        {can('PAID') && (
          <Step id={a.id} op="pay" label={tt('Catat pembayaran', 'Record payment')}>
            <div className="field">
              <label htmlFor="pay-channel">{tt('Saluran', 'Channel')}</label>
              <select id="pay-channel" name="channel" defaultValue="BANK_SULTRA">
                {valuesOf(PAYMENT_CHANNEL).map((c) => (
                  <option key={c} value={c}>
                    {permitTermLabel(c, lang)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="pay-reference">{tt('Nomor referensi', 'Reference')}</label>
              <input id="pay-reference" name="reference" required minLength={6} maxLength={80} />
            </div>
            <div className="field">
              <label htmlFor="pay-amount">{tt('Jumlah (rupiah)', 'Amount (rupiah)')}</label>
              <input id="pay-amount" name="amount" inputMode="numeric" required defaultValue={a.levyAmount ?? ''} />
            </div>
          </Step>
        )}
        {can('ISSUED') && (
          <Step id={a.id} op="issue" label={tt('Terbitkan izin', 'Issue the permit')}>
            {note('issue')}
          </Step>
        )}
        {can('REJECTED') && (
          <details>
            <summary className="btn btn-secondary btn-small">{tt('Tolak…', 'Reject…')}</summary>
            <Step id={a.id} op="reject" label={tt('Tolak permohonan', 'Reject')} danger>
              {reason('reject')}
            </Step>
          </details>
        )}
        {can('REVOKED') && (
          <details>
            <summary className="btn btn-secondary btn-small">{tt('Cabut izin…', 'Revoke…')}</summary>
            <Step id={a.id} op="revoke" label={tt('Cabut izin', 'Revoke the permit')} danger>
              {reason('revoke')}
            </Step>
          </details>
        )}
      </section>
      <h2>{tt('Riwayat', 'History')}</h2>
      <ol className="timeline" data-testid="permit-timeline">
        {a.timeline.map((e, i) => (
          <li key={i}>
            <strong>
              {permitLabel(e.fromStatus, lang)} → {permitLabel(e.toStatus, lang)}
            </strong>
            <p className="meta">
              {formatDate(e.at, lang, true)} · {e.actorName ?? permitTermLabel(e.actorRole, lang)}
            </p>
            {e.note && <p>{e.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
