import type { JariStatus } from '@/graphql/generated/graphql';
import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, formatRupiah, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { JARI_CATEGORY, JARI_STATUS, label, statusTone, valuesOf } from '@/lib/status';
import { inLang } from '@/lib/catalogue';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import { inspectorAction } from './actions';

const JariQueueQuery = graphql(`
  query JariQueue($filter: JariQueueFilter, $after: String) {
    jariQueue(first: 30, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        trackingCode
        category
        status
        receivedAt
        followUpDueAt
        overdue
        anonymous
        place
        description
        amountAskedRupiah
        sharedWithAgencyAt
        agency {
          id
          shortName
        }
        service {
          id
          name
          nameEn
        }
        reporter {
          id
          name
          phone
        }
        messages(first: 10) {
          totalCount
          nodes {
            at
            author
            body
          }
        }
      }
    }
  }
`);

const InspectorAgenciesQuery = graphql(`
  query InspectorAgencies {
    agencies {
      id
      shortName
    }
  }
`);

export const generateMetadata = titled('Laporan JARI (Inspektorat)', 'JARI reports (Inspectorate)');

const OPEN: JariStatus[] = ['RECEIVED', 'VERIFIED', 'INVESTIGATING'];
const ALL_STATUSES = valuesOf(JARI_STATUS);
const CATEGORIES = valuesOf(JARI_CATEGORY);

