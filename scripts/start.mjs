#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set) -> every subgraph -> gateway -> portal.
// Prints one block with the URLs and demo logins. Ctrl-C stops every process and the database.
// --dev streams every process's logs here instead of into .data/logs/; --no-build skips the (cached) build.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const kit = require(path.join(root, 'subgraphs/kit/dist'));
const dev = process.argv.includes('--dev');
const logDir = path.join(root, '.data/logs');
mkdirSync(logDir, { recursive: true });

const started = Date.now();
const children = [];
let db = null;
let stopping = false;
/** true once everything started: from then on a crashed process is restarted instead of stopping all */
let running = false;
const restarts = new Map();

const say = (m) => console.log(`[start] ${m}`);

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
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting${child.logFile ? `; see ${path.relative(root, child.logFile)}` : ''}`);
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

function run(name, args, env, cwd = root) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (dev) {
    const prefix = (line) => `${name.padEnd(10)} | ${line}`;
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const l of lines) console.log(prefix(l));
      });
    }
  } else {
    child.logFile = path.join(logDir, `${name}.log`);
    const out = createWriteStream(child.logFile, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  child.name = name;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const tail = child.logFile && existsSync(child.logFile) ? readFileSync(child.logFile, 'utf8').trim().split('\n').slice(-10).join('\n') : '';
    console.error(`[start] ${name} stopped unexpectedly (${signal ?? `code ${code}`})${child.logFile ? `: last lines of ${path.relative(root, child.logFile)}:` : ''}`);
    if (tail) console.error(tail);
    children.splice(children.indexOf(child), 1);
    // once the system is up, one crashed process must not take the others down: restart it (a few times)
    const recent = (restarts.get(name) ?? []).filter((t) => Date.now() - t < 10 * 60_000);
    if (!running || recent.length >= 5) {
      if (running) console.error(`[start] ${name} keeps stopping; giving up`);
      return void shutdown(1);
    }
    restarts.set(name, [...recent, Date.now()]);
    say(`restarting ${name} in 2 s; the other services keep running`);
    setTimeout(() => !stopping && run(name, args, env, cwd), 2000);
  });
  children.push(child);
  return child;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all(
    children.map(
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
  say('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** Builds what changed (turbo caches the rest), quietly: its output is shown only when the build fails. */
function build() {
  if (process.argv.includes('--no-build')) return;
  const t0 = Date.now();
  const turbo = require.resolve('turbo/bin/turbo', { paths: [root] });
  const r = spawnSync(process.execPath, [turbo, 'run', 'build', '--output-logs=errors-only'], { cwd: root, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) {
    console.error(`${r.stdout ?? ''}${r.stderr ?? ''}`.trim());
    throw new Error('the build failed (output above)');
  }
  say(`build up to date (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

async function main() {
  build();
  const authSecret = process.env.AUTH_SECRET ?? undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    say(`using PostgreSQL at ${kit.redactUrl(databaseUrl)}`);
    await kit.waitForDatabase(databaseUrl);
  } else {
    say('starting the embedded PostgreSQL (data in .data/pg)…');
    db = await kit.startEmbeddedPostgres({ log: (m) => say(m) });
    databaseUrl = db.url;
  }

  const subgraphs = kit.discoverSubgraphs(root).filter((s) => existsSync(path.join(s.dir, 'dist/index.js')));
  const gatewayEnv = {};
  for (const s of subgraphs) {
    const port = Number(process.env[`${s.name.toUpperCase()}_PORT`] ?? s.defaultPort);
    if (!(await portFree(port))) throw new Error(`port ${port} (subgraph ${s.name}) is in use: stop what runs there, or set ${s.name.toUpperCase()}_PORT`);
    s.port = port;
    gatewayEnv[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  say(`starting ${subgraphs.length} subgraphs: ${subgraphs.map((s) => `${s.name}:${s.port}`).join(', ')}`);
  // subgraphs start (migrate, seed when empty) in parallel: each has its own schema
  await Promise.all(
    subgraphs.map((s) => {
      const child = run(s.name, [path.join(s.dir, 'dist/index.js')], { DATABASE_URL: databaseUrl, PORT: String(s.port), ...(authSecret ? { AUTH_SECRET: authSecret } : {}) }, s.dir);
      return waitReady(s.name, `http://127.0.0.1:${s.port}/ready`, child, 120_000);
    }),
  );

  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  if (!(await portFree(gatewayPort))) throw new Error(`port ${gatewayPort} (gateway) is in use: set GATEWAY_PORT`);
  const gw = run('gateway', [path.join(root, 'gateway/dist/index.js')], { ...gatewayEnv, PORT: String(gatewayPort) });
  await waitReady('gateway', `http://127.0.0.1:${gatewayPort}/ready`, gw);
  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;

  let portalUrl = null;
  const portalDir = path.join(root, 'portal');
  if (existsSync(path.join(portalDir, '.next/BUILD_ID'))) {
    const portalPort = Number(process.env.PORTAL_PORT ?? 3000);
    if (!(await portFree(portalPort))) throw new Error(`port ${portalPort} (portal) is in use: set PORTAL_PORT`);
    const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
    const portal = run('portal', [nextBin, 'start', '-p', String(portalPort), '-H', '127.0.0.1'], { GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, NODE_ENV: 'production' }, portalDir);
    await waitReady('portal', `http://127.0.0.1:${portalPort}/`, portal);
    portalUrl = `http://localhost:${portalPort}`;
  }

  running = true;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  Satu Kendari is running (ready in ${seconds} s)
    Portal      ${portalUrl ?? '(not built: npm run build)'}
    Gateway     ${gatewayUrl}
    Playground  ${gatewayUrl}  (open in a browser)
    Database    ${db ? 'embedded PostgreSQL, data in .data/pg' : kit.redactUrl(databaseUrl)}
    Demo citizen  NIK 7471024506900001 / kendari123  (Siti Rahmawati, Kandai)
    Demo officer  petugas.kandai / kendari123  (also lurah.kandai, camat.kendari, dispatcher.damkar, inspektur, petugas.disdukcapil, admin)
    Logs        ${dev ? 'here' : '.data/logs/'}   Stop: Ctrl-C
`);
}

main().catch(async (err) => {
  console.error(`[start] ${err?.message ?? err}`);
  await shutdown(1);
});
