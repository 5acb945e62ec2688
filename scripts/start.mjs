#!/usr/bin/env node
// `npm start`: build -> PostgreSQL (embedded unless DATABASE_URL is set) -> every subgraph -> gateway -> portal.
// Prints one block with the URLs and demo logins. Ctrl-C stops every process and the database.
// --dev streams every process's logs here instead of into .data/logs/; --no-build skips the (cached) build;
// --no-portal starts everything but the portal.
// Only Node's own modules are imported up here: the kit is loaded after the build has made it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dev = process.argv.includes('--dev');
// DATA_DIR: where the embedded database, the generated token secret, the logs and the pid file live
const dataDir = path.resolve(root, process.env.DATA_DIR || '.data');
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

// ---------------------------------------------------------------- helpers
function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

async function waitReady(name, url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode)
      throw new Error(`${name} exited (${child.signalCode ?? `code ${child.exitCode}`}) while starting${child.logFile ? `; see ${shown(child.logFile)}` : ''}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s (${url})`);
}

function lastLines(file, n = 10) {
  return file && existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n') : '';
}

// ---------------------------------------------------------------- supervisor
/** Restart delays after a crash: 1, 2, 4, ... s, capped; a process that ran for a minute starts again at 1 s. */
const RESTART_BASE_MS = 1000;
const RESTART_CAP_MS = 60_000;
const HEALTHY_AFTER_MS = 60_000;

function run(name, args, env, cwd = root, failures = 0) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const since = Date.now();
  if (dev) {
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const l of lines) console.log(`${name.padEnd(10)} | ${l}`);
      });
    }
  } else {
    child.logFile = path.join(logDir, `${name}.log`);
    const out = createWriteStream(child.logFile, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping || !running) return; // while starting, the start itself fails and says why
    const tail = lastLines(child.logFile);
    const attempt = Date.now() - since > HEALTHY_AFTER_MS ? 1 : failures + 1;
    const delay = Math.min(RESTART_CAP_MS, RESTART_BASE_MS * 2 ** (attempt - 1));
    console.error(`[start] ${name} stopped unexpectedly (${signal ?? `code ${code}`})${child.logFile ? `; last lines of ${shown(child.logFile)}:` : ''}`);
    if (tail) console.error(tail);
    // one failing process never takes the others down: it is retried, with a growing delay, for as long as it takes
    say(`restarting ${name} in ${seconds(delay)} (attempt ${attempt}${attempt > 1 ? `, it keeps failing: see its log` : ''}); the other services keep running`);
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      if (!stopping) run(name, args, env, cwd, attempt);
    }, delay);
    restartTimers.add(timer);
  });
  children.add(child);
  return child;
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
  await Promise.all(
    [...children].map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode) return resolve();
          const timer = setTimeout(() => c.kill('SIGKILL'), 8000);
          c.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          c.kill('SIGTERM');
        }),
    ),
  );
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
    const child = spawn(process.execPath, [turbo, 'run', 'build', '--output-logs=hash-only'], {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    let building = 0;
    const seen = new Set();
    const onData = (d) => {
      output += d;
      for (const m of String(d).matchAll(/^(?:\S+\s+)?([@\w/.-]+):build: cache (miss|bypass)/gm)) {
        if (seen.has(m[1])) continue;
        seen.add(m[1]);
        if (building++ === 0) say('building (a first build takes 2–4 minutes on 2 cores; later starts reuse it)…');
        say(`  building ${m[1]}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const ticker = setInterval(() => building && say(`  still building… (${seconds(Date.now() - t0)})`), 15_000);
    child.on('exit', (code, signal) => {
      clearInterval(ticker);
      children.delete(child);
      if (stopping) return;
      if (code !== 0) {
        console.error(output.trim().split('\n').slice(-60).join('\n'));
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
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
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
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    say(`using PostgreSQL at ${kit.redactUrl(databaseUrl)}`);
    await kit.waitForDatabase(databaseUrl);
  } else {
    say(`starting the embedded PostgreSQL (data in ${shown(path.join(dataDir, 'pg'))})…`);
    db = await kit.startEmbeddedPostgres({ dataDir: process.env.PGDATA_DIR || path.join(dataDir, 'pg'), log: (m) => say(m) });
    databaseUrl = db.url;
  }

  const listed = kit.discoverSubgraphs(root);
  const subgraphs = listed.filter((s) => existsSync(path.join(s.dir, 'dist/subgraph.js')));
  const notBuilt = listed.filter((s) => !subgraphs.includes(s)).map((s) => s.name);
  if (notBuilt.length) say(`not built, so not started: ${notBuilt.join(', ')}`);
  const gatewayEnv = {};
  for (const s of subgraphs) {
    const variable = `${s.name.toUpperCase()}_PORT`;
    const port = Number(process.env[variable] ?? s.defaultPort);
    if (!(await portFree(port))) throw new Error(`port ${port} (subgraph ${s.name}) is in use: stop what runs there, or set ${variable}`);
    s.port = port;
    gatewayEnv[s.urlVariable] = `http://127.0.0.1:${port}/graphql`;
  }
  say(`starting ${subgraphs.length} subgraphs: ${subgraphs.map((s) => `${s.name}:${s.port}`).join(', ')}`);
  // subgraphs start (migrate, seed when empty) in parallel: each has its own schema
  await Promise.all(
    subgraphs.map((s) => {
      const child = run(s.name, [path.join(s.dir, 'dist/index.js')], { DATABASE_URL: databaseUrl, PORT: String(s.port), AUTH_SECRET: secret }, s.dir);
      return waitReady(s.name, `http://127.0.0.1:${s.port}/ready`, child, 120_000);
    }),
  );

  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  if (!(await portFree(gatewayPort))) throw new Error(`port ${gatewayPort} (gateway) is in use: set GATEWAY_PORT`);
  // the portal beside it on loopback passes each visitor's address in x-forwarded-for (the kit's TrustedProxies rule)
  const gw = run('gateway', [path.join(root, 'gateway/dist/index.js')], {
    ...gatewayEnv,
    PORT: String(gatewayPort),
    AUTH_SECRET: secret,
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? 'loopback',
  });
  await waitReady('gateway', `http://127.0.0.1:${gatewayPort}/ready`, gw);
  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;

  let portalUrl = null;
  const portalDir = path.join(root, 'portal');
  if (!process.argv.includes('--no-portal') && existsSync(path.join(portalDir, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    const portalPort = Number(process.env.PORTAL_PORT ?? 3000);
    if (!(await portFree(portalPort))) throw new Error(`port ${portalPort} (portal) is in use: set PORTAL_PORT`);
    const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
    const portal = run(
      'portal',
      [nextBin, 'start', '-p', String(portalPort), '-H', '127.0.0.1'],
      { GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, NODE_ENV: 'production' },
      portalDir,
    );
    await waitReady('portal', `http://127.0.0.1:${portalPort}/`, portal);
    portalUrl = `http://localhost:${portalPort}`;
  }

  running = true;
  console.log(`
  Satu Kendari is running (ready in ${seconds(Date.now() - started)})
    Portal      ${portalUrl ?? '(not built: npm run build)'}
    Gateway     ${gatewayUrl}
    Playground  ${gatewayUrl}  (open in a browser)
    Database    ${db ? `embedded PostgreSQL, data in ${shown(path.join(dataDir, 'pg'))}` : kit.redactUrl(databaseUrl)}
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
