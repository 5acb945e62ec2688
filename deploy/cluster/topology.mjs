// The local cluster topology: what Kubernetes would run, as processes on this machine.
// PostgreSQL primary + one streaming replica (Debian's PostgreSQL 15), Redis, 2 replicas of every
// subgraph, 2 gateways, 2 portals, and HAProxy balancing each tier with health checks.
// Used by run.mjs (`npm run cluster`) and by the failover test (test.mjs, `npm run cluster:test`).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** What each process kind runs; the Dockerfiles in deploy/docker run the same (deploy/test checks it). */
export const ENTRY = {
  /** relative to subgraphs/<name>, which is also the working directory */
  subgraph: 'dist/index.js',
  gateway: 'gateway/dist/index.js',
  /** in portal/ */
  portal: ['next', 'start'],
};

/**
 * Port plan, below Linux's ephemeral range (32768+: an outgoing connection may hold a port there).
 * One base (CLUSTER_PORT_BASE, default 25000) so two copies never collide:
 *   base+0            HAProxy: gateway tier (the public endpoint)      base+1..9  HAProxy: subgraph tiers (defaultPort - 4000)
 *   base+80           HAProxy: portal tier                            base+99    HAProxy stats page
 *   base+100+10*k+i   subgraph k (defaultPort - 4000), replica i      base+100+i gateway replica i
 *   base+180+i        portal replica i
 *   PostgreSQL primary/replica: CLUSTER_PG_PORT (25432) and +1; Redis: CLUSTER_REDIS_PORT (25379)
 */
export function portPlan(base = Number(process.env.CLUSTER_PORT_BASE ?? 25000)) {
  const pg = Number(process.env.CLUSTER_PG_PORT ?? 25432);
  return {
    gatewayLb: base,
    portalLb: base + 80,
    stats: base + 99,
    subgraphLb: (defaultPort) => base + (defaultPort - 4000),
    subgraph: (defaultPort, i) => base + 100 + 10 * (defaultPort - 4000) + i,
    gateway: (i) => base + 100 + i,
    portal: (i) => base + 180 + i,
    pgPrimary: pg,
    pgReplica: pg + 1,
    redis: Number(process.env.CLUSTER_REDIS_PORT ?? 25379),
  };
}

export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitHttp(url, { timeoutMs = 120_000, child, name } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} while starting; see ${path.relative(root, child.logFile)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(150);
  }
  throw new Error(`${name ?? url} was not ready within ${timeoutMs / 1000} s (${url})`);
}

/** The subgraphs the topology runs: discovered by the kit, built, and part of the composed supergraph. */
export function clusterSubgraphs() {
  const kit = require(path.join(root, 'subgraphs/kit/dist'));
  const supergraph = readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8');
  const composed = new Set([...supergraph.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]));
  const only = process.env.CLUSTER_SUBGRAPHS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const all = kit.discoverSubgraphs(root);
  const skipped = [];
  const chosen = all.filter((s) => {
    const why = !existsSync(path.join(s.dir, ENTRY.subgraph))
      ? 'not built'
      : !composed.has(s.name)
        ? 'not in schema/supergraph.graphql (npm run compose)'
        : only && !only.includes(s.name)
          ? 'not in CLUSTER_SUBGRAPHS'
          : null;
    if (why) skipped.push(`${s.name} (${why})`);
    return !why;
  });
  return { subgraphs: chosen, skipped };
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function pgCmd(bin, args) {
  const full = path.join(PG_BIN, bin);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
}

function pgRun(bin, args, opts = {}) {
  const [cmd, argv] = pgCmd(bin, args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8', ...opts });
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${bin} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout || '').trim().slice(-800)}`);
  return r;
}

function pgRunning(dataDir) {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) return false;
  return pgRun('pg_ctl', ['status', '-D', dataDir], { allowFail: true }).status === 0;
}

/** Folder the `postgres` user can own; every parent must be traversable by it. */
function pgDir(dir) {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gw = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (pw.status !== 0) throw new Error("the `postgres` user does not exist: install Debian's postgresql-15 (apt-get install -y postgresql-15)");
    chownSync(dir, Number(pw.stdout.trim()), Number(gw.stdout.trim()));
    chmodSync(dir, 0o700);
  }
}

function pgStart(dataDir, port, sockDir, logFile, extra = '') {
  pgRun('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${sockDir} ${extra}`]);
}

