import { NextResponse, type NextRequest } from 'next/server';

/** GET form target: /darurat/lacak/cari?kode=X → /darurat/X */
export function GET(req: NextRequest) {
  const code = (req.nextUrl.searchParams.get('kode') ?? '').trim().slice(0, 40);
  return NextResponse.redirect(new URL(code ? `/darurat/${encodeURIComponent(code)}` : '/darurat/lacak', req.url), 303);
}
