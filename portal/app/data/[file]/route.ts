import { NextResponse } from 'next/server';
import { GqlError, gql } from '@/lib/graphql';
import { getLang } from '@/lib/i18n';
import { recentMonths } from '@/lib/months';
import { toCsv } from '@/components/open-data/csv';
import { indicatorById, isMonth } from '@/components/open-data/indicators';

export const dynamic = 'force-dynamic';

/** How long a browser or a proxy may keep a download: the statistics change slowly, and the graph caches them too. */
const CACHE = 'public, max-age=300, stale-while-revalidate=600';

function problem(status: number, code: string, message: string, field?: string) {
  return NextResponse.json({ error: { code, message, ...(field ? { field } : {}) } }, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * Open data (issue 17): /data/<indicator>.csv or .json, optionally ?from=YYYY-MM&to=YYYY-MM (default the last
 * twelve WITA months, at most 24), generated from the graph's public contract as an anonymous caller.
 */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const en = (await getLang()) === 'en';
  const m = /^([a-z][a-z-]{1,40})\.(csv|json)$/.exec(file); // names are plain ASCII: nothing to decode
  const ind = m ? indicatorById(m[1]) : undefined;
  if (!m || !ind)
    return problem(404, 'NOT_FOUND', en ? 'No such download: see /pengembang for the list' : 'Unduhan tidak dikenal: lihat daftarnya di /pengembang');
  const url = new URL(req.url);
  const to = url.searchParams.get('to') ?? recentMonths(1)[0];
  if (!isMonth(to))
    return problem(400, 'BAD_USER_INPUT', en ? 'to must be a month YYYY-MM, e.g. 2026-11' : 'Bulan akhir harus berformat TTTT-BB, contoh 2026-11', 'to');
  const fromParam = url.searchParams.get('from');
  if (fromParam !== null && !isMonth(fromParam))
    return problem(400, 'BAD_USER_INPUT', en ? 'from must be a month YYYY-MM, e.g. 2025-12' : 'Bulan awal harus berformat TTTT-BB, contoh 2025-12', 'from');
  const [y, mo] = to.split('-').map(Number);
  const from = fromParam ?? new Date(Date.UTC(y, mo - 12, 1)).toISOString().slice(0, 7);

  let rows;
  try {
    rows = ind.rows(await gql(ind.doc, { from, to }, { revalidate: 300 }));
  } catch (err) {
    const e = err instanceof GqlError ? err : new GqlError(String(err), 'INTERNAL_SERVER_ERROR');
    if (e.code === 'BAD_USER_INPUT') {
      const f = e.fields[0];
      return problem(400, e.code, (en ? (f?.message ?? e.message) : (f?.messageId ?? e.messageId ?? e.message)) || e.message, f?.field);
    }
    if (e.code === 'TOO_MANY_REQUESTS')
      return problem(429, e.code, en ? 'Too many requests: try again shortly' : 'Terlalu banyak permintaan: coba lagi sebentar lagi');
    console.error(`[portal] open data ${ind.id}: ${e.code}`);
    return problem(
      503,
      'SERVICE_UNAVAILABLE',
      en ? 'The statistics are unavailable right now: try again later' : 'Statistik sedang tidak tersedia: coba lagi nanti',
    );
  }

  const name = `satu-kendari-${ind.id}-${from}-${to}.${m[2]}`;
  const headers = { 'cache-control': CACHE, 'content-disposition': `attachment; filename="${name}"` };
  if (m[2] === 'csv')
    return new NextResponse(
      toCsv(
        ind.columns.map((c) => c.key),
        rows,
      ),
      { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8; header=present' } },
    );
  return NextResponse.json(
    {
      indicator: ind.id,
      title: ind.title,
      description: ind.description,
      from,
      to,
      generatedAt: new Date().toISOString(),
      source: 'Satu Kendari public GraphQL graph (schema/public.graphql), as an anonymous caller',
      columns: ind.columns.map((c) => ({ key: c.key, type: c.kind, description: c.doc })),
      rows,
    },
    { headers },
  );
}
