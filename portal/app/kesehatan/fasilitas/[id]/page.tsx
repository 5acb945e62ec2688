import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import { dayLabel, facilityType, sessionLabel, weekdayName, witaDates, witaTime } from '@/components/health/labels';
import { takeNumberAction } from '../../actions';

const HealthFacilityQuery = graphql(`
  query HealthFacility($id: ID!) {
    healthFacility(id: $id) {
      id
      name
      type
      address
      phone
      openNow
      osmOpeningHours
      statusBoardIds
      openingHours {
        weekday
        intervals
      }
      openingExceptions {
        date
        closed
        hours
        reason
      }
      services {
        id
        code
        name
        bookable
        minutesPerPatient
      }
      queue {
        service {
          id
          name
          minutesPerPatient
        }
        nowServing
        remaining
        estimatedWaitMinutes
        placesLeft
        numbersAvailable
        sessions {
          id
          label
          startsAt
          endsAt
          status
          closedReason
          over
          placesLeft
        }
      }
    }
  }
`);

const FacilityNoticeQuery = graphql(`
  query FacilityNotice($id: ID!) {
    servicePointStatus(id: $id) {
      status
      reason
      service {
        name
      }
    }
  }
`);

export const metadata = { title: 'Fasilitas kesehatan' };

export default async function FacilityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const { tt, lang } = await getT();
  const v = await viewer();
  const r = await tryGql(HealthFacilityQuery, { id: id.slice(0, 60) });
  if (r.error)
    return (
      <>
        <h1>{tt('Fasilitas kesehatan', 'Health facility')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const f = r.data.healthFacility;
  if (!f) notFound();
  // JARI's service-status board (another subgraph): shown when it answers, never blocking the page
  // one static operation per board entry (a facility has one to three): the portal's operations stay a fixed list
  const board = await Promise.all(f.statusBoardIds.map((id) => tryGql(FacilityNoticeQuery, { id }, { revalidate: 60 })));
  const notices = board.flatMap((r) => (r.data?.servicePointStatus && r.data.servicePointStatus.status !== 'AVAILABLE' ? [r.data.servicePointStatus] : []));
  const bookable = f.services.filter((s) => s.bookable);
  return (
    <>
      <p className="meta">
        <Link href="/kesehatan">{tt('Kesehatan', 'Health')}</Link>
      </p>
      <h1>{f.name}</h1>
      <Flash sp={sp} />
      <p>
        <span className="tag">{facilityType(f.type, lang)}</span>{' '}
        {f.openNow ? (
          <span className="tag tag-free">{tt('Buka sekarang', 'Open now')}</span>
        ) : (
          <span className="tag tag-bad">{tt('Tutup sekarang', 'Closed now')}</span>
        )}
      </p>
      <dl className="kv panel">
        <div>
          <dt>{tt('Alamat', 'Address')}</dt>
          <dd>{f.address}</dd>
        </div>
        {f.phone && (
          <div>
            <dt>{tt('Telepon', 'Phone')}</dt>
            <dd>{f.phone}</dd>
          </div>
        )}
        <div>
          <dt>{tt('Layanan', 'Services')}</dt>
          <dd>{f.services.map((s) => s.name).join(', ')}</dd>
        </div>
      </dl>
      {notices.map((n, i) => (
        <div key={i} className="warning" role="status">
          {n.service ? `${n.service.name}: ` : ''}
          {n.reason ?? n.status}
        </div>
      ))}

      <h2>{tt('Antrean hari ini', "Today's queue")}</h2>
      {f.queue.length === 0 ? (
        <p>{tt('Fasilitas ini tidak melayani antrean daring.', 'This facility takes no online queue numbers.')}</p>
      ) : (
        <div
          className="table-wrap"
          style={{ position: 'relative', maxWidth: '100%' }}
          tabIndex={0}
          role="region"
          aria-label={tt('Antrean hari ini per layanan', "Today's queue per service")}
        >
          <table data-testid="queue-today">
            <caption className="visually-hidden">{tt('Antrean hari ini per layanan', "Today's queue per service")}</caption>
            <thead>
              <tr>
                <th scope="col">{tt('Layanan', 'Service')}</th>
                <th scope="col">{tt('Sedang dilayani', 'Now serving')}</th>
                <th scope="col">{tt('Menunggu', 'Waiting')}</th>
                <th scope="col">{tt('Perkiraan tunggu', 'Estimated wait')}</th>
                <th scope="col">{tt('Sisa kuota', 'Places left')}</th>
                <th scope="col">{tt('Layar', 'Display')}</th>
              </tr>
            </thead>
            <tbody>
              {f.queue.map((q) => (
                <tr key={q.service.id}>
                  <th scope="row">{q.service.name}</th>
                  <td>{q.nowServing || '–'}</td>
                  <td>{q.remaining}</td>
                  <td>
                    {q.estimatedWaitMinutes} {tt('menit', 'min')}
                  </td>
                  <td>{q.sessions.length === 0 ? tt('Tutup', 'Closed') : q.placesLeft}</td>
                  <td>
                    <Link href={`/kesehatan/layar/${encodeURIComponent(q.service.id)}`}>
                      {tt('Layar antrean', 'Queue display')}
                      <span className="visually-hidden"> {q.service.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {bookable.length > 0 && (
        <section className="panel" aria-labelledby="ambil-h" id="ambil">
          <h2 id="ambil-h">{tt('Ambil nomor antrean', 'Take a queue number')}</h2>
          {!v || v.kind !== 'CITIZEN' ? (
            <p>
              {tt('Masuk dengan akun warga untuk mengambil nomor antrean.', 'Log in with a resident account to take a queue number.')}{' '}
              <Link className="btn btn-primary" href={`/masuk?next=${encodeURIComponent(`/kesehatan/fasilitas/${f.id}`)}`}>
                {tt('Masuk', 'Log in')}
              </Link>
            </p>
          ) : (
            <form action={takeNumberAction} className="form" aria-labelledby="ambil-h">
              <input type="hidden" name="facilityId" value={f.id} />
              <input type="hidden" name="idempotencyKey" value={randomUUID()} />
              <div className="field">
                <label htmlFor="serviceId">{tt('Layanan', 'Service')}</label>
                <select id="serviceId" name="serviceId" defaultValue={bookable[0].id}>
                  {bookable.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="date">{tt('Tanggal', 'Date')}</label>
                <select id="date" name="date" defaultValue={witaDates(7)[0]}>
                  {witaDates(7).map((d) => (
                    <option key={d} value={d}>
                      {dayLabel(d, lang)}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset className="field">
                <legend>{tt('Sesi', 'Session')}</legend>
                <label className="choice">
                  <input type="radio" name="session" value="PAGI" defaultChecked /> <span>{sessionLabel('PAGI', lang)} (07.30–12.00)</span>
                </label>
                <label className="choice">
                  <input type="radio" name="session" value="SIANG" /> <span>{sessionLabel('SIANG', lang)} (12.00–16.00)</span>
                </label>
              </fieldset>
              <fieldset className="field">
                <legend>{tt('Jenis pasien', 'Patient type')}</legend>
                <label className="choice">
                  <input type="radio" name="payer" value="JKN" defaultChecked /> <span>JKN / BPJS Kesehatan</span>
                </label>
                <label className="choice">
                  <input type="radio" name="payer" value="UMUM" /> <span>{tt('Umum (bayar sendiri)', 'Paying patient')}</span>
                </label>
              </fieldset>
              <SubmitButton className="btn btn-primary" pending={tt('Mengambil nomor…', 'Taking a number…')}>
                {tt('Ambil nomor', 'Take a number')}
              </SubmitButton>
            </form>
          )}
        </section>
      )}

      <h2>{tt('Jam buka (WITA)', 'Opening hours (WITA)')}</h2>
      <dl className="kv panel" data-testid="opening-hours">
        {f.openingHours.map((d) => (
          <div key={d.weekday}>
            <dt>{weekdayName(d.weekday, lang)}</dt>
            <dd>{d.intervals.length ? d.intervals.join(', ').replace('00:00-24:00', tt('24 jam', '24 hours')) : tt('Tutup', 'Closed')}</dd>
          </div>
        ))}
      </dl>
      {f.openingExceptions.length > 0 && (
        <>
          <h3>{tt('Hari libur dan jam khusus', 'Holidays and special hours')}</h3>
          <ul>
            {f.openingExceptions.map((e) => (
              <li key={e.date}>
                {dayLabel(e.date, lang)}: {e.closed ? tt('tutup', 'closed') : e.hours} — {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="meta">
        OpenStreetMap <code>opening_hours</code>:{' '}
        <code data-testid="osm-hours" style={{ overflowWrap: 'anywhere' }}>
          {f.osmOpeningHours}
        </code>
      </p>
      {f.queue.some((q) => q.sessions.length) && (
        <p className="meta">
          {tt('Sesi hari ini', "Today's sessions")}:{' '}
          {f.queue[0].sessions.map((s) => `${sessionLabel(s.label, lang)} ${witaTime(s.startsAt)}–${witaTime(s.endsAt)}`).join(', ')}
        </p>
      )}
    </>
  );
}
