import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createTestDatabase, discoverSubgraphs, repoRoot, type TestDatabase } from '@kendari/kit';

export const TEST_AUTH_SECRET = 'cross-service-test-secret-0123456789abcdef';
const root = repoRoot(__dirname);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Proc {
  name: string;
  child: ChildProcess;
  output: string[];
}

export function launch(name: string, args: string[], env: Record<string, string>, cwd: string): Proc {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (d: Buffer) => {
    output.push(d.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { name, child, output };
}

export async function waitReady(p: Proc, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null) throw new Error(`${p.name} exited (${p.child.exitCode}) while starting:\n${p.output.join('').slice(-3000)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${p.name} not ready at ${url} within ${timeoutMs} ms:\n${p.output.join('').slice(-3000)}`);
}

/**
 * SIGTERM, then SIGKILL if the process has not exited after `killAfterMs`; resolves with how it ended
 * and how long that took (a process that already ended resolves at once).
 */
export function terminate(p: Proc, killAfterMs = 5000): Promise<{ code: number | null; signal: string | null; ms: number }> {
  return new Promise((resolve) => {
    if (p.child.exitCode !== null || p.child.signalCode) return resolve({ code: p.child.exitCode, signal: p.child.signalCode, ms: 0 });
    const started = Date.now();
    const killer = setTimeout(() => p.child.kill('SIGKILL'), killAfterMs);
    p.child.once('exit', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, ms: Date.now() - started });
    });
    p.child.kill('SIGTERM');
  });
}

export interface Stack {
  gatewayUrl: string;
  portalUrl: string | null;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  /** Stops one subgraph (to test how the rest copes when it is down). */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole system as separate processes on free ports, over real HTTP, on a fresh database:
 * every built subgraph, the gateway on the committed supergraph, and the portal when built.
 */
export async function startStack(opts: { portal?: boolean; label?: string } = {}): Promise<Stack> {
  const db: TestDatabase = await createTestDatabase(opts.label ?? 'stack');
  const procs: Proc[] = [];
  const stopProc = async (p: Proc) => void (await terminate(p));
  const stop = async () => {
    await Promise.all(procs.map(stopProc));
    await db.drop();
  };
  try {
    const common = { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    const subgraphs = discoverSubgraphs(root).filter((s) => existsSync(path.join(s.dir, 'dist/subgraph.js')));
    const subgraphUrls: Record<string, string> = {};
    const gatewayEnv: Record<string, string> = {};
    // subgraphs one after another: each migrates and seeds its own schema on first start
    for (const s of subgraphs) {
      const port = await freePort();
      const p = launch(s.name, [path.join(s.dir, 'dist/index.js')], { ...common, PORT: String(port) }, s.dir);
      procs.push(p);
      await waitReady(p, `http://127.0.0.1:${port}/ready`);
      subgraphUrls[s.name] = `http://127.0.0.1:${port}/graphql`;
      gatewayEnv[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = subgraphUrls[s.name];
    }
    const gwPort = await freePort();
    const gw = launch('gateway', [path.join(root, 'gateway/dist/index.js')], { ...common, ...gatewayEnv, PORT: String(gwPort), CORS_ORIGINS: 'http://portal.test' }, root);
    procs.push(gw);
    await waitReady(gw, `http://127.0.0.1:${gwPort}/ready`);
    const gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;

    let portalUrl: string | null = null;
    const portalDir = path.join(root, 'portal');
    if (opts.portal) {
      if (!existsSync(path.join(portalDir, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) throw new Error('the portal is not built: run `npm run build` first');
      const port = await freePort();
      const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
      const p = launch('portal', [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { GATEWAY_URL: gatewayUrl, NODE_ENV: 'production' }, portalDir);
      procs.push(p);
      await waitReady(p, `http://127.0.0.1:${port}/`);
      portalUrl = `http://127.0.0.1:${port}`;
    }
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
