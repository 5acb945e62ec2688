#!/usr/bin/env node
// `npm run cluster`: the scale-out topology on this machine (see topology.mjs and deploy/README.md).
// Builds first (turbo's cache makes a second run quick; --no-build skips it). Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root, startCluster, stopActive } from './topology.mjs';

const require = createRequire(import.meta.url);
const say = (m) => console.log(`[cluster] ${m}`);

function build() {
  if (process.argv.includes('--no-build')) return;
  const t0 = Date.now();
  const turbo = require.resolve('turbo/bin/turbo', { paths: [root] });
  const r = spawnSync(process.execPath, [turbo, 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) {
    console.error(`${r.stdout ?? ''}${r.stderr ?? ''}`.trim());
    throw new Error('the build failed (output above)');
  }
  say(`build up to date (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

let cluster = null;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await (cluster?.stop() ?? stopActive());
  say('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  build();
  cluster = await startCluster({ log: say });
  const c = cluster;
  const rel = (p) => path.relative(root, p);
  const perTier = c.tiers.map((t) => `${t.name} ${t.replicas.map((r) => `:${r.port}`).join(' ')} -> :${t.lbPort}`);
  console.log(`
  Satu Kendari cluster is running (ready in ${c.readyInSeconds.toFixed(1)} s)
    Gateway (HAProxy)  ${c.gatewayUrl}
    Portal (HAProxy)   ${c.portalUrl ?? '(portal not built: npm run build, or PORTAL_DIST_DIR)'}
    HAProxy stats      ${c.statsUrl}
    PostgreSQL         primary ${c.primaryUrl}
                       streaming replica ${c.replicaUrl}
    Redis              ${c.redisUrl}
    Replicas           ${perTier.join('\n                       ')}
    Data and logs      ${rel(c.dir)}/   Stop: Ctrl-C
`);
  // a replica that crashes is restarted (like a pod); say so, so an operator sees it
  const seen = new Map();
  setInterval(() => {
    for (const i of c.instances) {
      if ((seen.get(i.name) ?? 0) < i.restarts) {
        seen.set(i.name, i.restarts);
        say(`${i.name} stopped and was restarted (${i.restarts}x); log: ${rel(i.child.logFile)}`);
      }
    }
  }, 2000).unref();
} catch (err) {
  console.error(`[cluster] ${err?.message ?? err}`);
  await shutdown(1);
}
