import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { tryGql } from '@/lib/graphql';
import { portalEnv } from '@/lib/env';
import { formatDate, formatRupiah, getT } from '@/lib/i18n';
import { requireViewer } from '@/lib/session';
import { kelurahanGroups } from '@/lib/regions';
import ActionForm from '@/components/ActionForm';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import Unavailable from '@/components/Unavailable';
import DocumentUpload from '@/components/permits/DocumentUpload';
import LevyTable from '@/components/permits/LevyTable';
import Qr from '@/components/permits/Qr';
import { typeFieldSpecs } from '@/components/permits/form-fields';
import { formatBytes, permitTermLabel, permitLabel, permitTone } from '@/components/permits/labels';
import { APPLICATION, MY_UPLOADS } from '@/components/permits/ops';
import { attachEarlierAction, detachAction, submitPermitAction, updatePermitAction } from '../../actions';

export const metadata: Metadata = { title: 'Permohonan izin' };

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const v = await requireViewer('CITIZEN', `/izin/permohonan/${id}`);
  const { t, tt, lang } = await getT();
  const r = await tryGql(APPLICATION, { id }, { token: v.token });
  if (r.error?.code === 'NOT_FOUND' || r.error?.code === 'BAD_USER_INPUT') notFound();
  if (r.error?.code === 'UNAUTHENTICATED') redirect(`/masuk?next=/izin/permohonan/${id}`);
  if (r.error)
    return (
      <>
        <h1>{tt('Permohonan izin', 'Permit application')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const a = r.data.permitApplication;
  const editable = a.status === 'DRAFT' || a.status === 'NEEDS_REVISION';
  const [uploads, groups] = editable ? await Promise.all([tryGql(MY_UPLOADS, {}, { token: v.token }), kelurahanGroups().catch(() => [])]) : [null, []];
  const values = Object.fromEntries(a.fields.map((f) => [f.name, f.value]));
  const origin = portalEnv().PORTAL_PUBLIC_URL;
  const words = {
    choose: tt('Pilih berkas (PDF, JPG, PNG, maks. 10 MB)', 'Choose a file (PDF, JPG, PNG, max 10 MB)'),
    send: tt('Unggah', 'Upload'),
    uploading: tt('Mengunggah…', 'Uploading…'),
    done: tt('Berkas terlampir.', 'File attached.'),
    failed: tt('Unggahan gagal. Silakan coba lagi.', 'The upload failed. Please try again.'),
    tooBig: tt('Ukuran berkas melebihi 10 MB.', 'The file is larger than 10 MB.'),
    wrongType: tt('Hanya berkas PDF, JPEG, atau PNG yang diterima.', 'Only PDF, JPEG or PNG files are accepted.'),
  };
  return (
    <>
      <p className="meta">
        <Link href="/izin">{tt('Perizinan', 'Permits')}</Link>
      </p>
      <h1>
        {a.permitType.name}
        {a.businessName ? ` — ${a.businessName}` : ''}
      </h1>
      <Flash sp={sp} />
      {sp.baru && (
        <div className="notice" role="status">
          {tt('Draf tersimpan. Lengkapi dokumen lalu kirim permohonan.', 'Draft saved. Add the documents, then submit.')}
        </div>
      )}
      <section className="panel" aria-labelledby="status-izin">
        <h2 id="status-izin">
          {t('status')}:{' '}
          <span className={`tag ${permitTone(a.status)}`} data-testid="permit-status" data-status={a.status}>
            {permitLabel(a.status, lang)}
          </span>
          {a.overdue ? (
            <>
              {' '}
              <span className="tag tag-bad" data-testid="permit-overdue">
                {t('overdue')}
              </span>
            </>
          ) : null}
        </h2>
        <dl className="kv">
          {a.holder && (
            <div>
              <dt>{tt('Giliran', 'Whose turn')}</dt>
              <dd>{permitLabel(a.holder, lang)}</dd>
            </div>
          )}
          {a.stageDueAt && (
            <div>
              <dt>{tt('Batas tahap ini', 'This stage is due')}</dt>
              <dd>
                {formatDate(a.stageDueAt, lang)}
                {a.overdue ? ` — ${tt('terlambat', 'overdue')}` : ''}
              </dd>
            </div>
          )}
          {a.decisionDueAt && (
            <div>
              <dt>{tt('Keputusan paling lambat', 'Decision due by')}</dt>
              <dd>{formatDate(a.decisionDueAt, lang)}</dd>
            </div>
          )}
          {a.revisionNote && (
            <div>
              <dt>{tt('Catatan perbaikan dari petugas', "Officer's revision note")}</dt>
              <dd data-testid="revision-note">{a.revisionNote}</dd>
            </div>
          )}
          {a.rejectionReason && (
            <div>
              <dt>{tt('Alasan penolakan', 'Reason for rejection')}</dt>
              <dd>{a.rejectionReason}</dd>
            </div>
          )}
          {a.permitNumber && (
            <div>
              <dt>{tt('Nomor izin', 'Permit number')}</dt>
              <dd data-testid="permit-number">{a.permitNumber}</dd>
            </div>
          )}
          {a.issuedAt && (
            <div>
              <dt>{tt('Terbit', 'Issued')}</dt>
              <dd>{formatDate(a.issuedAt, lang)}</dd>
            </div>
          )}
          {a.issuedAt && (
            <div>
              <dt>{tt('Berlaku sampai', 'Valid until')}</dt>
              <dd>{a.validUntil ? formatDate(a.validUntil, lang) : tt('Tidak ada batas', 'No expiry')}</dd>
            </div>
          )}
          {a.verificationCode && (
            <div>
              <dt>{tt('Kode verifikasi', 'Verification code')}</dt>
              <dd className="big-code" data-testid="verification-code">
                {a.verificationCode}
              </dd>
            </div>
          )}
          {a.revocationReason && (
            <div>
              <dt>{tt('Alasan pencabutan', 'Reason for revocation')}</dt>
              <dd>{a.revocationReason}</dd>
            </div>
          )}
        </dl>
        {a.verificationCode && (
          <div className="btn-row">
            <Qr
              text={`${origin}/izin/verifikasi/${encodeURIComponent(a.verificationCode)}`}
              label={tt('Kode QR verifikasi izin', 'Permit verification QR code')}
            />
            <p>
              {tt('Kode QR ini dicetak pada izin; siapa pun dapat memeriksa keasliannya:', 'This QR code is printed on the permit; anyone can check it:')}{' '}
              <Link href={`/izin/verifikasi/${encodeURIComponent(a.verificationCode)}`}>{tt('Verifikasi izin', 'Verify the permit')}</Link>
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="retribusi">
        <h2 id="retribusi">{tt('Retribusi', 'Levy')}</h2>
        <LevyTable
          levy={a.levy}
          caption={
            a.levyAmount !== null
              ? tt('Tagihan retribusi (ditetapkan saat disetujui)', 'Levy bill (set at approval)')
              : tt('Perkiraan dari isian saat ini', 'Estimate from the current fields')
          }
        />
        {a.levyAmount !== null && a.levyAmount > 0 && (
          <p data-testid="levy-paid" data-paid={a.paid ? 'true' : 'false'}>
            {a.paid ? <span className="tag tag-free">{tt('Lunas', 'Paid')}</span> : <span className="tag tag-warn">{tt('Belum dibayar', 'Not paid yet')}</span>}{' '}
            {a.payment
              ? `${formatRupiah(a.payment.amount)} · ${permitTermLabel(a.payment.channel, lang)} · ${a.payment.reference} · ${formatDate(a.payment.paidAt, lang, true)}`
              : tt(
                  'Bayar ke Bank Sultra, QRIS, atau teller kas daerah dengan nomor permohonan ini; jangan membayar ke petugas.',
                  'Pay at Bank Sultra, by QRIS or at the city treasury teller with this application number; never pay an officer.',
                )}
          </p>
        )}
      </section>

      <section aria-labelledby="dokumen-judul" id="dokumen">
        <h2 id="dokumen-judul">{tt('Dokumen', 'Documents')}</h2>
        <ul className="cards" data-testid="checklist">
          {a.checklist.map((c) => (
            <li className="card" key={c.key} data-key={c.key} data-attached={c.file ? 'true' : 'false'}>
              <h3>
                {lang === 'en' ? c.labelEn : c.label}
                {c.required ? '' : ` (${tt('boleh kosong', 'optional')})`}
              </h3>
              {c.file ? (
                <p>
                  <span className="tag tag-free">{tt('Terlampir', 'Attached')}</span> <a href={`/izin/berkas/${c.file.id}`}>{c.file.displayName}</a>{' '}
                  <span className="meta">({formatBytes(c.file.sizeBytes)})</span>
                </p>
              ) : (
                <p>
                  <span className="tag tag-warn">{tt('Belum ada', 'Missing')}</span>
                </p>
              )}
              {editable && (
                <>
                  <DocumentUpload applicationId={a.id} requirementKey={c.key} label={c.label} words={words} />
                  {!!uploads?.data?.myPermitUploads.nodes.length && (
                    <form action={attachEarlierAction} className="form">
                      <input type="hidden" name="id" value={a.id} />
                      <input type="hidden" name="requirementKey" value={c.key} />
                      <div className="field">
                        <label htmlFor={`earlier-${c.key}`}>{tt('Atau pakai berkas yang pernah diunggah', 'Or use a file you uploaded before')}</label>
                        <select id={`earlier-${c.key}`} name="uploadId" required defaultValue="">
                          <option value="">{tt('— pilih berkas —', '— choose a file —')}</option>
                          {uploads.data.myPermitUploads.nodes.map((u) => (
                            <option key={u.id} value={u.id}>
                              {u.displayName} ({formatBytes(u.sizeBytes)}, {formatDate(u.createdAt, lang)})
                            </option>
                          ))}
                        </select>
                      </div>
                      <SubmitButton className="btn btn-secondary btn-small" pending={t('sending')}>
                        {tt('Lampirkan', 'Attach')}
                      </SubmitButton>
                    </form>
                  )}
                  {c.file && (
                    <form action={detachAction}>
                      <input type="hidden" name="id" value={a.id} />
                      <input type="hidden" name="requirementKey" value={c.key} />
                      <SubmitButton className="btn btn-secondary btn-small" pending={t('sending')}>
                        {tt('Lepas berkas', 'Remove file')}
                      </SubmitButton>
                    </form>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      {editable ? (
        <>
          <section aria-labelledby="isian">
            <h2 id="isian">{tt('Isian permohonan', 'Application details')}</h2>
            <ActionForm
              formId="izin-isian"
              action={updatePermitAction}
              submitLabel={tt('Simpan isian', 'Save details')}
              pendingLabel={t('sending')}
              fields={[
                { name: 'id', label: '', type: 'hidden', defaultValue: a.id },
                {
                  name: 'businessName',
                  label: tt('Nama usaha', 'Business name'),
                  required: a.permitType.businessNameRequired,
                  defaultValue: a.businessName ?? '',
                  maxLength: 150,
                  optionalLabel: a.permitType.businessNameRequired ? undefined : tt('boleh kosong', 'optional'),
                },
                {
                  name: 'kelurahanId',
                  label: tt('Kelurahan lokasi', 'Kelurahan of the location'),
                  type: 'select',
                  required: true,
                  defaultValue: a.kelurahan?.id ?? '',
                  groups,
                },
                ...typeFieldSpecs(a.permitType.fields, values, lang, tt('boleh kosong', 'optional')),
              ]}
            />
          </section>
          <section aria-labelledby="kirim" className="panel">
            <h2 id="kirim">
              {a.status === 'NEEDS_REVISION' ? tt('Kirim ulang setelah diperbaiki', 'Resubmit after fixing') : tt('Kirim permohonan', 'Submit the application')}
            </h2>
            {a.missingItems.length > 0 && (
              <p>
                {tt('Belum lengkap', 'Still missing')}: {a.missingItems.join('; ')}
              </p>
            )}
            <ActionForm
              formId="izin-kirim"
              action={submitPermitAction}
              submitLabel={a.status === 'NEEDS_REVISION' ? tt('Kirim ulang permohonan', 'Resubmit') : tt('Kirim permohonan', 'Submit')}
              pendingLabel={t('sending')}
              fields={[
                { name: 'id', label: '', type: 'hidden', defaultValue: a.id },
                { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: randomUUID() },
              ]}
            />
          </section>
        </>
      ) : (
        <section aria-labelledby="isian">
          <h2 id="isian">{tt('Isian permohonan', 'Application details')}</h2>
          <dl className="kv panel">
            <div>
              <dt>{tt('Pemohon', 'Applicant')}</dt>
              <dd>{a.applicantName}</dd>
            </div>
            <div>
              <dt>{tt('Kelurahan', 'Kelurahan')}</dt>
              <dd>{a.kelurahan?.name ?? '—'}</dd>
            </div>
            {a.fields.map((f) => (
              <div key={f.name}>
                <dt>{f.label}</dt>
                <dd>{f.displayValue}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <h2>{tt('Riwayat', 'History')}</h2>
      {a.timeline.length === 0 ? (
        <p>{tt('Belum dikirim.', 'Not submitted yet.')}</p>
      ) : (
        <ol className="timeline" data-testid="permit-timeline">
          {a.timeline.map((e, i) => (
            <li key={i}>
              <strong>{permitLabel(e.toStatus, lang)}</strong>
              <p className="meta">
                {formatDate(e.at, lang, true)} · {e.actorName ?? permitTermLabel(e.actorRole, lang)}
              </p>
              {e.note && <p>{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