export default async function Inspector({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { token, error } = await requireOfficer('/petugas/jari', ['INSPECTOR']);
  // the filters are a plain GET form, so they also work without JavaScript
  const status = ALL_STATUSES.find((s) => s === sp.status) ?? '';
  const category = CATEGORIES.find((c) => c === sp.kategori) ?? '';
  const agencyId = sp.instansi ?? '';
  const olderThanDays = /^\d{1,4}$/.test(sp.umur ?? '') ? Number(sp.umur) : undefined;
  const overdueOnly = sp.terlambat === '1';
  const filterQs = new URLSearchParams(
    Object.entries({ status, kategori: category, instansi: agencyId, umur: sp.umur ?? '', terlambat: overdueOnly ? '1' : '' }).filter(([, v]) => v),
  ).toString();
  const back = `/petugas/jari${filterQs ? `?${filterQs}` : ''}`;
  const [r, agencies] = await Promise.all([
    tryGql(
      JariQueueQuery,
      {
        filter: {
          status: status ? [status] : OPEN,
          category: category || undefined,
          agencyId: agencyId || undefined,
          olderThanDays,
          overdueOnly: overdueOnly || undefined,
        },
        after: sp.after || undefined,
      },
      { token },
    ),
    tryGql(InspectorAgenciesQuery, {}, { revalidate: 300 }),
  ]);
  const hidden = (id: string, op: string) => (
    <>
      <input type="hidden" name="reportId" value={id} />
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="back" value={back} />
    </>
  );
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link>
      </p>
      <h1>{tt('Antrean laporan JARI', 'JARI report queue')}</h1>
      <Flash sp={sp} />
      <form method="get" action="/petugas/jari" className="form filters" aria-label={tt('Saring antrean', 'Filter the queue')}>
        <div className="field">
          <label htmlFor="f-status">{tt('Status', 'Status')}</label>
          <select id="f-status" name="status" defaultValue={status}>
            <option value="">{tt('Semua yang terbuka', 'All open')}</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-kategori">{tt('Kategori', 'Category')}</label>
          <select id="f-kategori" name="kategori" defaultValue={category}>
            <option value="">{tt('Semua', 'All')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-instansi">{tt('Instansi', 'Agency')}</label>
          <select id="f-instansi" name="instansi" defaultValue={agencyId}>
            <option value="">{tt('Semua', 'All')}</option>
            {(agencies.data?.agencies ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-umur">{tt('Masuk lebih dari … hari lalu', 'Received more than … days ago')}</label>
          <input id="f-umur" name="umur" inputMode="numeric" defaultValue={sp.umur ?? ''} maxLength={4} />
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="terlambat" value="1" defaultChecked={overdueOnly} />
            <span>{tt('Hanya yang terlambat ditindaklanjuti', 'Only overdue follow-ups')}</span>
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
      ) : r.data.jariQueue.nodes.length === 0 ? (
        <p>{tt('Antrean kosong.', 'The queue is empty.')}</p>
      ) : (
        <>
          <p>
            {r.data.jariQueue.totalCount} {tt('laporan, yang terlama di atas', 'reports, oldest first')}
          </p>
          <ul className="cards" data-testid="jari-queue">
            {r.data.jariQueue.nodes.map((j) => (
              <li className="card" key={j.id} data-tracking-code={j.trackingCode} data-report-id={j.id}>
                <h2>
                  {label(j.category, lang)} — {j.agency?.shortName ?? '—'}
                  {j.service ? `, ${inLang(lang, j.service.name, j.service.nameEn)}` : ''}
                </h2>
                <p>
                  <span className={`tag ${statusTone(j.status)}`}>{label(j.status, lang)}</span>
                  {j.overdue ? (
                    <>
                      {' '}
                      <span className="tag tag-bad">{t('overdue')}</span>
                    </>
                  ) : null}{' '}
                  · {j.trackingCode} · {t('due')} {formatDate(j.followUpDueAt, lang)}
                  {j.overdue ? ` (${tt('terlambat', 'overdue')})` : ''}
                </p>
                <p className="meta">
                  {formatDate(j.receivedAt, lang, true)} · {j.anonymous ? tt('Anonim', 'Anonymous') : `${j.reporter?.name ?? ''} ${j.reporter?.phone ?? ''}`}
                  {j.sharedWithAgencyAt ? ` · ${tt('diteruskan ke instansi', 'shared with agency')}` : ''}
                </p>
                <p>
                  <strong>{j.place}</strong>
                </p>
                <p>{j.description}</p>
                {j.amountAskedRupiah !== null && (
                  <p>
                    {tt('Diminta', 'Asked')}: {formatRupiah(j.amountAskedRupiah)}
                  </p>
                )}
                {j.messages.nodes.map((m, i) => (
                  <p key={i} className="meta">
                    {m.author === 'INSPECTOR' ? tt('Inspektorat', 'Inspectorate') : tt('Pelapor', 'Reporter')}: {m.body}
                  </p>
                ))}
                <div className="btn-row">
                  {j.status === 'RECEIVED' && (
                    <form action={inspectorAction}>
                      {hidden(j.id, 'verify')}
                      <SubmitButton pending={t('sending')}>{tt('Verifikasi', 'Verify')}</SubmitButton>
                    </form>
                  )}
                  {j.status === 'VERIFIED' && (
                    <form action={inspectorAction}>
                      {hidden(j.id, 'investigate')}
                      <SubmitButton pending={t('sending')}>{tt('Mulai pemeriksaan', 'Start investigation')}</SubmitButton>
                    </form>
                  )}
                  {(j.status === 'VERIFIED' || j.status === 'INVESTIGATING') && !j.sharedWithAgencyAt && (
                    <form action={inspectorAction}>
                      {hidden(j.id, 'share')}
                      <SubmitButton className="btn btn-secondary" pending={t('sending')}>
                        {tt('Teruskan ke instansi', 'Share with agency')}
                      </SubmitButton>
                    </form>
                  )}
                </div>
                {j.status === 'INVESTIGATING' && (
                  <details>
                    <summary className="btn btn-secondary btn-small">{tt('Simpulkan…', 'Conclude…')}</summary>
                    <form action={inspectorAction} className="form">
                      {hidden(j.id, 'conclude')}
                      <div className="field">
                        <label htmlFor={`o-${j.id}`}>{tt('Hasil', 'Outcome')}</label>
                        <select id={`o-${j.id}`} name="outcome">
                          <option value="SUBSTANTIATED">{label('SUBSTANTIATED', lang)}</option>
                          <option value="NOT_SUBSTANTIATED">{label('NOT_SUBSTANTIATED', lang)}</option>
                        </select>
                      </div>
                      <div className="field">
                        <label htmlFor={`s-${j.id}`}>
                          {tt('Ringkasan publik (tanpa nama, 20–2000 huruf)', 'Public summary (no names, 20–2000 characters)')}
                        </label>
                        <textarea id={`s-${j.id}`} name="publicSummary" required minLength={20} maxLength={2000} />
                      </div>
                      <SubmitButton pending={t('sending')}>{tt('Simpan kesimpulan', 'Save conclusion')}</SubmitButton>
                    </form>
                  </details>
                )}
                {(j.status === 'RECEIVED' || j.status === 'VERIFIED') && (
                  <details>
                    <summary className="btn btn-secondary btn-small">{tt('Tolak…', 'Reject…')}</summary>
                    <form action={inspectorAction} className="form">
                      {hidden(j.id, 'reject')}
                      <div className="field">
                        <label htmlFor={`r-${j.id}`}>{tt('Alasan (dibaca pelapor)', 'Reason (the reporter reads it)')}</label>
                        <textarea id={`r-${j.id}`} name="reason" required maxLength={500} />
                      </div>
                      <SubmitButton className="btn btn-danger" pending={t('sending')}>
                        {tt('Tolak laporan', 'Reject report')}
                      </SubmitButton>
                    </form>
                  </details>
                )}
                {OPEN.includes(j.status) && (
                  <details>
                    <summary className="btn btn-secondary btn-small">{tt('Kirim pertanyaan ke pelapor…', 'Ask the reporter…')}</summary>
                    <form action={inspectorAction} className="form">
                      {hidden(j.id, 'message')}
                      <div className="field">
                        <label htmlFor={`m-${j.id}`}>{tt('Pesan', 'Message')}</label>
                        <textarea id={`m-${j.id}`} name="body" required maxLength={2000} />
                      </div>
                      <SubmitButton pending={t('sending')}>{tt('Kirim', 'Send')}</SubmitButton>
                    </form>
                  </details>
                )}
              </li>
            ))}
          </ul>
          {r.data.jariQueue.pageInfo.hasNextPage && r.data.jariQueue.pageInfo.endCursor && (
            <p>
              <Link
                className="btn btn-secondary"
                href={`/petugas/jari?${filterQs ? `${filterQs}&` : ''}after=${encodeURIComponent(r.data.jariQueue.pageInfo.endCursor)}`}
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
