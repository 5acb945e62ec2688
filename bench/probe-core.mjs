#!/usr/bin/env node
// CPU per request of core alone, for the two requests the gateway sends core per dashboard (`me`,
// then the merged entity hop: services, kelurahan, agencies), without a gateway or a load generator
// competing for the same cores: on a shared machine this figure (CPU time of core's process from
// /proc, divided by requests) holds still where throughput does not.
// Usage: DATABASE_URL=postgres://... node bench/probe-core.mjs [requests=2000] [concurrency=4] [--prof]
//   (a database of its own, `bench_probe_core`, created and seeded on first use; --prof writes a
//   .cpuprofile of core into bench/results/raw/prof)
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpuSnapshot, launch, stop, waitReady } from './lib/procs.mjs';
import { freePort, probeDatabase, root } from './lib/util.mjs';

const require = createRequire(import.meta.url);
const kit = require(path.join(root, 'subgraphs/kit/dist'));
const [n = '2000', conc = '4'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const prof = process.argv.includes('--prof');
const admin = process.env.DATABASE_URL;
if (!admin) throw new Error('DATABASE_URL is required');
const { url: databaseUrl } = await probeDatabase(admin, 'bench_probe_core');
const AUTH_SECRET = `probe-secret-${randomBytes(16).toString('hex')}`;
const port = await freePort();
const p = launch(
  'core',
  [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench/results/raw/prof')}`] : []), path.join(root, 'subgraphs/core/dist/index.js')],
  {
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    cwd: path.join(root, 'subgraphs/core'),
  },
);
const url = `http://127.0.0.1:${port}/graphql`;
try {
  await waitReady(p, `http://127.0.0.1:${port}/ready`, 240_000);
  const post = async (query, variables, token) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const citizen = kit.demoCitizens()[0];
  const login = await post(`mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`, {
    i: { identifier: citizen.nik, password: kit.DEMO_PASSWORD },
  });
  const token = login.login.session.accessToken;
  const services = (await post('{ services(first: 10) { nodes { id agency { id } } } }')).services.nodes;
  const ME = 'query Dashboard__core__0{me{__typename id name maskedName kelurahan{id name kecamatan{id name}}}}';
  const HOP =
    'query Dashboard__core__2($representations:[_Any!]!){_entities(representations:$representations){...on Service{name timeLimitText}...on Kelurahan{name}...on Agency{shortName}}}';
  const reps = [
    ...services.map((s) => ({ __typename: 'Service', id: s.id })),
    ...services.map((s) => ({ __typename: 'Agency', id: s.agency.id })),
    { __typename: 'Kelurahan', id: citizen.kelurahanId },
  ];
  const pair = async () => {
    await post(ME, {}, token);
    await post(HOP, { representations: reps }, token);
  };
  const run = async (count) => {
    let left = count;
    await Promise.all(
      Array.from({ length: Number(conc) }, async () => {
        while (left-- > 0) await pair();
      }),
    );
  };
  await run(300); // warm-up (JIT, pools, the regions held in memory)
  const before = cpuSnapshot({ core: p.pid });
  const t0 = performance.now();
  await run(Number(n));
  const ms = performance.now() - t0;
  const after = cpuSnapshot({ core: p.pid });
  const perPair = (after.core - before.core) / Number(n);
  console.log(
    JSON.stringify({
      pairs: Number(n),
      concurrency: Number(conc),
      coreCpuMsPerDashboard: Number(perPair.toFixed(3)),
      coreCpuMsPerRequest: Number((perPair / 2).toFixed(3)),
      pairsPerSecond: Math.round(Number(n) / (ms / 1000)),
    }),
  );
} finally {
  await stop(p, 'SIGINT');
}
