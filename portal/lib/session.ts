import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { gql } from './graphql';
import { refreshOnce } from './refresh-once';
import { AT, EXP, KIND, RT, RefreshSession, SESSION_COOKIES, cookieOptions, sessionCookieValues, sessionEnded, type Session } from './session-cookies';

export { AT, EXP, KIND, RT, type Session };

/** Only in Server Actions / route handlers: write the session cookies. */
export async function saveSession(s: Session) {
  const jar = await cookies();
  const { expires, values } = sessionCookieValues(s);
  for (const [name, value] of Object.entries(values)) jar.set(name, value, { ...cookieOptions(), expires });
}

export async function clearSession() {
  const jar = await cookies();
  for (const n of SESSION_COOKIES) jar.delete(n);
}

/** Exchange a refresh token; null when it no longer works (throws while the graph cannot say). */
export async function refresh(refreshToken: string): Promise<Session | null> {
  try {
    const d = await refreshOnce(refreshToken, () => gql(RefreshSession, { t: refreshToken }));
    return d.refreshSession;
  } catch (e) {
    if (sessionEnded(e)) return null;
    throw e;
  }
}

export type AccountKind = Session['accountKind'];
export type Viewer = { token: string; kind: AccountKind } | null;

/**
 * The current viewer from the cookies. The proxy (proxy.ts) refreshes an expired access token before the
 * page renders; in a Server Action we refresh here and save the new cookies.
 */
export async function viewer(opts: { inAction?: boolean } = {}): Promise<Viewer> {
  const jar = await cookies();
  const token = jar.get(AT)?.value;
  const kind: AccountKind = jar.get(KIND)?.value === 'OFFICER' ? 'OFFICER' : 'CITIZEN';
  const exp = Number(jar.get(EXP)?.value ?? 0);
  const rt = jar.get(RT)?.value;
  if (token && exp > Date.now() + 5000) return { token, kind };
  if (opts.inAction && rt) {
    const s = await refresh(rt);
    if (s) {
      await saveSession(s);
      return { token: s.accessToken, kind: s.accountKind };
    }
    await clearSession();
    return null;
  }
  return token ? { token, kind } : null;
}

export async function requireViewer(kind: AccountKind, next: string): Promise<{ token: string; kind: AccountKind }> {
  const v = await viewer();
  if (!v || v.kind !== kind) redirect(`/masuk?next=${encodeURIComponent(next)}`);
  return v;
}
