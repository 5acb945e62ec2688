/**
 * Issue 12: a subgraph that keeps crashing. Core and the gateway run as processes on a database of this
 * file's own; jari's address is served by a process that exits right after it starts, restarted again and
 * again with a growing delay (as scripts/start.mjs does; its own backoff is tested in
 * tests/start/start.test.ts). Two ways of crashing: at start-up (an unreachable database), and in the
 * middle of a request (it accepts the gateway's request and exits before answering). Meanwhile the gateway
 * answers every other field, with SERVICE_UNAVAILABLE at jari's paths and never INTERNAL_SERVER_ERROR;
 * once jari starts properly the same gateway serves it again.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverSubgraphs, KELURAHAN, repoRoot, signAccessToken } from '@kendari/kit';
import { createTestDatabase, gql, pollFor, type TestDatabase } from '@kendari/kit/testing';
import { freePort, launch, terminate, waitReady, TEST_AUTH_SECRET, type Proc } from '../src/harness';

const root = repoRoot(__dirname);
let db: TestDatabase;
let gatewayUrl: string;
let jariPort: number;
let token: string;
const running = new Set<Proc>();

beforeAll(async () => {
  // only core, the gateway and (later) jari run: a whole stack is more than this needs on a busy machine
  db = await createTestDatabase('crash-loop');
  const common = { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  const corePort = await freePort();
  jariPort = await freePort();
  const core = launch('core', [path.join(root, 'subgraphs/core/dist/index.js')], { ...common, PORT: String(corePort) }, path.join(root, 'subgraphs/core'));
  running.add(core);
  const urls: Record<string, string> = {};
  const dead = `http://127.0.0.1:${await freePort()}/graphql`;
  for (const s of discoverSubgraphs(root)) urls[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = dead;
  urls.SUBGRAPH_CORE_URL = `http://127.0.0.1:${corePort}/graphql`;
  urls.SUBGRAPH_JARI_URL = `http://127.0.0.1:${jariPort}/graphql`;
  const gwPort = await freePort();
  const gateway = launch(
    'gateway',
    [path.join(root, 'gateway/dist/index.js')],
    { ...common, ...urls, PORT: String(gwPort), RESPONSE_CACHE_TTL: '0', ANONYMOUS_QUOTA_PER_MINUTE: '1000000', ANONYMOUS_QUOTA_PER_DAY: '100000000' },
    root,
  );
  running.add(gateway);
  await Promise.all([waitReady(core, `http://127.0.0.1:${corePort}/ready`, 240_000), waitReady(gateway, `http://127.0.0.1:${gwPort}/ready`, 240_000)]);
  gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;
  // a resident: the whole graph, not the public contract
  token = signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Warga Uji', kelurahanId: KELURAHAN[0].id }, TEST_AUTH_SECRET);
}, 300_000);

afterAll(async () => {
  await Promise.all([...running].map((p) => terminate(p)));
  await db?.drop();
});

/**
 * Starts `start()` again each time it exits, after 100, 200, 400 ... ms (capped at 800: the launcher's
 * 1, 2, 4 ... s, shortened for a test). Returns how many times it exited, and a stop function.
 */
function crashLoop(start: () => Proc) {
  const state = { exits: 0, codes: new Set<number | string>(), stopped: false };
  let timer: NodeJS.Timeout | undefined;
  let current: Proc | null = null;
  const run = () => {
    const p = (current = start());
    running.add(p);
    p.child.once('exit', (code, signal) => {
      running.delete(p);
      if (state.stopped) return;
      state.exits++;
      state.codes.add(code ?? signal ?? '?');
      timer = setTimeout(run, Math.min(800, 100 * 2 ** (state.exits - 1)));
    });
  };
  run();
  return {
    state,
    async stop() {
      state.stopped = true;
      clearTimeout(timer);
      if (current) await terminate(current);
    },
  };
}

type Err = { message: string; path?: Array<string | number>; extensions?: Record<string, unknown> };

