#!/usr/bin/env node
// CPU per citizen dashboard (scenario 2's operation) of every process: our gateway, each subgraph and
// PostgreSQL, at a low concurrency so no process waits for a core: on a shared 2-core machine this figure
// (CPU time from /proc divided by requests) holds still where throughput does not.
// Usage: DATABASE_URL=postgres://... node bench/probe-dashboard.mjs [requests=1500] [concurrency=4] [--citizens=60] [--prof=laika,jari,...] [--floor]
//   (--floor: afterwards, the same number of `{ __typename }` straight to each subgraph the dashboard asks, at the same
//   concurrency: the CPU a subgraph spends on any request at all, HTTP and Apollo Server, before a resolver runs)
//   (a database of its own, `bench_probe_dashboard`, created and seeded on first use; --prof writes a
//   .cpuprofile of the named processes (`gateway` or a subgraph) into bench/results/raw/prof)
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cpuSnapshot, launch, setPostgresRoot, stop, waitReady } from './lib/procs.mjs';
import { freePort, probeDatabase, root } from './lib/util.mjs';
import { dashboardQuery } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const kit = require(path.join(root, 'subgraphs/kit/dist'));
const [n = '1500', conc = '4'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const profiled = (process.argv.find((a) => a.startsWith('--prof=')) ?? '--prof=').slice(7).split(',').filter(Boolean);
const FLOOR = process.argv.includes('--floor');
const CITIZENS = Number((process.argv.find((a) => a.startsWith('--citizens=')) ?? '--citizens=60').slice(11));
const admin = process.env.DATABASE_URL;
if (!admin) throw new Error('DATABASE_URL is required');
const probe = await probeDatabase(admin, 'bench_probe_dashboard');
const DATABASE_URL = probe.url;
// only this server's processes are counted as PostgreSQL
setPostgresRoot(probe.serverPid);
const AUTH_SECRET = `probe-secret-${randomBytes(16).toString('hex')}`;
const profArgs = (name) => (profiled.includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench/results/raw/prof')}`] : []);
const common = { DATABASE_URL, AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'production' };

const manifest = JSON.parse(readFileSync(path.join(root, 'subgraphs/manifest.json'), 'utf8')).subgraphs;
const procs = {};
const gatewayEnv = {};
for (const s of manifest) {
  const port = await freePort();
  gatewayEnv[s.urlVariable] = `http://127.0.0.1:${port}/graphql`;
  const dir = path.join(root, 'subgraphs', s.name);
  procs[s.name] = { p: launch(s.name, [...profArgs(s.name), path.join(dir, 'dist/index.js')], { env: { ...common, PORT: String(port) }, cwd: dir }), port };
}
const stopAll = () => Promise.all(Object.values(procs).map(({ p }) => stop(p, 'SIGINT')));
try {
  await Promise.all(Object.values(procs).map(({ p, port }) => waitReady(p, `http://127.0.0.1:${port}/ready`, 240_000)));
  const gwPort = await freePort();
  procs.gateway = {
    p: launch('gateway', [...profArgs('gateway'), path.join(root, 'gateway/dist/index.js')], {
      env: {
        ...common,
        ...gatewayEnv,
        PORT: String(gwPort),
        RESPONSE_CACHE_TTL: '0',
        ANONYMOUS_QUOTA_PER_MINUTE: '1000000',
        ANONYMOUS_QUOTA_PER_DAY: '100000000',
      },
      cwd: root,
    }),
    port: gwPort,
  };
  await waitReady(procs.gateway.p, `http://127.0.0.1:${gwPort}/ready`, 120_000);
  const url = `http://127.0.0.1:${gwPort}/graphql`;
  const post = async (query, variables, token) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  // many residents, each request another one's: no two requests in flight are identical, so the gateway's
  // in-flight sharing of identical subgraph requests (which flatters a one-token probe) plays no part
  const tokens = [];
  for (const citizen of kit.demoCitizens(CITIZENS)) {
    const login = await post(`mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`, {
      i: { identifier: citizen.nik, password: kit.DEMO_PASSWORD },
    });
    tokens.push(login.login.session.accessToken);
  }
  const { query, lists } = dashboardQuery({ has: () => true });
  const items = Object.fromEntries(lists.map((l) => [l, 0]));
  for (const token of tokens) {
    const d = await post(query, { first: 10 }, token);
    for (const l of lists) items[l] += d.me[l].nodes.length;
  }
  let next = 0;
  const run = async (count) => {
    let left = count;
    await Promise.all(
      Array.from({ length: Number(conc) }, async () => {
        while (left-- > 0) await post(query, { first: 10 }, tokens[next++ % tokens.length]);
      }),
    );
  };
  await run(300); // warm-up (JIT, pools, what core keeps in memory)
  const pids = Object.fromEntries(Object.entries(procs).map(([k, v]) => [k, v.p.pid]));
  // user and system time apart: on this VM a write to a loopback socket (a statement to PostgreSQL, a request to
  // a subgraph) is charged to the writer as system time, waking the reader included
  const systemMs = () =>
    Object.fromEntries(
      Object.entries(pids).map(([k, pid]) => [k, (Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ')[12]) * 1000) / 100]),
    );
  const sysBefore = systemMs();
  const before = cpuSnapshot(pids);
  const t0 = performance.now();
  await run(Number(n));
  const ms = performance.now() - t0;
  const after = cpuSnapshot(pids);
  const sysAfter = systemMs();
  const perRequest = Object.fromEntries(Object.keys(after).map((k) => [k, Number(((after[k] - before[k]) / Number(n)).toFixed(2))]));
  const total = Object.values(perRequest).reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      requests: Number(n),
      concurrency: Number(conc),
      citizens: tokens.length,
      itemsOverAllCitizens: items,
      perSecond: Math.round(Number(n) / (ms / 1000)),
      cpuMsPerRequest: perRequest,
      totalCpuMs: Number(total.toFixed(2)),
      systemShare: Object.fromEntries(Object.keys(pids).map((k) => [k, Number(((sysAfter[k] - sysBefore[k]) / Math.max(1, after[k] - before[k])).toFixed(2))])),
    }),
  );
  if (FLOOR) {
    const floor = {};
    for (const name of ['core', 'laika', 'firebutton', 'jari']) {
      const pid = { [name]: procs[name].p.pid };
      const sub = `http://127.0.0.1:${procs[name].port}/graphql`;
      const one = () =>
        fetch(sub, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.text());
      for (let i = 0; i < 300; i++) await one();
      const b = cpuSnapshot(pid);
      let left = Number(n);
      await Promise.all(
        Array.from({ length: Number(conc) }, async () => {
          while (left-- > 0) await one();
        }),
      );
      floor[name] = Number(((cpuSnapshot(pid)[name] - b[name]) / Number(n)).toFixed(2));
    }
    console.log(JSON.stringify({ floorCpuMsPerRequest: floor }));
  }
} finally {
  await stopAll();
}
