import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { discoverSubgraphs, repoRoot } from '@kendari/kit/platform';
import { createTestDatabase, ensureTemplateDatabase, pollFor, type TestDatabase } from '@kendari/kit/testing';
import { writeManifest } from './trusted-documents';
import * as processes from '../../scripts/lib/processes.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Name of this run's migrated-and-seeded database (tests/src/global-setup.ts); '' when none. */
    stackTemplate: string;
    /** Where tests/src/global-setup.ts writes the shared stack's addresses once it is up (or why it is not). */
    sharedStackFile: string;
  }
}

export const TEST_AUTH_SECRET = 'cross-service-test-secret-0123456789abcdef';
const root = repoRoot(__dirname);

// the one launcher of the repository (npm start, these tests and the bench use it); these keep the suites' call shapes
export const freePort = (): Promise<number> => processes.freePort();

export type Proc = processes.Proc;

export const launch = (name: string, args: string[], env: Record<string, string>, cwd: string): Proc => processes.launch(name, args, { env, cwd });

// TEST_READY_TIMEOUT_MS: a longer wait on a machine loaded by other work (each start is measured elsewhere)
export const waitReady = async (p: Proc, url: string, timeoutMs = Number(process.env.TEST_READY_TIMEOUT_MS) || 90_000): Promise<void> =>
  void (await processes.waitReady(p, url, { timeoutMs }));

/**
 * SIGTERM, then SIGKILL if the process has not exited after `killAfterMs`; resolves with how it ended
 * and how long that took (a process that already ended resolves at once).
 */
export const terminate = (p: Proc, killAfterMs = 5000) => processes.terminate(p, { killAfterMs });

