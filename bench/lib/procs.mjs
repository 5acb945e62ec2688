import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { sleep } from './util.mjs';

const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const started = [];

/** Starts a process (node by default), optionally pinned to CPUs with taskset; keeps its last output. */
/**
 * @param {string} name
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string, cpus?: string | number, cmd?: string, ipc?: boolean }} [opts]
 */
export function launch(name, args, { env = {}, cwd, cpus, cmd = process.execPath, ipc = false } = {}) {
  const [file, argv] = cpus != null && hasTaskset ? ['taskset', ['-c', String(cpus), cmd, ...args]] : [cmd, args];
  const child = spawn(file, argv, {
    cwd,
    env: { ...process.env, ...env },
    stdio: /** @type {import('node:child_process').StdioOptions} */ (['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])]),
  });
  const output = [];
  const keep = (d) => {
    output.push(d.toString());
    if (output.length > 100) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const p = { name, child, output, pid: child.pid, startedAt: Date.now() };
  started.push(p);
  return p;
}

export async function waitReady(p, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null) throw new Error(`${p.name} exited (${p.child.exitCode}) while starting:\n${p.output.join('').slice(-3000)}`);
    try {
      if ((await fetch(url)).ok) return Date.now() - p.startedAt;
    } catch {
      /* not up yet */
    }
    await sleep(50);
  }
  throw new Error(`${p.name} not ready at ${url} within ${timeoutMs} ms:\n${p.output.join('').slice(-3000)}`);
}

export function stop(p, signal = 'SIGTERM') {
  return new Promise((resolve) => {
    if (!p || p.child.exitCode !== null || p.child.signalCode) return resolve();
    const t = setTimeout(() => p.child.kill('SIGKILL'), 5000);
    p.child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    p.child.kill(signal);
  });
}

export const stopAll = () => Promise.all(started.map((p) => stop(p)));

function children(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
function statusKb(pid, key) {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
/** Memory of a process and its descendants (MiB): current RSS and peak RSS (VmHWM). */
export function memoryOf(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  const sum = (k) => all.reduce((s, x) => s + statusKb(x, k), 0) / 1024;
  return { rssMiB: sum('VmRSS'), peakMiB: sum('VmHWM') };
}

/** Every PostgreSQL process on the machine: its pid and whether it is a server's main process. */
function postgresProcesses() {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const comm = readFileSync(`/proc/${d}/comm`, 'utf8').trim();
      if (comm === 'postgres' || comm === 'postmaster')
        out.push({ pid: Number(d), main: comm === 'postmaster' || readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('-D') });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** RSS of every PostgreSQL process (MiB). */
export function postgresMemory() {
  return postgresProcesses().reduce((sum, p) => sum + statusKb(p.pid, 'VmRSS'), 0) / 1024;
}
export { existsSync };

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
/** CPU time (user + system, ms) a process has used so far; with `withChildren`, also its waited-for children. */
function cpuMsOf(pid, withChildren = false) {
  try {
    // the fields after the command name (which may contain spaces) start at field 3
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
    const ticks = Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
/** CPU time used so far by each named process, and by PostgreSQL (every backend, plus those that ended). */
export function cpuSnapshot(named) {
  const out = {};
  for (const [name, pid] of Object.entries(named)) out[name] = cpuMsOf(pid);
  // a main process also counts the backends that already ended (its waited-for children)
  out.postgres = postgresProcesses().reduce((sum, p) => sum + cpuMsOf(p.pid, p.main), 0);
  return out;
}
