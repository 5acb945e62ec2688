/**
 * `npm start` itself (scripts/start.mjs), as a newcomer runs it, on a data folder of its own and free ports:
 * a generated secret (no public default), one instance per folder, a crash-looping subgraph retried while
 * the rest keeps serving, and Ctrl-C leaving no process behind.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverSubgraphs, repoRoot, signAccessToken } from '@kendari/kit';
import { createTestDatabase, type TestDatabase } from '@kendari/kit/testing';
import { freePort } from '../src/harness';

const root = repoRoot(__dirname);
const OLD_PUBLIC_SECRET = 'satu-kendari-dev-secret-do-not-use-in-production';

let db: TestDatabase;
let dataDir: string;
let env: Record<string, string>;
let gatewayPort: number;
let start: ChildProcess;
let output = '';

function startOnce(): ChildProcess {
  return spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), '--no-build', '--no-portal'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ok()) return;
    if (start.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; npm start said:\n${output.slice(-3000)}`);
}

const gql = (query: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

/** Child processes of the start process, by the subgraph folder in their command line. */
function childPid(name: string): number | null {
  const pids = execFileSync('pgrep', ['-P', String(start.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(Number);
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`subgraphs/${name}/dist`)) return pid;
    } catch {
      /* exited meanwhile */
    }
  }
  return null;
}

beforeAll(async () => {
  db = await createTestDatabase('start');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kendari-start-'));
  gatewayPort = await freePort();
  env = { DATA_DIR: dataDir, DATABASE_URL: db.url, GATEWAY_PORT: String(gatewayPort), LOG_LEVEL: 'warn' };
  delete process.env.AUTH_SECRET;
  for (const s of discoverSubgraphs(root)) env[`${s.name.toUpperCase()}_PORT`] = String(await freePort());
  start = startOnce();
  start.stdout!.on('data', (d) => (output += d));
  start.stderr!.on('data', (d) => (output += d));
  await until('the ready block', () => output.includes('Satu Kendari is running'), 120_000);
}, 150_000);

afterAll(async () => {
  if (start.exitCode === null) start.kill('SIGKILL');
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('generates its own token secret, readable by the owner only, and refuses tokens signed with the old public default', async () => {
    const file = path.join(dataDir, 'auth-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = readFileSync(file, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(48);
    const forged = signAccessToken(
      { kind: 'officer', id: '00000000-0000-4000-8000-000000000001', name: 'x', role: 'ADMIN' as never, kelurahanId: null, kecamatanId: null, agencyId: null },
      OLD_PUBLIC_SECRET,
    );
    const res = await gql('{ me { id } }', { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a second start in the same folder and leaves the first one serving', async () => {
    const second = startOnce();
    let said = '';
    second.stdout!.on('data', (d) => (said += d));
    second.stderr!.on('data', (d) => (said += d));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(1);
    expect(said).toMatch(/already running from this folder \(pid \d+\)/);
    const res = await gql('{ services(first: 1) { totalCount } }');
    expect(res.status).toBe(200);
  }, 60_000);

  it('retries a crash-looping subgraph with a growing delay while everything else keeps serving', async () => {
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      let pid: number | null = null;
      await until('jari running', () => (pid = childPid('jari')) !== null);
      process.kill(pid!, 'SIGKILL');
      await until(`restart notice ${i + 1}`, () => (output.match(/restarting jari in/g) ?? []).length > i);
      delays.push(Number([...output.matchAll(/restarting jari in ([\d.]+) s/g)][i][1]));
      // core, laika and firebutton answer through the gateway meanwhile
      const res = await gql('{ services(first: 1) { totalCount } kecamatans { id } }');
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: unknown }).data).toBeTruthy();
    }
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(delays[2]).toBeGreaterThan(delays[1]);
    // and it comes back
    await until(
      'jari answering again',
      async () => {
        const body = (await gql('{ serviceStatusBoard(first: 1) { totalCount } }').then((r) => r.json())) as { errors?: unknown };
        return !body.errors;
      },
      30_000,
    );
  }, 90_000);

  it('stops every process on Ctrl-C (SIGINT) and says so', async () => {
    const pids = execFileSync('pgrep', ['-P', String(start.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
    expect(pids.length).toBeGreaterThanOrEqual(5);
    start.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => start.on('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain('[start] stopped');
    for (const pid of pids) expect(() => process.kill(pid, 0), `process ${pid} is still running`).toThrow();
  }, 30_000);
});
