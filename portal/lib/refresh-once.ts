/**
 * One refresh per refresh token, shared by every request that carries it. Core rotates a refresh token
 * once: a second, simultaneous refresh with the same token is treated as a stolen copy and ends the
 * whole login. A browser sends several requests at once (a page and its prefetches), all with the
 * same expired cookies, so they must share one refresh; its result is kept for a short while for
 * requests that still arrive with the old cookie. (Per portal process: behind several replicas,
 * route one browser to one replica or accept a rare re-login.)
 */
type Outcome<T> = { at: number; value: Promise<T> };
const recent = new Map<string, Outcome<unknown>>();
const KEEP_MS = 30_000;

export function refreshOnce<T>(refreshToken: string, refresh: () => Promise<T>): Promise<T> {
  const now = Date.now();
  for (const [k, o] of recent) if (now - o.at > KEEP_MS) recent.delete(k);
  const hit = recent.get(refreshToken) as Outcome<T> | undefined;
  if (hit) return hit.value;
  const value = refresh();
  recent.set(refreshToken, { at: now, value });
  // a failed attempt (gateway down) may be tried again by the next request
  value.catch(() => recent.delete(refreshToken));
  return value;
}
