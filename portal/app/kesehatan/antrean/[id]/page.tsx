import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate } from '@/lib/i18n';
import { requireViewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';
import SubmitButton from '@/components/SubmitButton';
import Flash from '@/components/Flash';
import AutoRefresh from '@/components/AutoRefresh';
import { dayLabel, queueStatus, sessionLabel, statusTone, witaTime } from '@/components/health/labels';
import { cancelNumberAction } from '../../actions';

const AppointmentQuery = graphql(`
  query Appointment($id: ID!) {
    appointment(id: $id) {
      id
      bookingCode
      number
      payer
      status
      date
      numbersAhead
      estimatedServiceAt
      facility {
        id
        name
        address
      }
      service {
        id
        name
      }
      session {
        label
        nowServing
        status
        closedReason
        startsAt
      }
      timeline {
        at
        toStatus
        actorKind
        note
      }
    }
  }
`);

export const metadata = { title: 'Nomor antrean saya' };

export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const v = await requireViewer('CITIZEN', `/kesehatan/antrean/${id}`);
  const { tt, lang } = await getT();
  const r = await tryGql(AppointmentQuery, { id: id.slice(0, 40) }, { token: v.token });
  if (r.error?.code === 'UNAUTHENTICATED') redirect(`/masuk?next=/kesehatan/antrean/${id}`);
  if (r.error?.code === 'FORBIDDEN') notFound();
  if (r.error)
    return (
      <>
        <h1>{tt('Nomor antrean', 'Queue number')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const a = r.data.appointment;
  if (!a) notFound();
  const live = a.status === 'BOOKED' || a.status === 'CALLED';
  return (
    <>
      {live && <AutoRefresh seconds={5} />}
      <p className="meta">
        <Link href={`/kesehatan/fasilitas/${a.facility.id}`}>{a.facility.name}</Link>
      </p>
      <h1>
        {tt('Nomor antrean', 'Queue number')} {a.service.name}
      </h1>
      <Flash sp={sp} />
      {sp.baru && (
        <div className="notice" role="status">
          {tt(
            'Nomor antrean Anda sudah tercatat. Tunjukkan kode booking di loket pendaftaran.',
            'Your queue number is booked. Show the booking code at the registration desk.',
          )}
        </div>
      )}
      <section className="panel" aria-labelledby="nomor">
        <h2 id="nomor">{tt('Nomor Anda', 'Your number')}</h2>
        <p className="big-code" data-testid="queue-number" style={{ fontSize: '4rem' }}>
          {a.number}
        </p>
        <p>
          {tt('Status', 'Status')}:{' '}
          <span className={`tag ${statusTone(a.status)}`} data-testid="appointment-status" data-status={a.status}>
            {queueStatus(a.status, lang)}
          </span>
        </p>
        {a.status === 'CALLED' && (
          <div className="notice" role="alert">
            {tt('Nomor Anda dipanggil. Silakan menuju ruang layanan.', 'Your number has been called. Please go to the service room.')}
          </div>
        )}
        <dl className="kv">
          <div>
            <dt>{tt('Kode booking', 'Booking code')}</dt>
            <dd data-testid="booking-code">{a.bookingCode}</dd>
          </div>
          <div>
            <dt>{tt('Tanggal dan sesi', 'Date and session')}</dt>
            <dd>
              {dayLabel(a.date, lang)}, {sessionLabel(a.session.label, lang)}
            </dd>
          </div>
          <div>
            <dt>{tt('Sedang dilayani', 'Now serving')}</dt>
            <dd data-testid="now-serving">{a.session.nowServing || '–'}</dd>
          </div>
          {a.numbersAhead !== null && (
            <div>
              <dt>{tt('Antrean di depan Anda', 'Numbers ahead of you')}</dt>
              <dd data-testid="numbers-ahead">{a.numbersAhead}</dd>
            </div>
          )}
          {a.estimatedServiceAt && (
            <div>
              <dt>{tt('Perkiraan dilayani', 'Expected at')}</dt>
              <dd>
                {tt('sekitar pukul', 'around')} {witaTime(a.estimatedServiceAt)} WITA
              </dd>
            </div>
          )}
          <div>
            <dt>{tt('Jenis pasien', 'Patient type')}</dt>
            <dd>{a.payer === 'JKN' ? 'JKN / BPJS Kesehatan' : tt('Umum', 'Paying patient')}</dd>
          </div>
          <div>
            <dt>{tt('Alamat', 'Address')}</dt>
            <dd>{a.facility.address}</dd>
          </div>
        </dl>
        {a.status === 'BOOKED' && (
          <form action={cancelNumberAction}>
            <input type="hidden" name="id" value={a.id} />
            <SubmitButton className="btn btn-secondary" pending={tt('Membatalkan…', 'Cancelling…')}>
              {tt('Batalkan nomor', 'Cancel number')}
            </SubmitButton>
          </form>
        )}
        {live && (
          <p className="meta">
            <Link href={`/kesehatan/antrean/${a.id}`}>{tt('Muat ulang', 'Refresh')}</Link> ·{' '}
            {tt('Halaman ini diperbarui sendiri setiap 5 detik.', 'This page updates itself every 5 seconds.')}
          </p>
        )}
      </section>
      <h2>{tt('Riwayat', 'History')}</h2>
      <ol className="timeline">
        {a.timeline.map((e, i) => (
          <li key={i}>
            <strong>{queueStatus(e.toStatus, lang)}</strong>
            <p className="meta">{formatDate(e.at, lang, true)}</p>
            {e.note && <p>{e.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
