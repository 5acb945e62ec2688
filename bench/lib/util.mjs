import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}
export const envInt = (name, def) => (process.env[name] ? Number(process.env[name]) : def);

/**
 * For the probes: the database `name` on the server of `adminUrl` (created on first use), its URL, and the
 * pid of that server's main process (so only its PostgreSQL processes are counted; the server must run here).
 * @param {string} adminUrl
 * @param {string} name
 */
export async function probeDatabase(adminUrl, name) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const pg = require(require.resolve('pg', { paths: [path.join(root, 'subgraphs/kit')] }));
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    if (!(await c.query('select 1 from pg_database where datname = $1', [name])).rowCount) await c.query(`create database "${name}"`);
    const { rows } = await c.query('select pg_backend_pid() as pid');
    // the backend's parent, read while the backend lives (field 4 of /proc/<pid>/stat)
    const { readFileSync } = await import('node:fs');
    const serverPid = Number(readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8').split(') ').pop().split(' ')[1]);
    return { url: Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString(), serverPid };
  } finally {
    await c.end();
  }
}
