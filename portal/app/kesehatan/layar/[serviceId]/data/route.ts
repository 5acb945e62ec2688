import { graphql } from '@/graphql/generated';
import { NextResponse } from 'next/server';
import { tryGql } from '@/lib/graphql';

const QueueDisplayDataQuery = graphql(`
  query QueueDisplayData($id: ID!) {
    healthQueue(serviceId: $id) {
      nowServing
      remaining
      estimatedWaitMinutes
      sessions {
        nextNumber
      }
    }
  }
`);

export const dynamic = 'force-dynamic';

/** The numbers of the waiting-room display, as small JSON for its polling (public data only). */
export async function GET(_req: Request, { params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const r = await tryGql(QueueDisplayDataQuery, { id: decodeURIComponent(serviceId).slice(0, 80) });
  if (r.error || !r.data.healthQueue)
    return NextResponse.json({ error: 'unavailable' }, { status: r.error ? 503 : 404, headers: { 'cache-control': 'no-store' } });
  const q = r.data.healthQueue;
  const next = q.sessions.map((s) => s.nextNumber).filter((n): n is number => n !== null);
  return NextResponse.json(
    { nowServing: q.nowServing, remaining: q.remaining, estimatedWaitMinutes: q.estimatedWaitMinutes, next, updatedAt: new Date().toISOString() },
    { headers: { 'cache-control': 'no-store' } },
  );
}
