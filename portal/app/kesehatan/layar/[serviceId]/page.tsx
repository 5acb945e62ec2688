import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';
import QueueDisplay from '@/components/health/QueueDisplay';

const QueueDisplayPageQuery = graphql(`
  query QueueDisplayPage($id: ID!) {
    healthQueue(serviceId: $id) {
      nowServing
      remaining
      estimatedWaitMinutes
      sessions {
        nextNumber
      }
      service {
        name
      }
      facility {
        id
        name
      }
    }
  }
`);

export const metadata = { title: 'Layar antrean' };
export const dynamic = 'force-dynamic';

/** The waiting-room display of one service: large numbers, updated in place every few seconds. */
export default async function Display({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { tt } = await getT();
  const r = await tryGql(QueueDisplayPageQuery, { id: decodeURIComponent(serviceId).slice(0, 80) });
  if (r.error)
    return (
      <>
        <h1>{tt('Layar antrean', 'Queue display')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const q = r.data.healthQueue;
  if (!q) notFound();
  return (
    <div style={{ textAlign: 'center' }}>
      <p className="meta">
        <Link href={`/kesehatan/fasilitas/${q.facility.id}`}>{q.facility.name}</Link>
      </p>
      <h1>{q.service.name}</h1>
      <QueueDisplay
        url={`/kesehatan/layar/${encodeURIComponent(decodeURIComponent(serviceId))}/data`}
        initial={{
          nowServing: q.nowServing,
          remaining: q.remaining,
          estimatedWaitMinutes: q.estimatedWaitMinutes,
          next: q.sessions.map((s) => s.nextNumber).filter((n): n is number => n !== null),
          updatedAt: new Date().toISOString(),
        }}
        texts={{
          now: tt('Nomor yang sedang dilayani', 'Now serving'),
          next: tt('Berikutnya', 'Next'),
          remaining: tt('Menunggu', 'Waiting'),
          wait: tt('Perkiraan tunggu', 'Estimated wait'),
          minutes: tt('menit', 'minutes'),
          updated: tt('Diperbarui', 'Updated'),
          offline: tt('koneksi terputus, mencoba lagi', 'connection lost, retrying'),
        }}
      />
    </div>
  );
}
