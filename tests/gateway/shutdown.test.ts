import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '@kendari/kit';
import { createTestDatabase, type TestDatabase } from '@kendari/kit/testing';
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
    db = await createTestDatabase('shutdown');
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
  });
});
