#!/usr/bin/env node
// `npm start`: build -> PostgreSQL (embedded unless DATABASE_URL is set) -> every subgraph -> gateway -> portal.
// Prints one block with the URLs and demo logins. Ctrl-C stops every process and the database.
// --dev streams every process's logs here instead of into .data/logs/; --no-build skips the (cached) build;
// --no-portal starts everything but the portal.
// Only Node's own modules (and the launcher beside it) are imported up here: the kit is loaded after the build has made it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launch, portFree, tail, terminate, waitReady } from './lib/processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dev = process.argv.includes('--dev');

// ---------------------------------------------------------------- configuration
/**
 * Every setting `npm start` reads, parsed once, before anything happens: every problem is listed, then it
 * stops. The processes it starts parse their own settings the same way (the kit's env.ts).
 */
function readConfig(env = process.env) {
  const problems = [];
  const port = (name, fallback) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
    problems.push(`${name}: must be a port number from 1 to 65535 (got "${raw}")`);
    return fallback;
  };
  // DATA_DIR: where the embedded database, the generated token secret, the logs and the pid file live
  const dataDir = path.resolve(root, env.DATA_DIR || '.data');
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\/\S+$/.test(databaseUrl)) problems.push('DATABASE_URL: must be a postgres:// URL');
  const manifest = JSON.parse(readFileSync(path.join(root, 'subgraphs/manifest.json'), 'utf8')).subgraphs;
  const config = {
    dataDir,
    /** null: generated at the first start into DATA_DIR/auth-secret (each process checks it is strong). */
    authSecret: env.AUTH_SECRET || null,
    databaseUrl,
    pgDataDir: env.PGDATA_DIR ? path.resolve(root, env.PGDATA_DIR) : path.join(dataDir, 'pg'),
    /** Files residents upload (permits, JARI): handed to every subgraph, which parses it with its settings. */
    uploadsDir: env.UPLOADS_DIR ? path.resolve(root, env.UPLOADS_DIR) : path.join(dataDir, 'uploads'),
    /** undefined: the kit's default (54329, so it never collides with a system PostgreSQL on 5432). */
    embeddedPgPort: port('EMBEDDED_PG_PORT', undefined),
    subgraphPorts: Object.fromEntries(manifest.map((s) => [s.name, port(`${s.name.toUpperCase()}_PORT`, s.port)])),
    gatewayPort: port('GATEWAY_PORT', 4000),
    portalPort: port('PORTAL_PORT', 3000),
    /** Whom the gateway believes x-forwarded-for from: the portal beside it on loopback (the kit's TrustedProxies rule). */
    trustedProxies: env.TRUSTED_PROXIES || 'loopback',
    nextDistDir: env.NEXT_DIST_DIR || '.next',
  };
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return config;
}

let config;
try {
  config = readConfig();
} catch (err) {
  console.error(`[start] ${err.message}`);
  process.exit(1);
}
const { dataDir } = config;
const logDir = path.join(dataDir, 'logs');
const lockFile = path.join(dataDir, 'start.pid');
mkdirSync(logDir, { recursive: true });

const started = Date.now();
const children = new Set();
const restartTimers = new Set();
let kit = null;
let db = null;
let stopping = false;
let ownsLock = false;
/** true once everything started: from then on a crashed process is restarted instead of stopping all */
let running = false;

const say = (m) => console.log(`[start] ${m}`);
/** A path as the user reads it: relative inside the project, absolute elsewhere. */
const shown = (p) => (path.relative(root, p).startsWith('..') ? p : path.relative(root, p));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- one instance per checkout
/**
 * A second `npm start` in the same folder would find the first one's PostgreSQL, take it for a leftover
 * and stop it. The pid file is created exclusively; a pid file of a process that no longer runs is stale.
 */
function acquireLock() {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      ownsLock = true;
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockFile, 'utf8').trim());
      if (pid && pid !== process.pid && isStartProcess(pid)) {
        throw new Error(
          `Satu Kendari is already running from this folder (pid ${pid}). Use that one, or stop it first ` +
            `(Ctrl-C in its terminal, or \`kill ${pid}\`). To run a second copy beside it, clone the project into another folder and give it other ports.`,
        );
      }
      unlinkSync(lockFile); // stale: its process is gone
    }
  }
  throw new Error(`could not create ${shown(lockFile)}`);
}

function isStartProcess(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.mjs');
  } catch {
    return true; // alive, and no /proc to tell: assume it is ours
  }
}

function releaseLock() {
  if (!ownsLock) return;
  try {
    unlinkSync(lockFile);
  } catch {
    /* already gone */
  }
  ownsLock = false;
}