export interface Stack {
  gatewayUrl: string;
  portalUrl: string | null;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  /** Stops one subgraph (to test how the rest copes when it is down). */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

const builtSubgraphs = () => discoverSubgraphs(root).filter((s) => existsSync(path.join(s.dir, 'dist/subgraph.js')));
const portalDir = path.join(root, 'portal');
/** Whether `npm run build` has built the portal (`next start` needs it). */
const PORTAL_NOT_BUILT = 'the portal is not built: run `npm run build` first';
export const portalBuilt = () => existsSync(path.join(portalDir, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'));

/**
 * Builds (once per run, whoever asks first) the database `name` with every built subgraph migrated and
 * seeded: every subgraph started once on it, then stopped. Stacks copy it, so a subgraph then starts
 * without migrating and seeding (measured ~4x faster), and each stack still gets a fresh database.
 */
export async function buildSeededTemplate(name: string): Promise<string> {
  return ensureTemplateDatabase(name, async (url) => {
    const procs = await Promise.all(
      builtSubgraphs().map(async (s) => {
        const port = await freePort();
        const p = launch(
          s.name,
          [path.join(s.dir, 'dist/index.js')],
          { DATABASE_URL: url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test', PORT: String(port) },
          s.dir,
        );
        return { p, ready: waitReady(p, `http://127.0.0.1:${port}/ready`) };
      }),
    );
    const started = await Promise.allSettled(procs.map((x) => x.ready));
    await Promise.all(procs.map((x) => terminate(x.p)));
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  });
}

/** This run's seeded template (tests/src/global-setup.ts names it); null outside vitest. */
async function seededTemplate(): Promise<string | null> {
  let name = '';
  try {
    name = inject('stackTemplate');
  } catch {
    return null; // not inside vitest
  }
  return name ? buildSeededTemplate(name) : null;
}

/**
 * The whole system as separate processes on free ports, over real HTTP, on a fresh database:
 * every built subgraph, the gateway on the committed supergraph, and the portal when built.
 */
export async function startStack(
  opts: { portal?: boolean; label?: string; /** false: an empty database (subgraphs migrate and seed at start) */ seeded?: boolean } = {},
): Promise<Stack> {
  const template = opts.seeded === false ? null : await seededTemplate();
  const db: TestDatabase = await createTestDatabase(opts.label ?? 'stack', { template: template ?? undefined });
  return startStackOn(db, opts);
}

/** The whole system on `db` (dropped by the stack's stop()). */
export async function startStackOn(db: TestDatabase, opts: { portal?: boolean } = {}): Promise<Stack> {
  const procs: Proc[] = [];
  const stopProc = async (p: Proc) => void (await terminate(p));
  const stop = async () => {
    await Promise.all(procs.map(stopProc));
    await db.drop();
  };
  try {
    const common = { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    const subgraphs = builtSubgraphs();
    const subgraphUrls: Record<string, string> = {};
    const gatewayEnv: Record<string, string> = {};
    // every process at once: ports are picked first, each subgraph finds its schema migrated and
    // seeded (or does it itself without a template), and the gateway's /ready does not wait for them
    const ports = await Promise.all(subgraphs.map(() => freePort()));
    subgraphs.forEach((s, i) => {
      subgraphUrls[s.name] = `http://127.0.0.1:${ports[i]}/graphql`;
      gatewayEnv[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = subgraphUrls[s.name];
    });
    const starting = subgraphs.map((s, i) => {
      const p = launch(s.name, [path.join(s.dir, 'dist/index.js')], { ...common, PORT: String(ports[i]) }, s.dir);
      procs.push(p);
      return waitReady(p, `http://127.0.0.1:${ports[i]}/ready`);
    });
    const gwPort = await freePort();
    const gw = launch(
      'gateway',
      [path.join(root, 'gateway/dist/index.js')],
      {
        ...common,
        ...gatewayEnv,
        PORT: String(gwPort),
        CORS_ORIGINS: 'http://portal.test',
        TRUSTED_PROXIES: 'loopback',
        // every test talks from 127.0.0.1: the anonymous quota (120/min by default) is tested in tests/gateway/quotas.test.ts
        ANONYMOUS_QUOTA_PER_MINUTE: '1000000',
        ANONYMOUS_QUOTA_PER_DAY: '100000000',
        // anonymous callers see the public contract: the portal's operations and the suites' own logins are trusted documents
        TRUSTED_DOCUMENTS_PATH: [path.join(root, 'portal/graphql/generated/persisted-documents.json'), writeManifest()].join(','),
      },
      root,
    );
    procs.push(gw);
    starting.push(waitReady(gw, `http://127.0.0.1:${gwPort}/ready`));
    const gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;

    let portalUrl: string | null = null;
    if (opts.portal) {
      if (!portalBuilt()) throw new Error(PORTAL_NOT_BUILT);
      const port = await freePort();
      const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
      const p = launch('portal', [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { GATEWAY_URL: gatewayUrl, NODE_ENV: 'production' }, portalDir);
      procs.push(p);
      starting.push(waitReady(p, `http://127.0.0.1:${port}/`));
      portalUrl = `http://127.0.0.1:${port}`;
    }
    // allSettled first: a failed start must not leave the others' checks running while stop() kills them
    const started = await Promise.allSettled(starting);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return {
      gatewayUrl,
      portalUrl,
      subgraphUrls,
      databaseUrl: db.url,
      stop,
      async stopSubgraph(name: string) {
        const p = procs.find((x) => x.name === name);
        if (p) await stopProc(p);
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** What the shared stack's file holds: its addresses once every process is ready, or why it did not start. */
export type SharedStackStatus = Pick<Stack, 'gatewayUrl' | 'portalUrl' | 'subgraphUrls' | 'databaseUrl'> | { error: string };

/**
 * The run's one shared stack (subgraphs, gateway and portal on one seeded database), started by
 * tests/src/global-setup.ts while the first files run. For files that only read and write ordinary data
 * under names of their own (a random NIK, a fresh report): they skip the ~9 s of starting a stack.
 * A file that stops a subgraph, sets a process's environment, or needs an empty throttle or log uses
 * startStack. Its stop() leaves the processes running for the next file.
 */
export async function sharedStack(opts: { portal?: boolean } = {}): Promise<Stack> {
  const file = inject('sharedStackFile');
  const status = await pollFor(() => existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as SharedStackStatus), {
    timeout: 240_000,
    interval: 200,
    what: 'the shared stack (tests/src/global-setup.ts)',
  });
  if ('error' in status) throw new Error(`the shared stack did not start: ${status.error}`);
  if (opts.portal && !status.portalUrl) throw new Error(PORTAL_NOT_BUILT);
  return {
    ...status,
    stop: async () => undefined,
    stopSubgraph: async () => {
      throw new Error('a subgraph of the shared stack cannot be stopped: start a stack of your own (startStack)');
    },
  };
}