/** Asks the gateway, for `ms`, a mix of questions: jari's fields beside core's, jari's own root, core alone. */
async function askWhileCrashing(ms: number, crashes: () => number) {
  const seen = { answers: 0, jariErrors: 0, slowestMs: 0 };
  const deadline = Date.now() + ms;
  while (Date.now() < deadline || crashes() < 2) {
    if (Date.now() > deadline + 90_000) break; // the check below says how many crashes there were
    const started = Date.now();
    const [mixed, own, coreOnly] = await Promise.all([
      gql(gatewayUrl, '{ services(first: 3) { nodes { id name status { availability } } } }', {}, { token }),
      gql(gatewayUrl, '{ serviceStatusBoard(first: 2) { totalCount } }', {}, { token }),
      gql(gatewayUrl, '{ kecamatans { id name } }', {}, { token }),
    ]);
    seen.slowestMs = Math.max(seen.slowestMs, Date.now() - started);
    seen.answers += 3;
    for (const r of [mixed, own, coreOnly]) expect(r.status).toBe(200);
    // core's part stands whole; jari's field is null with SERVICE_UNAVAILABLE at its path
    expect(mixed.data.services.nodes).toHaveLength(3);
    for (const n of mixed.data.services.nodes) expect(n.name).toBeTruthy();
    for (const e of [...(mixed.errors ?? []), ...(own.errors ?? [])] as Err[]) {
      expect(e.extensions?.code, JSON.stringify(e)).toBe('SERVICE_UNAVAILABLE');
      expect(e.path?.length, JSON.stringify(e)).toBeGreaterThan(0);
      seen.jariErrors++;
    }
    expect(mixed.data.services.nodes.every((n: { status: unknown }) => n.status === null)).toBe(true);
    expect(own.data?.serviceStatusBoard ?? null).toBeNull();
    expect(own.errors?.[0]?.path).toEqual(['serviceStatusBoard']);
    expect(coreOnly.errors).toBeUndefined();
    expect(coreOnly.data.kecamatans).toHaveLength(11);
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}

describe('a crash-looping subgraph (issue 12)', () => {
  const jariDir = path.join(root, 'subgraphs/jari');
  const jariEnv = () => ({ AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'fatal', NODE_ENV: 'test', PORT: String(jariPort) });

  it('exiting at every start (database unreachable): the rest answers, jari is SERVICE_UNAVAILABLE at its paths', async () => {
    const nowhere = `postgres://postgres@127.0.0.1:${await freePort()}/kendari`;
    const loop = crashLoop(() => launch('jari', [path.join(jariDir, 'dist/index.js')], { ...jariEnv(), DATABASE_URL: nowhere }, jariDir));
    try {
      const seen = await askWhileCrashing(4000, () => loop.state.exits);
      console.log(`[faults] jari exiting at start: ${JSON.stringify({ ...seen, exits: loop.state.exits, codes: [...loop.state.codes] })}`);
      expect(loop.state.exits).toBeGreaterThanOrEqual(2);
      expect([...loop.state.codes]).toEqual([1]);
      expect(seen.jariErrors).toBeGreaterThan(0);
      expect(seen.slowestMs).toBeLessThan(6000); // within the subgraph deadline (5 s), never hanging
    } finally {
      await loop.stop();
    }
  }, 200_000);

  it('exiting in the middle of a request: the same, and the gateway serves jari again once it starts properly', async () => {
    // listens on jari's port and exits as soon as a request arrives, before answering it
    const script = `require('node:http').createServer(() => process.exit(3)).listen(${jariPort}, '127.0.0.1');`;
    const loop = crashLoop(() => launch('jari', ['-e', script], {}, root));
    try {
      const seen = await askWhileCrashing(4000, () => loop.state.exits);
      console.log(`[faults] jari exiting mid-request: ${JSON.stringify({ ...seen, exits: loop.state.exits, codes: [...loop.state.codes] })}`);
      expect(loop.state.exits).toBeGreaterThanOrEqual(2);
      expect([...loop.state.codes]).toEqual([3]);
      expect(seen.jariErrors).toBeGreaterThan(0);
    } finally {
      await loop.stop();
    }
    // jari starts properly: the same gateway answers its fields again, without a restart
    const jari = launch('jari', [path.join(jariDir, 'dist/index.js')], { ...jariEnv(), DATABASE_URL: db.url }, jariDir);
    running.add(jari);
    await waitReady(jari, `http://127.0.0.1:${jariPort}/ready`, 240_000); // migrates and seeds its schema first
    const back = await pollFor(
      async () => {
        const r = await gql(gatewayUrl, '{ services(first: 3) { nodes { id status { availability } } } }', {}, { token });
        return !r.errors && r.data.services.nodes.every((n: { status: unknown }) => n.status !== null) && r;
      },
      { timeout: 15_000, what: 'jari served again' },
    );
    expect(back.data.services.nodes).toHaveLength(3);
  }, 300_000);
});