// ---------------------------------------------------------------- supervisor
/** Restart delays after a crash: 1, 2, 4, ... s, capped; a process that ran for a minute starts again at 1 s. */
const RESTART_BASE_MS = 1000;
const RESTART_CAP_MS = 60_000;
const HEALTHY_AFTER_MS = 60_000;

/** Starts a service (its log in .data/logs/<name>.log, or here with --dev) and restarts it when it crashes after start-up. */
function run(name, args, env, cwd = root, failures = 0) {
  const p = launch(name, args, { env, cwd, ...(dev ? { echo: true } : { logFile: path.join(logDir, `${name}.log`) }) });
  p.child.on('exit', (code, signal) => {
    children.delete(p);
    if (stopping || !running) return; // while starting, the start itself fails and says why
    const last = p.logFile ? tail(p) : '';
    const attempt = Date.now() - p.startedAt > HEALTHY_AFTER_MS ? 1 : failures + 1;
    const delay = Math.min(RESTART_CAP_MS, RESTART_BASE_MS * 2 ** (attempt - 1));
    console.error(`[start] ${name} stopped unexpectedly (${signal ?? `code ${code}`})${p.logFile ? `; last lines of ${shown(p.logFile)}:` : ''}`);
    if (last) console.error(last);
    // one failing process never takes the others down: it is retried, with a growing delay, for as long as it takes
    say(`restarting ${name} in ${seconds(delay)} (attempt ${attempt}${attempt > 1 ? `, it keeps failing: see its log` : ''}); the other services keep running`);
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      if (!stopping) run(name, args, env, cwd, attempt);
    }, delay);
    restartTimers.add(timer);
  });
  children.add(p);
  return p;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  if (!children.size && !db) {
    releaseLock();
    process.exit(code); // nothing was started (e.g. refused as a second instance)
  }
  say('stopping…');
  for (const t of restartTimers) clearTimeout(t);
  await Promise.all([...children].map((p) => terminate(p, { killAfterMs: 8000 })));
  if (db) await db.stop().catch((e) => console.error(`[start] PostgreSQL did not stop cleanly: ${e?.message ?? e}`));
  releaseLock();
  say('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));

// ---------------------------------------------------------------- build
/**
 * Builds what changed (turbo caches the rest). Shows each package as it starts building and a line every
 * 15 s, so a first build (minutes on a small machine) is never silent; the full output only on failure.
 */
function build() {
  if (process.argv.includes('--no-build')) return Promise.resolve();
  const t0 = Date.now();
  let turbo;
  try {
    turbo = require.resolve('turbo/bin/turbo', { paths: [root] });
  } catch {
    throw new Error('the dependencies are not installed: run `npm install` first');
  }
  return new Promise((resolve, reject) => {
    const p = launch('build', [turbo, 'run', 'build', '--output-logs=hash-only'], { cwd: root, env: { TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    children.add(p);
    let building = 0;
    const seen = new Set();
    const onData = (d) => {
      for (const m of String(d).matchAll(/^(?:\S+\s+)?([@\w/.-]+):build: cache (miss|bypass)/gm)) {
        if (seen.has(m[1])) continue;
        seen.add(m[1]);
        if (building++ === 0) say('building (a first build takes 2–4 minutes on 2 cores; later starts reuse it)…');
        say(`  building ${m[1]}`);
      }
    };
    p.child.stdout.on('data', onData);
    p.child.stderr.on('data', onData);
    const ticker = setInterval(() => building && say(`  still building… (${seconds(Date.now() - t0)})`), 15_000);
    p.child.on('exit', (code, signal) => {
      clearInterval(ticker);
      children.delete(p);
      if (stopping) return;
      if (code !== 0) {
        console.error(tail(p, 60));
        return reject(new Error(`the build failed (${signal ?? `code ${code}`}; output above)`));
      }
      say(building ? `built ${building} package${building === 1 ? '' : 's'} in ${seconds(Date.now() - t0)}` : `build up to date (${seconds(Date.now() - t0)})`);
      resolve();
    });
  });
}

function loadKit() {
  const dist = path.join(root, 'subgraphs/kit/dist/index.js');
  if (!existsSync(dist)) throw new Error('the kit is not built (subgraphs/kit/dist is missing): run `npm start` without --no-build, or `npm run build`');
  return require(dist);
}

// ---------------------------------------------------------------- the token secret
/**
 * No public default: AUTH_SECRET from the environment, or one generated at the first start and kept in
 * .data/auth-secret (readable by the owner only), handed to the gateway and every subgraph.
 */
function authSecret() {
  if (config.authSecret) return config.authSecret;
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    say(`generated a random token secret in ${shown(file)} (kept across restarts)`);
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}

// ---------------------------------------------------------------- main
async function main() {
  acquireLock();
  await build();
  kit = loadKit();
  const secret = authSecret();
  let databaseUrl = config.databaseUrl;
  if (databaseUrl) {
    say(`using PostgreSQL at ${kit.redactUrl(databaseUrl)}`);
    await kit.waitForDatabase(databaseUrl);
  } else {
    say(`starting the embedded PostgreSQL (data in ${shown(config.pgDataDir)})…`);
    db = await kit.startEmbeddedPostgres({ dataDir: config.pgDataDir, port: config.embeddedPgPort, log: (m) => say(m) });
    databaseUrl = db.url;
  }

  const listed = kit.discoverSubgraphs(root);
  const subgraphs = listed.filter((s) => existsSync(path.join(s.dir, 'dist/subgraph.js')));
  const notBuilt = listed.filter((s) => !subgraphs.includes(s)).map((s) => s.name);
  if (notBuilt.length) say(`not built, so not started: ${notBuilt.join(', ')}`);
  const gatewayEnv = {};
  for (const s of subgraphs) {
    const port = config.subgraphPorts[s.name] ?? s.defaultPort;
    if (!(await portFree(port))) throw new Error(`port ${port} (subgraph ${s.name}) is in use: stop what runs there, or set ${s.name.toUpperCase()}_PORT`);
    s.port = port;
    gatewayEnv[s.urlVariable] = `http://127.0.0.1:${port}/graphql`;
  }
  say(`starting ${subgraphs.length} subgraphs: ${subgraphs.map((s) => `${s.name}:${s.port}`).join(', ')}`);
  // subgraphs start (migrate, seed when empty) in parallel: each has its own schema
  await Promise.all(
    subgraphs.map((s) => {
      const p = run(
        s.name,
        [path.join(s.dir, 'dist/index.js')],
        { DATABASE_URL: databaseUrl, PORT: String(s.port), AUTH_SECRET: secret, UPLOADS_DIR: config.uploadsDir },
        s.dir,
      );
      return waitReady(p, `http://127.0.0.1:${s.port}/ready`, { timeoutMs: 120_000 });
    }),
  );

  const { gatewayPort } = config;
  if (!(await portFree(gatewayPort))) throw new Error(`port ${gatewayPort} (gateway) is in use: set GATEWAY_PORT`);
  // the portal beside it on loopback passes each visitor's address in x-forwarded-for (the kit's TrustedProxies rule)
  const gw = run('gateway', [path.join(root, 'gateway/dist/index.js')], {
    ...gatewayEnv,
    PORT: String(gatewayPort),
    AUTH_SECRET: secret,
    TRUSTED_PROXIES: config.trustedProxies,
  });
  await waitReady(gw, `http://127.0.0.1:${gatewayPort}/ready`, { timeoutMs: 60_000 });
  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;

  let portalUrl = null;
  const portalDir = path.join(root, 'portal');
  if (!process.argv.includes('--no-portal') && existsSync(path.join(portalDir, config.nextDistDir, 'BUILD_ID'))) {
    const { portalPort } = config;
    if (!(await portFree(portalPort))) throw new Error(`port ${portalPort} (portal) is in use: set PORTAL_PORT`);
    const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
    const portal = run(
      'portal',
      [nextBin, 'start', '-p', String(portalPort), '-H', '127.0.0.1'],
      { GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, NODE_ENV: 'production' },
      portalDir,
    );
    await waitReady(portal, `http://127.0.0.1:${portalPort}/`, { timeoutMs: 60_000 });
    portalUrl = `http://localhost:${portalPort}`;
  }

  running = true;
  console.log(`
  Satu Kendari is running (ready in ${seconds(Date.now() - started)})
    Portal      ${portalUrl ?? '(not built: npm run build)'}
    Gateway     ${gatewayUrl}
    Playground  ${gatewayUrl}  (open in a browser)
    Database    ${db ? `embedded PostgreSQL, data in ${shown(config.pgDataDir)}` : kit.redactUrl(databaseUrl)}
    Demo citizen  NIK 7471024506900001 / kendari123  (Siti Rahmawati, Kandai)
    Demo officer  petugas.kandai / kendari123  (also lurah.kandai, camat.kendari, dispatcher.damkar, inspektur, petugas.dpmptsp,
                  petugas.puskesmas.kandai, petugas.bapenda, petugas.disdukcapil, admin)
    Logs        ${dev ? 'here' : `${shown(logDir)}/`}   Stop: Ctrl-C
`);
}

main().catch(async (err) => {
  console.error(`[start] ${err?.message ?? err}`);
  await shutdown(1);
});