export function pgStop(dataDir) {
  if (pgRunning(dataDir)) pgRun('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], { allowFail: true });
}

/**
 * Primary and one streaming replica. The primary is made once (initdb) and kept across runs; the
 * replica is cloned from it with `pg_basebackup -R` (standby.signal + primary_conninfo) when missing.
 */
export async function startPostgres({ dir: dataDir, ports, log }) {
  mkdirSync(dataDir, { recursive: true });
  // the `postgres` user must be able to enter every folder above its data; a project in a folder it
  // cannot enter (e.g. under /root) keeps the cluster's PostgreSQL data in /var/tmp instead
  const reachable = process.getuid?.() !== 0 || spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dataDir]).status === 0;
  const dir = reachable ? dataDir : path.join('/var/tmp', `satu-kendari-cluster-${createHash('sha256').update(dataDir).digest('hex').slice(0, 8)}`);
  if (!reachable) log(`the postgres user cannot enter ${dataDir}: PostgreSQL data in ${dir}`);
  const primary = path.join(dir, 'pg-primary');
  const replica = path.join(dir, 'pg-replica');
  const sock = path.join(dir, 'pg-sockets');
  const logs = path.join(dir, 'pg-logs');
  mkdirSync(dir, { recursive: true });
  pgDir(sock);
  pgDir(logs);
  if (!existsSync(path.join(PG_BIN, 'initdb')))
    throw new Error(`PostgreSQL 15 binaries not found in ${PG_BIN}: apt-get install -y postgresql-15 (or set PG_BIN)`);
  // a run killed with SIGKILL leaves the servers running: stop them before starting again
  pgStop(replica);
  pgStop(primary);
  for (const port of [ports.pgPrimary, ports.pgReplica])
    if (!(await portFree(port))) throw new Error(`port ${port} (cluster PostgreSQL) is in use: stop what runs there or set CLUSTER_PG_PORT`);

  if (!existsSync(path.join(primary, 'PG_VERSION'))) {
    log(`initdb: PostgreSQL primary in ${path.relative(root, primary)}`);
    pgDir(primary);
    pgRun('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    // 2 replicas x every subgraph x a pool of 10, plus the replica's own connections
    writeFileSync(
      path.join(primary, 'postgresql.auto.conf'),
      [
        'max_connections = 300',
        'wal_level = replica',
        'max_wal_senders = 5',
        'wal_keep_size = 256MB',
        'hot_standby = on',
        'shared_buffers = 128MB',
        'fsync = on',
        '',
      ].join('\n'),
    );
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', path.join(primary, 'postgresql.auto.conf')]);
  }
  pgStart(primary, ports.pgPrimary, sock, path.join(logs, 'primary.log'));
  const created = pgRun('psql', [
    '-h',
    sock,
    '-p',
    String(ports.pgPrimary),
    '-U',
    'postgres',
    '-tAc',
    "select 1 from pg_database where datname = 'kendari'",
  ]).stdout.trim();
  if (created !== '1') pgRun('psql', ['-h', sock, '-p', String(ports.pgPrimary), '-U', 'postgres', '-c', 'create database kendari']);

  if (!existsSync(path.join(replica, 'standby.signal'))) {
    rmSync(replica, { recursive: true, force: true });
    log('pg_basebackup -R: cloning the streaming replica');
    pgDir(replica);
    pgRun('pg_basebackup', ['-h', '127.0.0.1', '-p', String(ports.pgPrimary), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '-c', 'fast']);
  }
  // the primary's port may differ from the one the replica was cloned with (CLUSTER_PG_PORT)
  pgStart(
    replica,
    ports.pgReplica,
    sock,
    path.join(logs, 'replica.log'),
    `-c primary_conninfo='host=127.0.0.1 port=${ports.pgPrimary} user=postgres application_name=replica1'`,
  );
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${ports.pgPrimary}/kendari`,
    replicaUrl: `postgres://postgres@127.0.0.1:${ports.pgReplica}/kendari`,
    stop() {
      pgStop(replica);
      pgStop(primary);
    },
  };
}

