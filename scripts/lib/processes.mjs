// The one process launcher of the repository: `npm start` (scripts/start.mjs), the cross-service tests
// (tests/src/harness.ts) and the bench (bench/lib/procs.mjs) start, watch and stop their services with it.
// Plain ESM with Node's own modules only, so start.mjs runs it before anything is built; types in processes.d.mts.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Output chunks kept in memory per process (the tail an error message shows). */
const KEPT_CHUNKS = 200;

let tasksetAvailable = null;
function hasTaskset() {
  if (tasksetAvailable === null) {
    try {
      execFileSync('taskset', ['-V'], { stdio: 'ignore' });
      tasksetAvailable = true;
    } catch {
      tasksetAvailable = false;
    }
  }
  return tasksetAvailable;
}

/** A path as a person reads it: relative inside the current folder, absolute elsewhere. */
export const shownPath = (p) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p));

/**
 * Starts a service (Node by default) with `env` on top of this process's environment. Its output is kept
 * (the last chunks, `output`), appended to `logFile` when given, and echoed line by line with the name in
 * front when `echo` is set; `cpus` pins it with taskset where available.
 *
 * @param {string} name
 * @param {string[]} args
 * @param {import('./processes.d.mts').LaunchOptions} [opts]
 * @returns {import('./processes.d.mts').Proc}
 */
export function launch(name, args, { env = {}, cwd, cmd = process.execPath, cpus, ipc = false, logFile, echo = false } = {}) {
  const [file, argv] = cpus != null && hasTaskset() ? ['taskset', ['-c', String(cpus), cmd, ...args]] : [cmd, args];
  const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])] });
  const output = [];
  const keep = (d) => {
    output.push(d.toString());
    if (output.length > KEPT_CHUNKS) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  if (logFile) {
    const out = createWriteStream(logFile, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  if (echo) {
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const l of lines) console.log(`${name.padEnd(10)} | ${l}`);
      });
    }
  }
  return { name, child, output, pid: child.pid, startedAt: Date.now(), logFile: logFile ?? null };
}

/** Whether the process has ended. */
export const exited = (p) => p.child.exitCode !== null || p.child.signalCode !== null;

const howItEnded = (p) => p.child.signalCode ?? `code ${p.child.exitCode}`;

/** Its last `n` lines: from its log file when it has one (earlier runs included), else from the kept output. */
export function tail(p, n = 10) {
  const text = p.logFile ? (existsSync(p.logFile) ? readFileSync(p.logFile, 'utf8') : '') : p.output.join('');
  return text.trim().split('\n').slice(-n).join('\n');
}

/** Where to read more: its log file, or its last lines. */
const more = (p) => (p.logFile ? `; see ${shownPath(p.logFile)}` : `:\n${tail(p, 40)}`);

/**
 * Polls `url` until it answers 2xx; resolves with the milliseconds since the process started. Fails at
 * once when the process ends while starting, and after `timeoutMs`; both say where its output is.
 *
 * @param {import('./processes.d.mts').Proc} p
 * @param {string} url
 * @param {{ timeoutMs?: number, intervalMs?: number }} [opts]
 */
export async function waitReady(p, url, { timeoutMs = 90_000, intervalMs = 150 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(p)) throw new Error(`${p.name} exited (${howItEnded(p)}) while starting${more(p)}`);
    try {
      if ((await fetch(url)).ok) return Date.now() - p.startedAt;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${p.name} was not ready within ${timeoutMs / 1000} s (${url})${more(p)}`);
}

/**
 * Stops it: `signal` (SIGTERM), then SIGKILL after `killAfterMs`. Resolves with how it ended and how long
 * that took; at once for a process that already ended.
 *
 * @param {import('./processes.d.mts').Proc} p
 * @param {{ killAfterMs?: number, signal?: NodeJS.Signals }} [opts]
 * @returns {Promise<{ code: number | null, signal: string | null, ms: number }>}
 */
export function terminate(p, { killAfterMs = 5000, signal = 'SIGTERM' } = {}) {
  return new Promise((resolve) => {
    if (!p || exited(p)) return resolve({ code: p?.child.exitCode ?? null, signal: p?.child.signalCode ?? null, ms: 0 });
    const since = Date.now();
    const killer = setTimeout(() => p.child.kill('SIGKILL'), killAfterMs);
    p.child.once('exit', (code, sig) => {
      clearTimeout(killer);
      resolve({ code, signal: sig, ms: Date.now() - since });
    });
    p.child.kill(signal);
  });
}

/** A port nobody listens on now (the system picks it). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** Whether `port` can be listened on. */
export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}
