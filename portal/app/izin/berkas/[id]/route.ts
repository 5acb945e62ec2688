import { NextResponse, type NextRequest } from 'next/server';
import { portalEnv } from '@/lib/env';
import { viewer } from '@/lib/session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A document's bytes for the logged-in applicant or officer; the permits subgraph decides who may read it. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const v = await viewer({ inAction: true });
  if (!v) return NextResponse.redirect(new URL(`/masuk?next=${encodeURIComponent(req.nextUrl.pathname)}`, req.nextUrl.origin), 303);
  if (!UUID.test(id)) return new NextResponse('Tidak ditemukan', { status: 404 });
  const res = await fetch(new URL(`/api/permits/uploads/${id}`, portalEnv().GATEWAY_URL), { headers: { authorization: `Bearer ${v.token}` } }).catch(
    () => null,
  );
  if (!res || !res.ok || !res.body)
    return new NextResponse(res?.status === 404 ? 'Berkas tidak ditemukan' : 'Berkas tidak dapat dibuka', {
      status: res?.status === 404 ? 404 : 502,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const headers = new Headers({
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  for (const h of ['content-type', 'content-length', 'content-disposition']) {
    const value = res.headers.get(h);
    if (value) headers.set(h, value);
  }
  return new NextResponse(res.body, { status: 200, headers });
}
