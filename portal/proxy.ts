import { NextResponse, type NextRequest } from 'next/server';
import { refreshOnce } from './lib/refresh-once';

const GATEWAY_URL = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const AT = 'sk_at',
  RT = 'sk_rt',
  EXP = 'sk_exp',
  KIND = 'sk_kind';

/**
 * Refreshes an expired access token before a page renders (server components cannot write cookies):
 * the new tokens go to the browser as cookies and to this request's render as its Cookie header.
 */
const refererPath = (req: NextRequest) => {
  try {
    return new URL(req.headers.get('referer') ?? '').pathname;
  } catch {
    return null;
  }
};

export async function proxy(req: NextRequest) {
  const rt = req.cookies.get(RT)?.value;
  const exp = Number(req.cookies.get(EXP)?.value ?? 0);
  if (!rt || exp > Date.now() + 10_000) return NextResponse.next();
  // Server Action POSTs refresh themselves (lib/session.ts); avoid rotating the token twice
  if (req.method !== 'GET' && req.method !== 'HEAD') return NextResponse.next();
  // the JARI report page renews nothing, nor do the requests it makes (its link prefetches, also right after
  // a report is sent): an anonymous report must not sit next to a session renewal in time. The next page
  // the resident opens from elsewhere renews the session as usual.
  if (req.nextUrl.pathname === '/jari' || refererPath(req) === '/jari') return NextResponse.next();

  let session: any = null;
  let dead = false;
  try {
    const body: any = await refreshOnce(rt, async () => {
      const res = await fetch(GATEWAY_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query:
            'mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt accountKind } }',
          variables: { t: rt },
        }),
        signal: AbortSignal.timeout(5000),
      });
      return res.json();
    });
    session = body?.data?.refreshSession ?? null;
    dead = !session;
  } catch {
    return NextResponse.next(); // gateway down: render with what we have
  }

  const reqCookies = new Map(req.cookies.getAll().map((c) => [c.name, c.value]));
  const opts = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: process.env.COOKIE_SECURE === 'true' };
  if (session) {
    const expires = new Date(session.refreshTokenExpiresAt ?? Date.now() + 30 * 86400_000);
    const vals: Record<string, string> = {
      [AT]: session.accessToken,
      [RT]: session.refreshToken,
      [EXP]: String(new Date(session.accessTokenExpiresAt).getTime()),
      [KIND]: session.accountKind,
    };
    for (const [k, v] of Object.entries(vals)) reqCookies.set(k, v);
    const headers = new Headers(req.headers);
    headers.set('cookie', [...reqCookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = NextResponse.next({ request: { headers } });
    for (const [k, v] of Object.entries(vals)) res.cookies.set(k, v, { ...opts, expires });
    return res;
  }
  if (dead) {
    for (const k of [AT, RT, EXP, KIND]) reqCookies.delete(k);
    const headers = new Headers(req.headers);
    headers.set('cookie', [...reqCookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = NextResponse.next({ request: { headers } });
    for (const k of [AT, RT, EXP, KIND]) res.cookies.delete(k);
    return res;
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
