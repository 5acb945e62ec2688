import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import { dayLabel, queueStatus, sessionLabel, statusTone, witaDates, witaTime } from '@/components/health/labels';
import { staffQueueAction } from './actions';

const StaffDayQuery = graphql(`
  query StaffDay($id: ID!, $date: String) {
    healthFacility(id: $id) {
      id
      name
      queue(date: $date) {
        service {
          id
          name
        }
        sessions {
          id
          label
          status
          closedReason
          startsAt
          endsAt
          nowServing
          waiting
          nextNumber
          quotas {
            payer
            capacity
            taken
          }
          appointments {
            id
            number
            status
            payer
            bookingCode
          }
        }
      }
    }
  }
`);

const MyStaffDayQuery = graphql(`
  query MyStaffDay($date: String) {
    myHealthFacility {
      id
      name
      queue(date: $date) {
        service {
          id
          name
        }
        sessions {
          id
          label
          status
          closedReason
          startsAt
          endsAt
          nowServing
          waiting
          nextNumber
          quotas {
            payer
            capacity
            taken
          }
          appointments {
            id
            number
            status
            payer
            bookingCode
          }
        }
      }
    }
  }
`);

export const metadata = { title: 'Antrean fasilitas kesehatan' };

export default async function StaffQueue({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt, lang } = await getT();
  const { token, officer, error } = await requireOfficer('/petugas/kesehatan', ['FACILITY_STAFF']);
  const dates = witaDates(7);
  const date = dates.includes(sp.tanggal ?? '') ? sp.tanggal! : dates[0];
  // staff see their own facility; ADMIN picks one with ?fasilitas=
  const r =
    officer?.role === 'ADMIN' && sp.fasilitas
      ? await tryGql(StaffDayQuery, { id: sp.fasilitas, date }, { token })
      : await tryGql(MyStaffDayQuery, { date }, { token });
  const f = r.data ? ('healthFacility' in r.data ? r.data.healthFacility : r.data.myHealthFacility) : null;
  const here = `/petugas/kesehatan?tanggal=${date}${sp.fasilitas ? `&fasilitas=${encodeURIComponent(sp.fasilitas)}` : ''}`;
  const hidden = (op: string) => (
    <>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="back" value={here} />
    </>
  );
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{tt('Beranda petugas', 'Officer home')}</Link>
      </p>
      <h1>
        {tt('Antrean fasilitas', 'Facility queue')}
        {f ? `: ${f.name}` : ''}
      </h1>
      <Flash sp={sp} />
      {error || r.error ? (
        <Unavailable error={error ?? r.error} />
      ) : !f ? (
        <p>{tt('Akun Anda tidak terhubung ke fasilitas kesehatan.', 'Your account is not linked to a health facility.')}</p>
      ) : (
        <>
          <form method="get" action="/petugas/kesehatan" className="form-inline">
            {sp.fasilitas && <input type="hidden" name="fasilitas" value={sp.fasilitas} />}
            <label htmlFor="tanggal">{tt('Tanggal', 'Date')}</label>{' '}
            <select id="tanggal" name="tanggal" defaultValue={date}>
              {dates.map((d) => (
                <option key={d} value={d}>
                  {dayLabel(d, lang)}
                </option>
              ))}
            </select>{' '}
            <button className="btn btn-secondary btn-small" type="submit">
              {tt('Tampilkan', 'Show')}
            </button>
          </form>
          {f.queue.map((q) => (
            <section key={q.service.id} className="panel" aria-labelledby={`svc-${q.service.id}`} data-service={q.service.id}>
              <h2 id={`svc-${q.service.id}`}>
                {q.service.name}{' '}
                <Link className="meta" href={`/kesehatan/layar/${encodeURIComponent(q.service.id)}`}>
                  {tt('layar antrean', 'queue display')}
                  <span className="visually-hidden"> {q.service.name}</span>
                </Link>
              </h2>
              {q.sessions.length === 0 && <p>{tt('Tidak ada sesi (tutup).', 'No session (closed).')}</p>}
              {q.sessions.map((s) => (
                <div key={s.id} data-session={s.id} data-label={s.label}>
                  <h3>
                    {sessionLabel(s.label, lang)} {witaTime(s.startsAt)}–{witaTime(s.endsAt)}{' '}
                    {s.status === 'CLOSED' && (
                      <span className="tag tag-bad">
                        {tt('Ditutup', 'Closed')}: {s.closedReason}
                      </span>
                    )}
                  </h3>
                  <p>
                    {tt('Sedang dilayani', 'Now serving')}: <strong data-testid="staff-now-serving">{s.nowServing || '–'}</strong> · {tt('Menunggu', 'Waiting')}
                    : {s.waiting} · {s.quotas.map((x) => `${x.payer} ${x.taken}/${x.capacity}`).join(' · ')}
                  </p>
                  {s.status === 'OPEN' && (
                    <form action={staffQueueAction}>
                      {hidden('call')}
                      <input type="hidden" name="sessionId" value={s.id} />
                      <SubmitButton className="btn btn-primary" pending={tt('Memanggil…', 'Calling…')}>
                        {tt('Panggil nomor berikutnya', 'Call next number')}
                        {s.nextNumber ? ` (${s.nextNumber})` : ''}
                        <span className="visually-hidden">
                          {' '}
                          {q.service.name} {sessionLabel(s.label, lang)}
                        </span>
                      </SubmitButton>
                    </form>
                  )}
                  {s.appointments.length > 0 && (
                    <div
                      className="table-wrap"
                      style={{ position: 'relative' }}
                      tabIndex={0}
                      role="region"
                      aria-label={`${q.service.name} ${sessionLabel(s.label, lang)}`}
                    >
                      <table>
                        <caption className="visually-hidden">
                          {q.service.name} {sessionLabel(s.label, lang)}
                        </caption>
                        <thead>
                          <tr>
                            <th scope="col">{tt('Nomor', 'Number')}</th>
                            <th scope="col">{tt('Status', 'Status')}</th>
                            <th scope="col">{tt('Pasien', 'Patient')}</th>
                            <th scope="col">{tt('Kode booking', 'Booking code')}</th>
                            <th scope="col">{tt('Tindakan', 'Action')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {s.appointments.map((a) => (
                            <tr key={a.id}>
                              <th scope="row">{a.number}</th>
                              <td>
                                <span className={`tag ${statusTone(a.status)}`}>{queueStatus(a.status, lang)}</span>
                              </td>
                              <td>{a.payer}</td>
                              <td>{a.bookingCode}</td>
                              <td>
                                {a.status === 'CALLED' && (
                                  <span className="btn-row">
                                    <form action={staffQueueAction}>
                                      {hidden('served')}
                                      <input type="hidden" name="id" value={a.id} />
                                      <SubmitButton className="btn btn-secondary btn-small" pending="…">
                                        {tt('Selesai', 'Served')}
                                        <span className="visually-hidden"> {a.number}</span>
                                      </SubmitButton>
                                    </form>
                                    <form action={staffQueueAction}>
                                      {hidden('noshow')}
                                      <input type="hidden" name="id" value={a.id} />
                                      <SubmitButton className="btn btn-ghost btn-small" pending="…">
                                        {tt('Tidak hadir', 'No-show')}
                                        <span className="visually-hidden"> {a.number}</span>
                                      </SubmitButton>
                                    </form>
                                  </span>
                                )}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                  {s.status === 'OPEN' && (
                    <details>
                      <summary>{tt('Atur kuota atau tutup sesi', 'Set capacity or close the session')}</summary>
                      {s.quotas.map((x) => (
                        <form key={x.payer} action={staffQueueAction} className="form-inline">
                          {hidden('capacity')}
                          <input type="hidden" name="sessionId" value={s.id} />
                          <input type="hidden" name="payer" value={x.payer} />
                          <label htmlFor={`cap-${s.id}-${x.payer}`}>
                            {tt('Kuota', 'Capacity')} {x.payer}
                          </label>{' '}
                          <input
                            id={`cap-${s.id}-${x.payer}`}
                            name="capacity"
                            type="number"
                            min={x.taken}
                            max={500}
                            defaultValue={x.capacity}
                            inputMode="numeric"
                            style={{ width: '6em' }}
                          />{' '}
                          <SubmitButton className="btn btn-secondary btn-small" pending="…">
                            {tt('Simpan', 'Save')}
                          </SubmitButton>
                        </form>
                      ))}
                      <form action={staffQueueAction} className="form">
                        {hidden('close')}
                        <input type="hidden" name="sessionId" value={s.id} />
                        <div className="field">
                          <label htmlFor={`reason-${s.id}`}>
                            {tt('Alasan menutup sesi (dikirim ke pemegang nomor)', 'Reason for closing (sent to number holders)')}
                          </label>
                          <input id={`reason-${s.id}`} name="reason" type="text" minLength={5} maxLength={300} required />
                        </div>
                        <SubmitButton className="btn btn-danger btn-small" pending="…">
                          {tt('Tutup sesi', 'Close session')}
                        </SubmitButton>
                      </form>
                    </details>
                  )}
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