/** HAProxy from Debian's package; installed on first use. */
export function ensureHaproxy(log) {
  const found = spawnSync('haproxy', ['-v'], { encoding: 'utf8' });
  if (found.status === 0) return 'haproxy';
  log('haproxy is missing: apt-get install -y haproxy');
  let r = spawnSync('apt-get', ['install', '-y', '-q', 'haproxy'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { encoding: 'utf8' });
    r = spawnSync('apt-get', ['install', '-y', '-q', 'haproxy'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (r.status !== 0) throw new Error(`could not install haproxy: ${(r.stderr || r.stdout).trim().slice(-500)}`);
  // Debian's package starts a system HAProxy on port 80 we do not need
  spawnSync('sh', ['-c', 'command -v systemctl >/dev/null && systemctl disable --now haproxy || service haproxy stop'], { encoding: 'utf8' });
  return 'haproxy';
}

/**
 * One backend per tier: health check on /ready (portal: /), a server marked down after 3 failed
 * checks 1 s apart and back after 2 good ones. A request whose connection to a replica fails or comes
 * back empty is retried on the other replica, except a GraphQL mutation (its body says `mutation`):
 * a mutation may have been applied before the replica died, so the client decides (idempotency keys).
 */
export function haproxyConfig({ ports, tiers, sock }) {
  const lines = [
    'global',
    `  stats socket ${sock} mode 600 level admin`,
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-keep-alive 60s',
    // a replica busy under load answers its check late: not a reason to take it out
    '  timeout check 5s',
    '  option http-keep-alive',
    '  option redispatch 1',
    '  retries 2',
    '  retry-on conn-failure empty-response response-timeout',
    '  balance leastconn',
    '  default-server inter 1s fall 3 rise 2',
    '',
    'frontend stats',
    `  bind 127.0.0.1:${ports.stats}`,
    '  stats enable',
    '  stats uri /',
    '  stats refresh 2s',
    '',
  ];
  for (const t of tiers) {
    lines.push(
      `frontend fe_${t.name}`,
      `  bind 127.0.0.1:${t.lbPort}`,
      '  option forwardfor',
      '  option http-buffer-request',
      '  acl graphql_mutation req.body -m sub mutation',
      '  http-request disable-l7-retry if graphql_mutation',
      `  default_backend be_${t.name}`,
      '',
      `backend be_${t.name}`,
      `  option httpchk GET ${t.check}`,
      '  http-check expect status 200',
      // fail open: when every check fails at once (all replicas saturated, not dead), the unchecked
      // backups still send traffic instead of answering 503 to everyone; a dead one refuses the
      // connection and the request is redispatched
      '  option allbackups',
      ...t.replicas.map((r) => `  server ${r.id} 127.0.0.1:${r.port} check`),
      ...t.replicas.map((r) => `  server ${r.id}-fallback 127.0.0.1:${r.port} backup`),
      '',
    );
  }
  return lines.join('\n');
}

/** Talks to HAProxy's runtime API (the stats socket). */
export function haproxyCommand(sock, command) {
  return new Promise((resolve, reject) => {
    const c = net.createConnection(sock);
    let out = '';
    c.on('data', (d) => (out += d));
    c.on('end', () => resolve(out));
    c.on('error', reject);
    c.end(`${command}\n`);
  });
}

/** { 'be_core/a': { status: 'UP', scur, stot }, ... } from `show stat`. */
export async function haproxyStatus(sock) {
  const csv = await haproxyCommand(sock, 'show stat');
  const [header, ...rows] = csv.trim().split('\n');
  const cols = header.replace(/^# /, '').split(',');
  const out = {};
  for (const row of rows) {
    const v = row.split(',');
    const rec = Object.fromEntries(cols.map((c, i) => [c, v[i]]));
    if (rec.svname === 'FRONTEND' || rec.svname === 'BACKEND') continue;
    out[`${rec.pxname}/${rec.svname}`] = {
      status: rec.status,
      scur: Number(rec.scur),
      stot: Number(rec.stot),
      retries: Number(rec.wretr),
      redispatches: Number(rec.wredis),
      errors: Number(rec.eresp) + Number(rec.econ),
    };
  }
  return out;
}

/** The cluster being started or running in this process, so Ctrl-C during start-up stops what did start. */
let active = null;
export const stopActive = () => active?.stop();

/**
 * Starts the whole topology. Returns handles the test uses: the instances (each can be killed and
 * comes back like a pod restarted by the kubelet), HAProxy's runtime socket, the database URLs, stop().
 */
export async function startCluster(opts = {}) {
  const log = opts.log ?? ((m) => console.log(`[cluster] ${m}`));
  const dir = path.resolve(root, process.env.CLUSTER_DATA_DIR ?? '.data/cluster');
  const logDir = path.join(dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const ports = portPlan();
  const replicasPerTier = opts.replicas ?? 2;
  const restartDelayMs = opts.restartDelayMs ?? 1000;
  const t0 = Date.now();

  const { subgraphs, skipped } = clusterSubgraphs();
  if (!subgraphs.length) throw new Error('no built subgraph: run `npm run build` first');
  if (skipped.length) log(`not started: ${skipped.join(', ')}`);
  const gatewayEntry = path.join(root, ENTRY.gateway);
  if (!existsSync(gatewayEntry)) throw new Error('the gateway is not built: run `npm run build` first');
  const portalDir = path.join(root, 'portal');
  const portalDist = process.env.PORTAL_DIST_DIR ?? '.next';
  const portalBuilt = existsSync(path.join(portalDir, portalDist, 'BUILD_ID'));
  if (!portalBuilt) log(`portal not built (${path.join('portal', portalDist)}/BUILD_ID missing): the portal tier is left out`);

  // every port before anything starts, so a clash is reported at once
  const wanted = [
    ports.gatewayLb,
    ports.stats,
    ports.redis,
    ...subgraphs.flatMap((s) => [ports.subgraphLb(s.defaultPort), ...Array.from({ length: replicasPerTier }, (_, i) => ports.subgraph(s.defaultPort, i))]),
    ...Array.from({ length: replicasPerTier }, (_, i) => ports.gateway(i)),
  ];
  if (portalBuilt) wanted.push(ports.portalLb, ...Array.from({ length: replicasPerTier }, (_, i) => ports.portal(i)));
  for (const p of wanted) if (!(await portFree(p))) throw new Error(`port ${p} is in use (a cluster still running? Ctrl-C it), or set CLUSTER_PORT_BASE`);

  const secretFile = path.join(dir, 'auth-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(48).toString('base64url'), { mode: 0o600 });
  const authSecret = readFileSync(secretFile, 'utf8').trim();

  const instances = [];
  let stopping = false;
  let pg = null;
  let redis = null;
  let haproxy = null;

  function spawnLogged(name, cmd, args, env, cwd) {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.logFile = path.join(logDir, `${name}.log`);
    const out = createWriteStream(child.logFile, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    return child;
  }

  /** A replica: restarted after `restartDelayMs` whenever it exits unexpectedly (as the kubelet does). */
  function instance({ tier, id, port, args, env, cwd, ready }) {
    const inst = { tier, id, name: `${tier}-${id}`, port, ready, child: null, restarts: 0, startedAt: 0 };
    inst.start = () => {
      inst.child = spawnLogged(inst.name, process.execPath, args, { ...env, PORT: String(port) }, cwd);
      inst.startedAt = Date.now();
      inst.child.on('exit', () => {
        if (stopping || inst.noRestart) return;
        inst.restarts++;
        setTimeout(() => !stopping && inst.start(), restartDelayMs);
      });
    };
    /** Kills the process (default SIGKILL: a crash); the supervisor brings it back. */
    inst.kill = (signal = 'SIGKILL') => inst.child?.kill(signal);
    inst.waitReady = (timeoutMs = 120_000) => waitHttp(`http://127.0.0.1:${port}${ready}`, { timeoutMs, child: inst.child, name: inst.name });
    instances.push(inst);
    return inst;
  }

  // one stop, however many callers (Ctrl-C during a failed start calls it twice)
  let stopped = null;
  const stop = () => (stopped ??= stopAll());
  active = { stop };
  async function stopAll() {
    stopping = true;
    const kids = [...instances.map((i) => i.child), haproxy, redis].filter(Boolean);
    await Promise.all(
      kids.map(
        (c) =>
          new Promise((resolve) => {
            if (c.exitCode !== null || c.signalCode) return resolve();
            const timer = setTimeout(() => c.kill('SIGKILL'), 8000);
            c.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            c.kill('SIGTERM');
          }),
      ),
    );
    pg?.stop();
  }

  try {
    pg = await startPostgres({ dir, ports, log });
    log(`PostgreSQL primary :${ports.pgPrimary}, streaming replica :${ports.pgReplica}`);

    redis = spawnLogged('redis', 'redis-server', ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, dir);
    const redisUrl = `redis://127.0.0.1:${ports.redis}`;

    const subgraphInstances = subgraphs.map((s) =>
      Array.from({ length: replicasPerTier }, (_, i) =>
        instance({
          tier: s.name,
          id: String.fromCharCode(97 + i),
          port: ports.subgraph(s.defaultPort, i),
          args: [path.join(s.dir, ENTRY.subgraph)],
          cwd: s.dir,
          ready: '/ready',
          env: {
            DATABASE_URL: pg.primaryUrl,
            DATABASE_REPLICA_URLS: pg.replicaUrl,
            REDIS_URL: redisUrl,
            AUTH_SECRET: authSecret,
            HOST: '127.0.0.1',
            NODE_ENV: 'production',
            DB_POOL_MAX: '10',
            TRUSTED_PROXIES: '127.0.0.1',
          },
        }),
      ),
    );
    log(`starting ${subgraphs.length} subgraphs x ${replicasPerTier}: ${subgraphs.map((s) => s.name).join(', ')}`);
    // the first replica of each migrates and seeds (in parallel: each subgraph has its own schema);
    // the others start after it, so two replicas never run the same migration at once
    await Promise.all(subgraphInstances.map(async ([first]) => (first.start(), first.waitReady())));
    await Promise.all(subgraphInstances.flatMap((rest) => rest.slice(1)).map(async (inst) => (inst.start(), inst.waitReady())));

    const gatewayEnv = {
      AUTH_SECRET: authSecret,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      REDIS_URL: redisUrl,
      CORS_ORIGINS: `http://127.0.0.1:${ports.portalLb},http://localhost:${ports.portalLb}`,
      TRUSTED_PROXIES: '127.0.0.1',
      // the test's load comes from one address: the anonymous quota would refuse it (quotas are
      // checked with an API key of their own in deploy/cluster/test.mjs)
      ANONYMOUS_QUOTA_PER_MINUTE: '1000000',
      ANONYMOUS_QUOTA_PER_DAY: '100000000',
    };
    for (const s of subgraphs) gatewayEnv[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports.subgraphLb(s.defaultPort)}/graphql`;
    const gateways = Array.from({ length: replicasPerTier }, (_, i) =>
      instance({ tier: 'gateway', id: String.fromCharCode(97 + i), port: ports.gateway(i), args: [gatewayEntry], cwd: root, ready: '/ready', env: gatewayEnv }),
    );

    let portals = [];
    if (portalBuilt) {
      const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
      portals = Array.from({ length: replicasPerTier }, (_, i) =>
        instance({
          tier: 'portal',
          id: String.fromCharCode(97 + i),
          port: ports.portal(i),
          args: [nextBin, ENTRY.portal[1], '-p', String(ports.portal(i)), '-H', '127.0.0.1'],
          cwd: portalDir,
          ready: '/',
          env: { GATEWAY_URL: `http://127.0.0.1:${ports.gatewayLb}/graphql`, NODE_ENV: 'production', NEXT_DIST_DIR: portalDist, NEXT_TELEMETRY_DISABLED: '1' },
        }),
      );
    }

    const tiers = [
      ...subgraphs.map((s, k) => ({ name: s.name, lbPort: ports.subgraphLb(s.defaultPort), check: '/ready', replicas: subgraphInstances[k] })),
      { name: 'gateway', lbPort: ports.gatewayLb, check: '/ready', replicas: gateways },
      ...(portals.length ? [{ name: 'portal', lbPort: ports.portalLb, check: '/', replicas: portals }] : []),
    ];
    const sock = path.join(dir, 'haproxy.sock');
    const cfgFile = path.join(dir, 'haproxy.cfg');
    rmSync(sock, { force: true });
    writeFileSync(cfgFile, haproxyConfig({ ports, tiers, sock }));
    const bin = ensureHaproxy(log);
    const check = spawnSync(bin, ['-c', '-q', '-f', cfgFile], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`haproxy refused ${cfgFile}: ${check.stderr || check.stdout}`);
    haproxy = spawnLogged('haproxy', bin, ['-f', cfgFile, '-db'], {}, dir);

    await Promise.all([...gateways, ...portals].map(async (inst) => (inst.start(), inst.waitReady(180_000))));
    await waitHttp(`http://127.0.0.1:${ports.gatewayLb}/ready`, { name: 'the gateway tier through HAProxy', child: haproxy });
    // every server seen UP by HAProxy's checks before we say ready
    const deadline = Date.now() + 30_000;
    for (;;) {
      const st = await haproxyStatus(sock);
      const down = Object.entries(st)
        .filter(([k, v]) => !k.endsWith('-fallback') && v.status !== 'UP')
        .map(([k]) => k);
      if (!down.length) break;
      if (Date.now() > deadline) throw new Error(`HAProxy still sees ${down.join(', ')} down`);
      await sleep(250);
    }

    return {
      dir,
      ports,
      tiers,
      instances,
      haproxySock: sock,
      haproxy,
      authSecret,
      subgraphs,
      skipped,
      primaryUrl: pg.primaryUrl,
      replicaUrl: pg.replicaUrl,
      redisUrl,
      gatewayUrl: `http://127.0.0.1:${ports.gatewayLb}/graphql`,
      portalUrl: portals.length ? `http://127.0.0.1:${ports.portalLb}/` : null,
      statsUrl: `http://127.0.0.1:${ports.stats}/`,
      readyInSeconds: (Date.now() - t0) / 1000,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Last lines of an instance's log (for error messages). */
export function logTail(file, n = 15) {
  if (!existsSync(file) || !statSync(file).isFile()) return '';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n');
}
