import { NextResponse, type NextRequest } from 'next/server';
import { gql } from './lib/graphql';
import { refreshOnce } from './lib/refresh-once';
import { RefreshSession, SESSION_COOKIES, EXP, RT, cookieOptions, sessionCookieValues, sessionEnded, type Session } from './lib/session-cookies';

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

  let session: Session | null = null;
  try {
    session = (await refreshOnce(rt, () => gql(RefreshSession, { t: rt }, { timeoutMs: 5000 }))).refreshSession;
  } catch (err) {
    // the graph refused the token: the session ends below; gateway or core down: render with what we have
    if (!sessionEnded(err)) return NextResponse.next();
  }

  const reqCookies = new Map(req.cookies.getAll().map((c) => [c.name, c.value]));
  const withCookies = () => {
    const headers = new Headers(req.headers);
    headers.set('cookie', [...reqCookies].map(([k, v]) => `${k}=${v}`).join('; '));
    return NextResponse.next({ request: { headers } });
  };
  if (session) {
    const { expires, values } = sessionCookieValues(session);
    for (const [k, v] of Object.entries(values)) reqCookies.set(k, v);
    const res = withCookies();
    for (const [k, v] of Object.entries(values)) res.cookies.set(k, v, { ...cookieOptions(), expires });
    return res;
  }
  for (const k of SESSION_COOKIES) reqCookies.delete(k);
  const res = withCookies();
  for (const k of SESSION_COOKIES) res.cookies.delete(k);
  return res;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
