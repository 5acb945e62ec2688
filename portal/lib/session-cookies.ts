/**
 * The session's cookies and the one operation that renews them, shared by lib/session.ts (pages, actions) and
 * proxy.ts (before a page renders). No next/headers here: the proxy cannot use it.
 */
import { graphql } from '../graphql/generated';
import { GqlError, type ResultOf } from './graphql';
import { portalEnv } from './env';

export const AT = 'sk_at';
export const RT = 'sk_rt';
export const EXP = 'sk_exp';
export const KIND = 'sk_kind';
export const SESSION_COOKIES = [AT, RT, EXP, KIND] as const;

export const SessionFields = graphql(`
  fragment SessionFields on AuthSession {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    accountKind
  }
`);

export const RefreshSession = graphql(`
  mutation Refresh($t: String!) {
    refreshSession(refreshToken: $t) {
      ...SessionFields
    }
  }
`);

export type Session = ResultOf<typeof RefreshSession>['refreshSession'];

/** httpOnly, same-site, secure behind TLS (COOKIE_SECURE). */
export const cookieOptions = () => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: portalEnv().COOKIE_SECURE });

/** The four cookies of a session, each kept until the refresh token expires. */
export function sessionCookieValues(s: Session): { expires: Date; values: Record<string, string> } {
  const expires = s.refreshTokenExpiresAt ? new Date(s.refreshTokenExpiresAt) : new Date(Date.now() + 30 * 86400_000);
  return {
    expires,
    values: { [AT]: s.accessToken, [EXP]: String(new Date(s.accessTokenExpiresAt).getTime()), [RT]: s.refreshToken, [KIND]: s.accountKind },
  };
}

/**
 * The graph refused the refresh token itself (expired, reused, logged out): the session is over. Anything else
 * (core down, throttled, no answer) keeps the cookies, so an outage does not log residents out.
 */
export const sessionEnded = (err: unknown) => err instanceof GqlError && (err.code === 'UNAUTHENTICATED' || err.code === 'BAD_USER_INPUT');
