/** Officer list pages report the outcome of an action through ?ok= / ?err= so they also work without JS. */
export function flashUrl(path: string, kind: 'ok' | 'err', message: string) {
  const u = new URL(path, 'http://x');
  u.searchParams.delete('ok');
  u.searchParams.delete('err');
  u.searchParams.set(kind, message.slice(0, 300));
  return u.pathname + u.search;
}
