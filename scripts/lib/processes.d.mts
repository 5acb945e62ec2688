// Types of scripts/lib/processes.mjs (the one process launcher), for the TypeScript test harness.
import type { ChildProcess } from 'node:child_process';

export interface LaunchOptions {
  /** On top of this process's environment. */
  env?: Record<string, string>;
  cwd?: string;
  /** The program (default: this Node). */
  cmd?: string;
  /** Pin to these CPUs with taskset (where it exists), e.g. `1` or `0-1`. */
  cpus?: string | number;
  /** An IPC channel (child.send / process.on('message')). */
  ipc?: boolean;
  /** Append stdout and stderr to this file. */
  logFile?: string;
  /** Echo each line to this process's stdout as `<name> | <line>`. */
  echo?: boolean;
}

export interface Proc {
  name: string;
  child: ChildProcess;
  /** The last output chunks (stdout and stderr). */
  output: string[];
  pid: number | undefined;
  startedAt: number;
  logFile: string | null;
}

export function shownPath(p: string): string;
export function launch(name: string, args: string[], opts?: LaunchOptions): Proc;
export function exited(p: Proc): boolean;
export function tail(p: Proc, n?: number): string;
export function waitReady(p: Proc, url: string, opts?: { timeoutMs?: number; intervalMs?: number }): Promise<number>;
export function terminate(
  p: Proc,
  opts?: { killAfterMs?: number; signal?: NodeJS.Signals },
): Promise<{ code: number | null; signal: string | null; ms: number }>;
export function freePort(host?: string): Promise<number>;
export function portFree(port: number, host?: string): Promise<boolean>;
