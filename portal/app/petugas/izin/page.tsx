import type { PermitStatus } from '@/graphql/generated/graphql';
import type { Metadata } from 'next';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { formatDate, formatRupiah, getT } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { kelurahanGroups } from '@/lib/regions';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import { permitLabel, permitTone } from '@/components/permits/labels';
import { PERMIT_TYPES, QUEUE } from '@/components/permits/ops';

export const metadata: Metadata = { title: 'Antrean izin' };

const STATUSES: PermitStatus[] = ['SUBMITTED', 'NEEDS_REVISION', 'VERIFIED', 'APPROVED', 'PAID', 'ISSUED', 'REJECTED', 'REVOKED'];

export default async function PermitQueue({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { token, officer, error } = await requireOfficer('/petugas/izin', ['AGENCY_OFFICER']);
  const status = STATUSES.find((s) => s === sp.status) ?? null;
  const permitTypeId = sp.jenis || null;
  const kelurahanId = sp.kel || null;
  const overdue = sp.terlambat === '1' ? true : null;
  const qs = new URLSearchParams(
    Object.entries({ status: status ?? '', jenis: permitTypeId ?? '', kel: kelurahanId ?? '', terlambat: overdue ? '1' : '' }).filter(([, v]) => v),
  ).toString();
  const [r, types, groups] = await Promise.all([
    tryGql(QUEUE, { status, permitTypeId, kelurahanId, overdue, after: sp.after || null }, { token }),
    tryGql(PERMIT_TYPES, {}, { revalidate: 300 }),
    kelurahanGroups().catch(() => []),
  ]);
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link>
      </p>
      <h1>{tt('Antrean perizinan DPMPTSP', 'DPMPTSP permit queue')}</h1>
      {officer && (
        <p>
          {officer.name}
          {officer.agency ? ` — ${officer.agency.shortName}` : ''}
        </p>
      )}
      <Flash sp={sp} />
      <form method="get" action="/petugas/izin" className="form filters" aria-label={tt('Saring antrean', 'Filter the queue')}>
        <div className="field">
          <label htmlFor="f-status">{tt('Status', 'Status')}</label>
          <select id="f-status" name="status" defaultValue={status ?? ''}>
            <option value="">{tt('Menunggu petugas', 'Waiting for officers')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {permitLabel(s, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-jenis">{tt('Jenis izin', 'Permit type')}</label>
          <select id="f-jenis" name="jenis" defaultValue={permitTypeId ?? ''}>
            <option value="">{tt('Semua', 'All')}</option>
            {(types.data?.permitTypes ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-kel">{tt('Kelurahan', 'Kelurahan')}</label>
          <select id="f-kel" name="kel" defaultValue={kelurahanId ?? ''}>
            <option value="">{tt('Semua', 'All')}</option>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="terlambat" value="1" defaultChecked={!!overdue} />
            <span>{tt('Hanya yang melewati batas tahap', 'Only past their stage limit')}</span>
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
      ) : r.data.permitQueue.nodes.length === 0 ? (
        <p>{tt('Antrean kosong.', 'The queue is empty.')}</p>
      ) : (
        <>
          <p>
            {r.data.permitQueue.totalCount} {tt('permohonan', 'applications')}
          </p>
          <ul className="cards" data-testid="permit-queue">
            {r.data.permitQueue.nodes.map((q) => (
              <li className="card" key={q.id} data-application-id={q.id}>
                <Link className="card-link" href={`/petugas/izin/${q.id}`}>
                  <h2>
                    {q.permitType.shortName} — {q.businessName ?? q.applicantName}
                  </h2>
                </Link>
                <p>
                  <span className={`tag ${permitTone(q.status)}`}>{permitLabel(q.status, lang)}</span>
                  {q.overdue ? (
                    <>
                      {' '}
                      <span className="tag tag-bad">{t('overdue')}</span>
                    </>
                  ) : null}
                  {q.stageDueAt ? ` · ${t('due')} ${formatDate(q.stageDueAt, lang)}` : ''}
                </p>
                <p className="meta">
                  {q.kelurahan?.name ?? ''}
                  {q.firstSubmittedAt ? ` · ${tt('Diajukan', 'Submitted')} ${formatDate(q.firstSubmittedAt, lang, true)}` : ''}
                  {q.levyAmount ? ` · ${formatRupiah(q.levyAmount)}` : ''}
                </p>
              </li>
            ))}
          </ul>
          {r.data.permitQueue.pageInfo.hasNextPage && r.data.permitQueue.pageInfo.endCursor && (
            <p>
              <Link
                className="btn btn-secondary"
                href={`/petugas/izin?${qs ? `${qs}&` : ''}after=${encodeURIComponent(r.data.permitQueue.pageInfo.endCursor)}`}
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
