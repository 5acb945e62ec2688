import path from 'node:path';
import { repoRoot } from '@kendari/kit/platform';
import { freePort, launch, terminate, waitReady, TEST_AUTH_SECRET, type Proc, type Stack } from './harness';

const root = repoRoot(__dirname);

export interface GatewayProcess {
  url: string;
  proc: Proc;
  /** What the process has logged so far. */
  log(): string;
  stop(): Promise<void>;
}

/** One more gateway process on a stack's subgraphs, with its own environment (trusted documents, Redis, ...). */
export async function startGateway(stack: Stack, env: Record<string, string>, name = 'gateway'): Promise<GatewayProcess> {
  const port = await freePort();
  const subgraphs = Object.fromEntries(Object.entries(stack.subgraphUrls).map(([n, u]) => [`SUBGRAPH_${n.toUpperCase()}_URL`, u]));
  const proc = launch(
    name,
    [path.join(root, 'gateway/dist/index.js')],
    {
      AUTH_SECRET: TEST_AUTH_SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(port),
      TRUSTED_PROXIES: 'loopback',
      // every request comes from 127.0.0.1: quotas are tested in quotas.test.ts
      ANONYMOUS_QUOTA_PER_MINUTE: '1000000',
      ANONYMOUS_QUOTA_PER_DAY: '100000000',
      ...subgraphs,
      ...env,
    },
    root,
  );
  try {
    await waitReady(proc, `http://127.0.0.1:${port}/ready`);
  } catch (err) {
    await terminate(proc);
    throw err;
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    proc,
    log: () => proc.output.join(''),
    stop: async () => void (await terminate(proc)),
  };
}
