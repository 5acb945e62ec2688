import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { gql, GqlError, GATEWAY_URL } from './graphql';
import { refreshOnce } from './refresh-once';

export const AT = 'sk_at';
export const RT = 'sk_rt';
export const EXP = 'sk_exp';
export const KIND = 'sk_kind';

export type Session = {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt?: string;
  accountKind: 'CITIZEN' | 'OFFICER';
};

const secure = process.env.COOKIE_SECURE === 'true';
const base = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };

/** Only in Server Actions / route handlers: write the session cookies. */
export async function saveSession(s: Session) {
  const jar = await cookies();
  const rtExp = s.refreshTokenExpiresAt ? new Date(s.refreshTokenExpiresAt) : new Date(Date.now() + 30 * 86400_000);
  jar.set(AT, s.accessToken, { ...base, expires: rtExp });
  jar.set(EXP, String(new Date(s.accessTokenExpiresAt).getTime()), { ...base, expires: rtExp });
  jar.set(RT, s.refreshToken, { ...base, expires: rtExp });
  jar.set(KIND, s.accountKind, { ...base, expires: rtExp });
}

export async function clearSession() {
  const jar = await cookies();
  for (const n of [AT, RT, EXP, KIND]) jar.delete(n);
}

/** Exchange a refresh token; null when it no longer works. */
export async function refresh(refreshToken: string): Promise<Session | null> {
  try {
    const d = await refreshOnce(refreshToken, () =>
      gql<{ refreshSession: Session }>(
        `mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt accountKind } }`,
        { t: refreshToken },
      ),
    );
    return d.refreshSession;
  } catch (e) {
    if (e instanceof GqlError && e.code !== 'UNAVAILABLE') return null;
    throw e;
  }
}

export type Viewer = { token: string; kind: 'CITIZEN' | 'OFFICER' } | null;

/**
 * The current viewer from the cookies. The proxy (proxy.ts) refreshes an expired access token before the
 * page renders; in a Server Action we refresh here and save the new cookies.
 */
export async function viewer(opts: { inAction?: boolean } = {}): Promise<Viewer> {
  const jar = await cookies();
  const token = jar.get(AT)?.value;
  const kind = (jar.get(KIND)?.value as 'CITIZEN' | 'OFFICER') ?? 'CITIZEN';
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

export async function requireViewer(kind: 'CITIZEN' | 'OFFICER', next: string): Promise<{ token: string; kind: 'CITIZEN' | 'OFFICER' }> {
  const v = await viewer();
  if (!v || v.kind !== kind) redirect(`/masuk?next=${encodeURIComponent(next)}`);
  return v;
}

export { GATEWAY_URL };
