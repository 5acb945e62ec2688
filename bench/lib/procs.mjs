import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as processes from '../../scripts/lib/processes.mjs';

// the one launcher of the repository (npm start and the tests use it too); the bench adds its list of started processes

export const started = [];

/**
 * Starts a process (node by default), optionally pinned to CPUs with taskset; keeps its last output.
 *
 * @param {string} name
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string, cpus?: string | number, cmd?: string, ipc?: boolean }} [opts]
 */
export function launch(name, args, opts = {}) {
  const p = processes.launch(name, args, opts);
  started.push(p);
  return p;
}

/** Resolves with the milliseconds from start to ready. */
export const waitReady = (p, url, timeoutMs = 120_000) => processes.waitReady(p, url, { timeoutMs, intervalMs: 50 });

/**
 * `signal`, then SIGKILL after 5 s.
 * @param {import('../../scripts/lib/processes.mjs').Proc} p
 * @param {NodeJS.Signals} [signal]
 */
// a process run with --cpu-prof writes its profile as it exits: give it time before SIGKILL
export const stop = (p, signal = 'SIGTERM') => processes.terminate(p, { signal, killAfterMs: process.env.BENCH_PROFILE ? 60_000 : 5000 }).then(() => undefined);

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

// The PostgreSQL server the bench uses (its main process): only its processes are counted. Without
// it every PostgreSQL process on the machine is, another server's work included.
let postgresRoot = null;
export const setPostgresRoot = (pid) => (postgresRoot = pid);
/** The parent process id of a process (field 4 of /proc/<pid>/stat). */
export function parentOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ')[1]);
  } catch {
    return null;
  }
}

/** Every PostgreSQL process of the bench's server (or on the machine): its pid and whether it is a server's main process. */
function postgresProcesses() {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const comm = readFileSync(`/proc/${d}/comm`, 'utf8').trim();
      if (postgresRoot !== null && Number(d) !== postgresRoot && parentOf(Number(d)) !== postgresRoot) continue;
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
/** CPU time used so far by a process and every live process under it (Hive's `--fork` worker). */
export function treeCpuMs(pid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const ppid = parentOf(Number(d)); // null: the process ended meanwhile
    if (ppid === null) continue;
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(d));
  }
  let total = 0;
  for (const todo = [pid]; todo.length;) {
    const p = todo.pop();
    total += cpuMsOf(p);
    todo.push(...(children.get(p) ?? []));
  }
  return total;
}
/** CPU time used so far by each named process, and by PostgreSQL (every backend, plus those that ended). */
export function cpuSnapshot(named) {
  const out = {};
  for (const [name, pid] of Object.entries(named)) out[name] = cpuMsOf(pid);
  // a main process also counts the backends that already ended (its waited-for children)
  out.postgres = postgresProcesses().reduce((sum, p) => sum + cpuMsOf(p.pid, p.main), 0);
  return out;
}
