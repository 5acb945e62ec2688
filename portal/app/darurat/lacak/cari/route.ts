import type { NextRequest } from 'next/server';

/**
 * GET form target: /darurat/lacak/cari?kode=X → /darurat/X. The Location is relative: an absolute one built
 * from req.url may name another host (localhost for 127.0.0.1), which the CSP's form-action 'self' refuses.
 */
export function GET(req: NextRequest) {
  const code = (req.nextUrl.searchParams.get('kode') ?? '').trim().slice(0, 40);
  return new Response(null, { status: 303, headers: { location: code ? `/darurat/${encodeURIComponent(code)}` : '/darurat/lacak' } });
}
