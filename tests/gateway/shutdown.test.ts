import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '@kendari/kit';
import { createTestDatabase, pollFor, type TestDatabase } from '@kendari/kit/testing';
import { freePort, launch, terminate, waitReady, TEST_AUTH_SECRET, type Proc } from '../src/harness';

const root = repoRoot(__dirname);
let db: TestDatabase | undefined;
const procs: Proc[] = [];
afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null && !p.child.signalCode) p.child.kill('SIGKILL');
  await db?.drop();
});

// NODE_ENV=production as `npm start` and a deployment run them: Apollo Server installs its own signal
// handlers only outside tests, and those made a subgraph hang on SIGTERM until it was killed.
describe('processes stop cleanly on SIGTERM (production mode)', () => {
  it('a subgraph and the gateway exit with code 0 within 3 s', async () => {
    db ??= await createTestDatabase('shutdown');
    const common = { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
    const corePort = await freePort();
    const core = launch('core', [path.join(root, 'subgraphs/core/dist/index.js')], { ...common, PORT: String(corePort) }, path.join(root, 'subgraphs/core'));
    procs.push(core);
    await waitReady(core, `http://127.0.0.1:${corePort}/ready`);
    const gwPort = await freePort();
    const gateway = launch(
      'gateway',
      [path.join(root, 'gateway/dist/index.js')],
      { ...common, PORT: String(gwPort), SUBGRAPH_CORE_URL: `http://127.0.0.1:${corePort}/graphql` },
      root,
    );
    procs.push(gateway);
    await waitReady(gateway, `http://127.0.0.1:${gwPort}/ready`);
    // one request through both, so there are pooled connections and a used ORM to close
    const r = await fetch(`http://127.0.0.1:${gwPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ kecamatans { id } }' }),
    });
    expect(((await r.json()) as any).data.kecamatans).toHaveLength(11);

    // SIGKILL only after 8 s, as `npm start` does
    const gw = await terminate(gateway, 8000);
    expect(gw).toMatchObject({ code: 0, signal: null });
    expect(gw.ms).toBeLessThan(3000);
    const sg = await terminate(core, 8000);
    expect(sg).toMatchObject({ code: 0, signal: null });
    expect(sg.ms).toBeLessThan(3000);
  }, 180_000); // a first start migrates and seeds core: minutes on a busy machine
});

// Issue 19: a load balancer must stop sending before a process closes, and what it already sent must finish.
describe('graceful drain on SIGTERM (DRAIN_SECONDS)', () => {
  it('answers /ready 503 during the drain, still serves new requests, and completes 20 slow in-flight requests each with 200', async () => {
    db ??= await createTestDatabase('shutdown');
    // long enough that the checks below, on a loaded machine, all fall inside it (asserted)
    const DRAIN_SECONDS = 3;
    const common = { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'production', DRAIN_SECONDS: String(DRAIN_SECONDS) };
    const corePort = await freePort();
    const core = launch('core', [path.join(root, 'subgraphs/core/dist/index.js')], { ...common, PORT: String(corePort) }, path.join(root, 'subgraphs/core'));
    procs.push(core);
    await waitReady(core, `http://127.0.0.1:${corePort}/ready`);
    const gwPort = await freePort();
    const gateway = launch(
      'gateway',
      [path.join(root, 'gateway/dist/index.js')],
      // no response cache and a long deadline: each request below really waits on core
      { ...common, PORT: String(gwPort), SUBGRAPH_CORE_URL: `http://127.0.0.1:${corePort}/graphql`, RESPONSE_CACHE_TTL: '0', SUBGRAPH_TIMEOUT_MS: '20000' },
      root,
    );
    procs.push(gateway);
    await waitReady(gateway, `http://127.0.0.1:${gwPort}/ready`);
    const post = (port: number, query: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { data?: Record<string, any>; errors?: unknown[] } }),
        (err: Error) => ({ status: 0, body: { errors: [err.message] } as { data?: Record<string, any>; errors?: unknown[] } }),
      );
    // (the regions are read once and then held in memory: asked below while the catalogue is locked)
    expect((await post(gwPort, '{ services(first: 1) { nodes { id } } kecamatans { id } }')).status).toBe(200);

    // slow requests: the catalogue is locked, so every read of it waits until the lock is released
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table core.service in access exclusive mode');
    const slow = [
      ...Array.from({ length: 20 }, (_, i) => post(gwPort, `{ s${i}: services(first: 2) { nodes { id name } } }`)),
      ...Array.from({ length: 20 }, (_, i) => post(corePort, `{ s${i}: services(first: 2) { nodes { id name } } }`)),
    ];
    const watcher = new pg.Client({ connectionString: db.url });
    await watcher.connect();
    try {
      // in flight: core's statements wait on the lock
      await pollFor(
        async () =>
          Number(
            (await watcher.query(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n,
          ) >= 5,
        { timeout: 20_000, what: 'requests waiting on the lock' },
      );
      const exits = [terminate(gateway, 20_000), terminate(core, 20_000)];
      const sigterm = Date.now();
      await new Promise((r) => setTimeout(r, 300));
      // draining: not ready (the balancer moves away), still alive, and new requests are still answered
      for (const port of [gwPort, corePort]) {
        const ready = await fetch(`http://127.0.0.1:${port}/ready`);
        expect(ready.status, `port ${port} /ready while draining`).toBe(503);
        expect(((await ready.json()) as { status: string }).status).toBe('draining');
        expect(ready.headers.get('connection')).toBe('close');
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      }
      const fresh = await post(gwPort, '{ kecamatans { id } }');
      expect(Date.now() - sigterm, 'the checks took longer than the drain').toBeLessThan(DRAIN_SECONDS * 1000);
      expect(fresh.status).toBe(200);
      expect(fresh.body.data?.kecamatans, JSON.stringify(fresh.body)).toHaveLength(11);
      // past the drain the listeners close; the requests already running still finish
      await new Promise((r) => setTimeout(r, DRAIN_SECONDS * 1000 + 700 - (Date.now() - sigterm)));
      await locker.query('commit');
      const answers = await Promise.all(slow);
      const failed = answers.filter((a) => a.status !== 200 || a.body.errors || !a.body.data);
      expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
      for (const a of answers) expect(Object.values(a.body.data!)[0].nodes).toHaveLength(2);
      const [gw, sg] = await Promise.all(exits);
      expect(gw).toMatchObject({ code: 0, signal: null });
      expect(sg).toMatchObject({ code: 0, signal: null });
      // the drain was held, and closing did not wait for the grace period
      expect(gw.ms).toBeGreaterThanOrEqual(DRAIN_SECONDS * 1000);
      expect(sg.ms).toBeLessThan(DRAIN_SECONDS * 1000 + 8000);
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await locker.end();
      await watcher.end();
    }
  }, 120_000);
});
