#!/usr/bin/env node
// `npm run bench`: the benchmark suite of issue 7. Starts what it measures (PostgreSQL, every
// built subgraph, each gateway in turn), warms up, runs each scenario with autocannon in a separate
// process, repeats, prints medians and ratios, writes bench/results/latest.md (+ raw JSON).
// Settings (env): BENCH_DURATION=10 BENCH_REPEATS=3 BENCH_WARMUP=3 BENCH_CONNECTIONS=32
//   BENCH_SUBGRAPH_WARMUP=10 (s, unmeasured, before the first contender of each end-to-end scenario) BENCH_QUICK=1 (≈2 min smoke: 2 s × 1), BENCH_TIERS=e2e,replay BENCH_SCENARIOS=1,2,3,4,5,6,7,8
//     (6 permit register, 7 JAKPA bill lookup, 8 health finder: issue 18)
//   BENCH_CONTENDERS=ours,stock,hive,hive-rust,direct (hive-rust: Hive Gateway with the Rust query planner) BENCH_SOAK=1 (only the 10-minute memory check; BENCH_SOAK_SECONDS)
//   DATABASE_URL (else the embedded PostgreSQL in .data/pg-bench); BENCH_OUT=bench/results/x.md writes there instead of latest.md
//   BENCH_EXTRAS=sizes,sql,growth,coldstart,booking (growth: SQL statements and p99 of the new lists at 10/100/1000 items; booking: health's queue race, 500 bookings for 100 places at 64
//     connections, once per gateway contender, when scenario 8 is selected); BENCH_PROFILE=ours,core,... (--cpu-prof of those processes, in bench/results/raw/prof)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { composable, fieldIndex, subgraphSdls } from './lib/compose.mjs';
import { cpuSnapshot, treeCpuMs, launch, memoryOf, parentOf, postgresMemory, setPostgresRoot, stop, stopAll, waitReady, started } from './lib/procs.mjs';
import { envInt, freePort, median, root, sleep } from './lib/util.mjs';
import * as S from './scenarios.mjs';
import { bookingRace } from './scenarios-health.mjs';
import { layananSaya } from './scenarios-layanan.mjs';
import { GROWTH, SIZES } from './growth.mjs';

const require = createRequire(import.meta.url);
const kit = require(path.join(root, 'subgraphs/kit/dist'));
const pg = require(require.resolve('pg', { paths: [path.join(root, 'subgraphs/kit')] }));

const QUICK = process.env.BENCH_QUICK === '1';
const SOAK = process.env.BENCH_SOAK === '1';
const DURATION = envInt('BENCH_DURATION', QUICK ? 2 : 10);
const REPEATS = envInt('BENCH_REPEATS', QUICK ? 1 : 3);
const WARMUP = envInt('BENCH_WARMUP', QUICK ? 1 : 3);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 32);
const TIERS = (process.env.BENCH_TIERS ?? 'e2e,replay').split(',');
const SCEN = (process.env.BENCH_SCENARIOS ?? '1,2,3,4,5,6,7,8,9').split(',').map(Number);
const EXTRAS = (process.env.BENCH_EXTRAS ?? 'sizes,sql,growth,coldstart,booking').split(',');
const SUBGRAPH_WARMUP = envInt('BENCH_SUBGRAPH_WARMUP', QUICK ? 1 : 10);
const CONTENDERS = (process.env.BENCH_CONTENDERS ?? 'ours,stock,hive,hive-rust,direct').split(',');
const AUTH_SECRET = `bench-secret-${randomBytes(16).toString('hex')}`;
const RAW = path.join(root, 'bench/results/raw');
const TMP = path.join(RAW, 'tmp');
mkdirSync(TMP, { recursive: true });
const log = (m) => console.log(`[bench] ${m}`);
const results = { startedAt: new Date().toISOString(), settings: { DURATION, REPEATS, WARMUP, CONNECTIONS, QUICK }, runs: [], notes: [] };
const note = (m) => {
  log(`NOTE ${m}`);
  results.notes.push(m);
};
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// ---------------------------------------------------------------- database
let embedded = null;
let admin = process.env.DATABASE_URL;
if (!admin) {
  embedded = await kit.startEmbeddedPostgres({
    dataDir: path.join(root, '.data/pg-bench'),
    port: envInt('BENCH_PG_PORT', 54349),
    database: 'postgres',
    log: () => undefined,
  });
  admin = embedded.url;
}
const dbName = `bench_${randomBytes(4).toString('hex')}`;
{
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database "${dbName}"`);
  results.postgres = (await c.query('select version()')).rows[0].version.split(',')[0];
  // CPU and memory of PostgreSQL: only this server's processes (the parent of our backend), when it runs here
  const backend = (await c.query('select pg_backend_pid() as pid')).rows[0].pid;
  const postmaster = parentOf(backend);
  if (postmaster && postmaster > 1) setPostgresRoot(postmaster);
  else note('PostgreSQL is not a local process: its CPU and memory are not in the figures');
  results.postgresShared = !embedded;
  await c.end();
}
const dbUrl = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();

let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  await stopAll();
  try {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`drop database if exists "${dbName}" with (force)`);
    await c.end();
  } catch {
    /* best effort */
  }
  if (embedded) await embedded.stop().catch(() => undefined);
}
// stopped early (Ctrl-C, a time limit): what was measured so far is still written, marked as such
let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    note(`interrupted by ${signal}: only the cells measured until then are in this report`);
    cleanup()
      .then(() => writeResults()) // before the subgraphs were composed there is nothing to write: it throws, and the process ends all the same
      .finally(() => process.exit(130));
  });

// ---------------------------------------------------------------- subgraphs
// BENCH_PROFILE=ours|stock|hive|<subgraph>[,...]: those processes run with --cpu-prof (profiles in
// bench/results/raw/prof). Node refuses --cpu-prof in NODE_OPTIONS, so it is a flag of the node command.
const profileArgs = (kind) => ((process.env.BENCH_PROFILE ?? '').split(',').includes(kind) ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RAW, 'prof')}`] : []);
const sdls = subgraphSdls();
const comp = composable(sdls);
results.subgraphs = comp.names;
log(`subgraphs: ${comp.names.join(', ')}`);
const common = { DATABASE_URL: dbUrl, AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
const subgraphs = {};
for (const s of comp.subgraphs) {
  const port = await freePort();
  const p = launch(s.name, [...profileArgs(s.name), path.join(s.dir, 'dist/index.js')], { env: { ...common, PORT: String(port) }, cwd: s.dir });
  await waitReady(p, `http://127.0.0.1:${port}/ready`, 240_000);
  subgraphs[s.name] = { proc: p, port, url: `http://127.0.0.1:${port}/graphql`, dir: s.dir };
}
const realUrls = Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url]));
const supergraphE2E = path.join(TMP, 'supergraph-e2e.graphql');
writeFileSync(supergraphE2E, comp.supergraph(realUrls));
const F = fieldIndex(readFileSync(supergraphE2E, 'utf8'));

// size of the seeded data
{
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const { rows } = await c.query(`select schemaname, relname, n_live_tup from pg_stat_user_tables where relname <> 'mikro_orm_migrations' order by 1, 2`);
  await c.query('analyze');
  const exact = [];
  for (const r of rows)
    exact.push({
      table: `${r.schemaname}.${r.relname}`,
      rows: Number((await c.query(`select count(*)::int as n from "${r.schemaname}"."${r.relname}"`)).rows[0].n),
    });
  await c.end();
  results.data = exact;
  log(
    `seeded: ${exact
      .filter((t) => t.rows)
      .map((t) => `${t.table}=${t.rows}`)
      .join(' ')}`,
  );
}

// tokens of many citizens: log in once each (the real login), then sign long-lived tokens for them
const gq = async (url, query, variables = {}, headers = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: await res.json() };
};
const citizens = [];
for (const c of kit.demoCitizens().slice(0, QUICK ? 24 : 60)) {
  const r = await gq(realUrls.core, `mutation($i: LoginInput!) { login(input: $i) { citizen { id } session { accessToken } } }`, {
    i: { identifier: c.nik, password: kit.DEMO_PASSWORD },
  });
  const id = r.body.data?.login?.citizen?.id;
  if (!id) throw new Error(`login of ${c.nik} failed: ${JSON.stringify(r.body)}`);
  // the same claims as the login's own token (its session id included: personal fields are read only
  // while that session is live), valid for the whole run instead of 15 minutes
  const claims = kit.verifyAccessToken(r.body.data.login.session.accessToken, AUTH_SECRET);
  citizens.push({ id, token: kit.signAccessToken(claims, AUTH_SECRET, 4 * 3600) });
}
log(`${citizens.length} citizens logged in`);
// scenario 7 through an API key (issue 17's `x-api-key`), so that neither the gateway's anonymous quota
// nor JAKPA's per-client lookup throttle decides the figure: an ADMIN creates one with the highest quota
let benchApiKey = null;
if (F.has('Mutation', 'createApiKey')) {
  const a = await gq(realUrls.core, `mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`, {
    i: { identifier: 'admin', password: kit.DEMO_PASSWORD },
  });
  const adminToken = a.body.data?.login?.session?.accessToken;
  const k = adminToken
    ? await gq(
        realUrls.core,
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
        { i: { holder: 'Bench (npm run bench)', contact: 'bench@kendarikota.go.id', quotaPerMinute: 100000, quotaPerDay: 100000000 } },
        { authorization: `Bearer ${adminToken}` },
      )
    : null;
  benchApiKey = k?.body.data?.createApiKey?.key ?? null;
  if (!benchApiKey) note(`scenario 7: no API key could be created (${JSON.stringify(k?.body ?? a.body).slice(0, 200)}); run anonymous`);
} else if (SCEN.includes(7)) note('scenario 7: API keys (Mutation.createApiKey) have not landed; run anonymous, under the per-client lookup throttle');
results.apiKey = !!benchApiKey;

// memory at rest: every subgraph and PostgreSQL after start-up and the logins, before any load
results.memoryAtRest = Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, memoryOf(s.proc.pid).rssMiB]));
results.memoryAtRest.postgres = postgresMemory();

// ---------------------------------------------------------------- scenario request lists
const dash = S.dashboardQuery(F);
if (!F.has('Citizen', 'letterRequests')) note('scenario 2: laika (Citizen.letterRequests) has not landed; left out');
if (!F.has('Citizen', 'fireReports')) note('scenario 2: firebutton (Citizen.fireReports) has not landed; left out');
if (!F.has('Citizen', 'jariReports')) note('scenario 2: jari (Citizen.jariReports) has not landed; left out');
if (!F.has('Query', 'serviceStatusBoard')) note('scenario 3: jari serviceStatusBoard has not landed; left out');
if (!F.has('Kelurahan', 'letterStats')) note('scenario 3: laika letterStats has not landed; left out');

const boardCursors = [null];
if (F.has('Query', 'serviceStatusBoard')) {
  for (let i = 0; i < 20; i++) {
    const r = await gq(
      realUrls.jari,
      `query($after: String) { serviceStatusBoard(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } } }`,
      { after: boardCursors.at(-1) },
    );
    const pi = r.body.data?.serviceStatusBoard?.pageInfo;
    if (!pi?.hasNextPage) break;
    boardCursors.push(pi.endCursor);
  }
}
const asReq = (v, token) => ({ headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(v) });
const requestLists = {
  1: S.catalogueVariants().map((v) => asReq(v)),
  2: citizens.map((c, i) => asReq({ query: dash.query, variables: { first: [10, 20][i % 2] } }, c.token)),
  3: S.publicListsVariants(F, boardCursors).map((v) => asReq(v)),
  5: [asReq({ query: S.CACHED, variables: {} })],
};
const checks = {
  1: { name: 'catalogue' },
  2: { name: 'dashboard', arg: dash.lists },
  3: { name: 'publiclists' },
  4: { name: 'emergency' },
  5: { name: 'cached' },
};
// scenarios 6-8 (issue 18): the cells of the permits, JAKPA and health authors, where their field has landed
for (const [n, cell] of Object.entries(S.CELLS)) {
  const [type, field] = S.SCENARIOS[n].needs;
  if (!F.has(type, field)) {
    if (SCEN.includes(Number(n))) note(`scenario ${n}: ${type}.${field} has not landed; left out`);
    continue;
  }
  requestLists[n] = cell.variables().map((variables) => asReq({ query: cell.query, variables }));
  if (n === '7' && benchApiKey) for (const r of requestLists[n]) r.headers['x-api-key'] = benchApiKey;
  checks[n] = { name: cell.key };
}
// scenario 9: "Layanan saya" (the portal's /akun page in one operation), for every logged-in citizen
const layanan = layananSaya(F);
if (layanan.missing.length && SCEN.includes(9))
  note(`scenario 9: ${layanan.missing.map((m) => `Citizen.${m}`).join(', ')} not in the supergraph; left out of the operation`);
if (layanan.sources.length) {
  requestLists[9] = citizens.map((c) => asReq({ query: layanan.query }, c.token));
  checks[9] = { name: 'layanansaya', arg: layanan.sources };
}
log(
  `variants: s1=${requestLists[1].length} s2=${requestLists[2].length} (citizens) s3=${requestLists[3].length} s4=one new report per request${Object.keys(
    S.CELLS,
  )
    .map((n) => ` s${n}=${requestLists[n]?.length ?? 'absent'}`)
    .join('')}`,
);

// ---------------------------------------------------------------- contenders
const hiveBin = path.join(root, 'bench/node_modules/@graphql-hive/gateway/dist/bin.js');
/**
 * @param {string} kind
 * @param {string} supergraph
 * @param {{ cpus?: string | number, urls?: Record<string, string>, cacheTtl?: number, heapProbe?: boolean, extraEnv?: Record<string, string> }} [opts]
 */
async function startContender(kind, supergraph, { cpus, urls = realUrls, cacheTtl = 0, heapProbe = false, extraEnv = {} } = {}) {
  const port = await freePort();
  let p;
  if (kind === 'ours') {
    // the anonymous quota per client address (issue 17, 120 a minute by default) would refuse the load
    // generator's anonymous cells, all from 127.0.0.1: the bench measures the gateway, not the quota
    const env = {
      ...common,
      PORT: String(port),
      SUPERGRAPH_PATH: supergraph,
      RESPONSE_CACHE_TTL: String(cacheTtl),
      ANONYMOUS_QUOTA_PER_MINUTE: '100000000',
      ANONYMOUS_QUOTA_PER_DAY: '1000000000',
      ...extraEnv,
    };
    for (const [n, u] of Object.entries(urls)) env[`SUBGRAPH_${n.toUpperCase()}_URL`] = u;
    const probe = heapProbe ? ['--expose-gc', '--require', path.join(root, 'bench/lib/heap-probe.cjs')] : [];
    p = launch(cacheTtl ? 'ours+cache' : 'ours', [...profileArgs(kind), ...probe, path.join(root, 'gateway/dist/index.js')], { env, cpus, ipc: heapProbe });
    await waitReady(p, `http://127.0.0.1:${port}/ready`);
  } else if (kind === 'stock') {
    p = launch('stock', [...profileArgs(kind), path.join(root, 'bench/contenders/stock-apollo.mjs'), supergraph, String(port)], {
      env: { NODE_ENV: 'production' },
      cpus,
    });
    await waitReadyPost(p, `http://127.0.0.1:${port}/`);
  } else if (kind === 'hive' || kind === 'hive-rust') {
    // hive-rust: the same gateway with the Rust query planner (contenders/hive-rust/gateway.config.mjs)
    p = launch(kind, [...profileArgs(kind), hiveBin, 'supergraph', supergraph, '--port', String(port), '--host', '127.0.0.1', '--fork', '1'], {
      env: { NODE_ENV: 'production' },
      cpus,
      cwd: path.join(root, `bench/contenders/${kind}`),
    });
    await waitReady(p, `http://127.0.0.1:${port}/healthcheck`);
  }
  const url = kind === 'stock' ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/graphql`;
  return { kind, proc: p, url, port };
}
async function waitReadyPost(p, url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null) throw new Error(`${p.name} exited:\n${p.output.join('').slice(-2000)}`);
    try {
      const r = await gq(url, '{ __typename }');
      if (r.status === 200) return;
    } catch {
      /* not up */
    }
    await sleep(50);
  }
  throw new Error(`${p.name} not ready`);
}

// ---------------------------------------------------------------- load
/** @param {{ url: string, scenario: number | string, duration: number, connections?: number, overallRate?: number, cpus?: string | number }} o */
async function runLoad({ url, scenario, duration, connections = CONNECTIONS, overallRate, cpus }) {
  const cfgFile = path.join(TMP, `load-${process.pid}-${Date.now()}.json`);
  const cfg = {
    url,
    duration,
    connections,
    overallRate,
    check: checks[scenario],
    requests: requestLists[scenario] ?? [],
    emergency: scenario === 4 ? { secret: AUTH_SECRET } : undefined,
  };
  writeFileSync(cfgFile, JSON.stringify(cfg));
  const args = [path.join(root, 'bench/load.mjs'), cfgFile];
  const [file, argv] = cpus != null ? ['taskset', ['-c', String(cpus), process.execPath, ...args]] : [process.execPath, args];
  const out = await new Promise((resolve, reject) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let so = '';
    let se = '';
    child.stdout.on('data', (d) => (so += d));
    child.stderr.on('data', (d) => (se += d));
    child.on('exit', (code) => (code === 0 ? resolve(so) : reject(new Error(`load generator failed (${code}): ${se.slice(-2000)}`))));
  });
  rmSync(cfgFile, { force: true });
  return JSON.parse(out.trim().split('\n').at(-1));
}

/** Warm-up, then REPEATS measured runs; medians; peak memory of the target process. */
/** @param {{ tier: string, scenario: number | string, contender: string, target: any, cpus?: string | number, duration?: number, repeats?: number, overallRate?: number, label?: string }} o */
async function measure({ tier, scenario, contender, target, cpus, duration = DURATION, repeats = REPEATS, overallRate, label }) {
  const restMiB = target.proc ? memoryOf(target.proc.pid).rssMiB : undefined;
  if (WARMUP && !overallRate) await runLoad({ url: target.url, scenario, duration: WARMUP, cpus });
  // where the time goes (end to end): CPU time of the gateway, each subgraph and PostgreSQL over the measured runs
  const named = Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.proc.pid]));
  if (target.proc && !Object.values(subgraphs).some((s) => s.proc === target.proc)) named.gateway = target.proc.pid;
  const cpuBefore = tier === 'e2e' ? cpuSnapshot(named) : null;
  // gateway only: the gateway's own CPU per request (with its workers), which holds still where req/s swings
  // from run to run on this VM, and says whether the gateway or the load generator set the pace
  const gatewayCpuBefore = tier === 'replay' && target.proc ? treeCpuMs(target.proc.pid) : null;
  // memory under load: the largest RSS of every process, sampled each second during the measured runs
  const rssUnderLoad = {};
  const sampleRss = () => {
    for (const [n, pid] of Object.entries(named)) rssUnderLoad[n] = Math.max(rssUnderLoad[n] ?? 0, memoryOf(pid).rssMiB);
    if (tier === 'e2e') rssUnderLoad.postgres = Math.max(rssUnderLoad.postgres ?? 0, postgresMemory());
  };
  const sampler = setInterval(sampleRss, 1000);
  const reps = [];
  try {
    for (let i = 0; i < repeats; i++) reps.push(await runLoad({ url: target.url, scenario, duration, cpus, overallRate }));
  } finally {
    clearInterval(sampler);
  }
  const cpuAfter = cpuBefore ? cpuSnapshot(named) : null;
  const gatewayCpuMs = gatewayCpuBefore !== null ? treeCpuMs(target.proc.pid) - gatewayCpuBefore : null;
  const mem = target.proc ? memoryOf(target.proc.pid) : null;
  const r = {
    tier,
    scenario,
    contender: label ?? contender,
    rps: median(reps.map((x) => x.rps)),
    p50: median(reps.map((x) => x.p50)),
    p95: median(reps.map((x) => x.p95)),
    p99: median(reps.map((x) => x.p99)),
    errors: reps.reduce((s, x) => s + x.errors, 0),
    requests: reps.reduce((s, x) => s + x.requests, 0),
    firstBad: reps.find((x) => x.firstBad)?.firstBad ?? null,
    peakMiB: mem?.peakMiB,
    rssMiB: mem?.rssMiB,
    restMiB,
    rssUnderLoad,
    load: loadavg(),
    reps,
  };
  if (gatewayCpuMs !== null) {
    const n = reps.reduce((a, x) => a + x.requests, 0);
    r.gatewayCpuMsPerRequest = n ? gatewayCpuMs / n : NaN;
    r.gatewayBusy = gatewayCpuMs / (repeats * duration * 1000);
  }
  if (cpuAfter) {
    const n = reps.reduce((a, x) => a + x.requests, 0);
    r.cpuMsPerRequest = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, n ? (cpuAfter[k] - cpuBefore[k]) / n : NaN]));
  }
  results.runs.push(r);
  log(
    `${tier} s${scenario} ${r.contender.padEnd(12)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms  errors ${r.errors}/${r.requests}  peak ${mem ? mem.peakMiB.toFixed(0) : '-'} MiB  load ${r.load}${r.firstBad ? `\n    first bad: ${r.firstBad}` : ''}`,
  );
  if (r.gatewayCpuMsPerRequest !== undefined)
    log(`    gateway CPU ${r.gatewayCpuMsPerRequest.toFixed(3)} ms per request, busy ${(100 * r.gatewayBusy).toFixed(0)} % of its core`);
  if (r.cpuMsPerRequest)
    log(
      `    CPU ms per request: ${Object.entries(r.cpuMsPerRequest)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ')}`,
    );
  return r;
}

const stopTarget = (t) => (t?.proc ? stop(t.proc) : undefined);
/** An extra phase whose failure is noted in the report instead of losing the whole run's results. */
async function extra(name, phase) {
  try {
    await phase();
  } catch (err) {
    note(`${name}: failed (${String(err?.message ?? err).slice(0, 300)})`);
  }
}

try {
  // ================================================================ end to end
  if (TIERS.includes('e2e') && !SOAK) {
    for (const scenario of SCEN) {
      const meta = S.SCENARIOS[scenario];
      if (!meta) continue; // BENCH_SCENARIOS=0: only the extras
      if (S.CELLS[scenario] && !requestLists[scenario]) continue; // not landed (noted above)
      const list = [...CONTENDERS.filter((c) => c !== 'direct')];
      for (const contender of list) {
        const t = await startContender(contender, supergraphE2E);
        if (scenario === 9 && contender === list[0]) await layananItems(t.url);
        // the subgraphs this scenario reaches run it for the first time here: their JIT, pools and PostgreSQL's
        // buffers warm up through the first contender, unmeasured, so that contender does not pay for all (in the
        // first full run of round two it cost the subgraph 20-30 % more CPU). Not s4: its reports count in throttles.
        if (contender === list[0] && SUBGRAPH_WARMUP && scenario !== 4) await runLoad({ url: t.url, scenario, duration: SUBGRAPH_WARMUP });
        const r = await measure({ tier: 'e2e', scenario, contender, target: t });
        if (scenario === 4 && contender === 'ours') {
          // p99 at half of the maximum this gateway reached
          const half = Math.max(1, Math.round(r.rps / 2));
          await measure({ tier: 'e2e', scenario, contender, target: t, overallRate: half, label: `ours@${half}/s` });
        }
        await stopTarget(t);
        if (scenario === 5 && contender === 'ours') {
          const tc = await startContender('ours', supergraphE2E, { cacheTtl: 10 });
          await measure({ tier: 'e2e', scenario, contender: 'ours+cache', target: tc });
          await stopTarget(tc);
        }
      }
      if (CONTENDERS.includes('direct') && meta?.oneSubgraph && subgraphs[meta.oneSubgraph]) {
        const s = subgraphs[meta.oneSubgraph];
        await measure({ tier: 'e2e', scenario, contender: `direct ${meta.oneSubgraph}`, target: { url: s.url, proc: s.proc } });
      }
    }

    // latency of scenario 3 as the list grows (our gateway)
    if (EXTRAS.includes('sizes')) {
      const t = await startContender('ours', supergraphE2E);
      results.sizes = [];
      for (const n of [10, 100, 1000]) {
        const { query, variables } = sizedPublicList(n);
        requestLists[`3@${n}`] = [asReq({ query, variables })];
        checks[`3@${n}`] = { name: 'publiclists' };
        const r = await measure({ tier: 'e2e', scenario: `3@${n}`, contender: 'ours', target: t, duration: Math.max(2, Math.round(DURATION / 2)), repeats: 1 });
        results.sizes.push({ n, rps: r.rps, p50: r.p50, p99: r.p99 });
      }
      await stopTarget(t);
    }

    if (EXTRAS.includes('booking') && SCEN.includes(8)) await extra('booking', bookingRaces);
  }

  // ================================================================ gateway only (replay)
  if (TIERS.includes('replay') && !SOAK) await replayTier();

  // ================================================================ SQL statements per operation
  if (!SOAK && EXTRAS.includes('sql') && (SCEN.includes(2) || SCEN.includes(3))) await extra('sql', sqlPerOperation);

  // ================================================================ cost growth of the new lists (adds rows: after every other cell)
  if (!SOAK && EXTRAS.includes('growth')) await extra('growth', growthPhase);

  // ================================================================ memory of every process, cold start
  if (!SOAK) {
    results.memory = Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, memoryOf(s.proc.pid)]));
    results.memory.postgres = { rssMiB: postgresMemory() };
    if (EXTRAS.includes('coldstart')) await extra('coldstart', coldStart);
  }

  if (SOAK) await soak();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanup();
}
if (process.exitCode !== 1 && !interrupted) await writeResults();

/** The raw JSON and the Markdown report of what has been measured. */
async function writeResults() {
  writeFileSync(path.join(RAW, `run-${results.startedAt.replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 2));
  const { writeReport } = await import('./report.mjs');
  const md = writeReport(results, { sdlNames: comp.names });
  const file = process.env.BENCH_OUT
    ? path.resolve(root, process.env.BENCH_OUT)
    : SOAK
      ? path.join(root, 'bench/results/soak.md')
      : path.join(root, 'bench/results/latest.md');
  writeFileSync(file, md);
  console.log(`\n${md}`);
  log(`written ${path.relative(root, file)}`);
}

// ---------------------------------------------------------------- helpers of the phases
/** Items per source in the "Layanan saya" answers of all bench citizens (so the cell is known not to measure empty lists). */
async function layananItems(url) {
  const per = Object.fromEntries(layanan.sources.map((s) => [s, 0]));
  for (const r of requestLists[9]) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...r.headers }, body: r.body });
    const me = (await res.json()).data?.me;
    for (const s of layanan.sources) per[s] += me?.[s]?.nodes?.length ?? 0;
  }
  results.layananItems = { citizens: requestLists[9].length, per };
  log(`scenario 9: items over ${requestLists[9].length} citizens: ${JSON.stringify(per)}`);
}

function sizedPublicList(n) {
  // n service-status items (pages of at most 100, the kit's MAX_PAGE_SIZE, as aliases over the
  // real pages) with their agency and service from core, plus the 65 kelurahans with their stats
  const pages = [];
  for (let left = n, i = 0; left > 0; left -= 100, i++) pages.push({ first: Math.min(100, left), after: boardCursors[i % boardCursors.length] });
  const month = new Date().toISOString().slice(0, 7);
  const item = 'totalCount nodes { id place status stockRemaining agency { id shortName name } service { id name timeLimitText isFree } }';
  const q = `query PublicListsSized($month: String) {\n${pages.map((p, i) => `  board${i}: serviceStatusBoard(first: ${p.first}${p.after ? `, after: ${JSON.stringify(p.after)}` : ''}) { ${item} }`).join('\n')}\n  kelurahans { id name kecamatan { id name }${F.has('Kelurahan', 'letterStats') ? ' letterStats(month: $month) { month submittedCount issuedCount }' : ''} }\n}`;
  return { query: q, variables: { month } };
}

async function replayTier() {
  // no API key here: the gateway checks keys with core, which the replay server does not stand in for
  // (the anonymous quota is raised for ours, and JAKPA itself is replayed, so no throttle is involved)
  for (const r of requestLists[7] ?? []) delete r.headers['x-api-key'];
  const rport = await freePort();
  const store = path.join(TMP, 'replay-store.json');
  const upstream = Object.entries(realUrls)
    .map(([n, u]) => `${n}=${u}`)
    .join(',');
  const replayUrls = Object.fromEntries(Object.keys(realUrls).map((n) => [n, `http://127.0.0.1:${rport}/${n}/graphql`]));
  const supergraphReplay = path.join(TMP, 'supergraph-replay.graphql');
  writeFileSync(supergraphReplay, comp.supergraph(replayUrls));
  const scen = SCEN.filter((s) => [1, 2, 3, 6, 7, 8, 9].includes(s) && requestLists[s]);
  // at most BENCH_REPLAY_VARIANTS (24) variants per scenario here: each is recorded and compared through
  // every contender one by one, which on a busy machine took longer than the measured cells
  for (const s of scen) requestLists[s] = requestLists[s].slice(0, envInt('BENCH_REPLAY_VARIANTS', 24));
  const contenders = CONTENDERS.filter((c) => c !== 'direct');

  // record once through the real subgraphs, every variant through every contender
  const rec = launch('replay-record', [path.join(root, 'bench/replay-server.mjs'), 'record', String(rport), store, upstream]);
  await waitReady(rec, `http://127.0.0.1:${rport}/health`);
  const real = {};
  for (const c of contenders) {
    const t = await startContender(c, supergraphReplay, { urls: replayUrls });
    for (const s of scen)
      for (const [i, r] of requestLists[s].entries()) {
        const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...r.headers }, body: r.body });
        real[`${c}|${s}|${i}`] = await res.text();
      }
    await stopTarget(t);
  }
  const saved = await (await fetch(`http://127.0.0.1:${rport}/__save`, { method: 'POST' })).json();
  await stop(rec);
  log(`replay: recorded ${saved.saved} distinct subgraph requests`);
  results.replayRecorded = saved.saved;

  const rep = launch('replay', [path.join(root, 'bench/replay-server.mjs'), 'replay', String(rport), store], { cpus: 0 });
  await waitReady(rep, `http://127.0.0.1:${rport}/health`);
  let compared = 0;
  let differ = 0;
  for (const c of contenders) {
    const t = await startContender(c, supergraphReplay, { urls: replayUrls, cpus: 1 });
    // the replayed answers must equal the real ones, through this very gateway
    for (const s of scen)
      for (const [i, r] of requestLists[s].entries()) {
        const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...r.headers }, body: r.body });
        const a = JSON.parse(await res.text());
        const b = JSON.parse(real[`${c}|${s}|${i}`]);
        compared++;
        if (JSON.stringify(a) !== JSON.stringify(b) || b.errors) {
          differ++;
          if (differ < 3) note(`replay differs for ${c} s${s}#${i}: ${JSON.stringify(a).slice(0, 200)} vs ${JSON.stringify(b).slice(0, 200)}`);
        }
      }
    for (const s of scen) await measure({ tier: 'replay', scenario: s, contender: c, target: t, cpus: 0 });
    await stopTarget(t);
  }
  const st = await (await fetch(`http://127.0.0.1:${rport}/__stats`)).json();
  results.replayCheck = { compared, differ, misses: st.misses, firstMiss: st.firstMiss };
  log(`replay check: ${compared} answers compared with the real ones, ${differ} differ; ${st.misses} replay misses`);
  await stop(rep);
}

/** Each subgraph once more, counting its SQL statements (bench/sql-subgraph.mjs); and a way to ask for the count. */
async function startCounted() {
  const counted = {};
  const urls = /** @type {Record<string, string>} */ ({});
  for (const [name, s] of Object.entries(subgraphs)) {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(root, 'bench/sql-subgraph.mjs'), s.dir, name, String(port)], {
      env: { ...process.env, ...common },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const p = { name: `sql-${name}`, child, output: [], pid: child.pid, startedAt: Date.now() };
    child.stdout.on('data', (d) => p.output.push(String(d)));
    child.stderr.on('data', (d) => p.output.push(String(d)));
    started.push(p);
    await waitReady(p, `http://127.0.0.1:${port}/ready`);
    counted[name] = p;
    urls[name] = `http://127.0.0.1:${port}/graphql`;
  }
  const ask = (p, m) =>
    new Promise((resolve) => {
      p.child.once('message', resolve);
      p.child.send(m);
    });
  return { counted, urls, ask };
}

/** The new lists at 10/100/1000 items: SQL statements per subgraph (must not grow) and p99 through ours. */
async function growthPhase() {
  const lists = GROWTH.filter((g) => F.has(...g.needs));
  for (const g of GROWTH.filter((x) => !lists.includes(x))) note(`growth: ${g.needs.join('.')} has not landed; ${g.key} left out`);
  if (!lists.length) return;
  // officer token of Bapenda (the tax objects list), long-lived like the residents'
  const login = await gq(realUrls.core, `mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`, {
    i: { identifier: 'petugas.bapenda', password: kit.DEMO_PASSWORD },
  });
  const officer = login.body.data?.login?.session?.accessToken;
  const ctx = {
    encodeCursor: kit.encodeCursor,
    bapendaToken: officer ? kit.signAccessToken(kit.verifyAccessToken(officer, AUTH_SECRET), AUTH_SECRET, 4 * 3600) : null,
    citizenToken: citizens[0].token,
    citizenId: citizens[0].id,
  };
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const ready = [];
  for (const g of lists) {
    try {
      if (g.setup) await c.query(g.setup, g.setupParams ? g.setupParams(ctx) : undefined);
      ready.push(g);
    } catch (err) {
      note(`growth: adding rows for ${g.key} failed (${String(err?.message ?? err).slice(0, 200)}); left out`);
    }
  }
  await c.query('analyze');
  await c.end();
  results.growth = [];
  // SQL statements, on the counting subgraphs
  const { counted, urls, ask } = await startCounted();
  const sg = path.join(TMP, 'supergraph-growth.graphql');
  writeFileSync(sg, comp.supergraph(urls));
  // the counting subgraphs log every statement: a longer subgraph deadline than the default 5 s
  const t = await startContender('ours', sg, { urls, extraEnv: { SUBGRAPH_TIMEOUT_MS: '30000' } });
  for (const g of ready)
    for (const n of SIZES) {
      const { query, headers = {} } = g.operation(n, ctx);
      let warm = await gq(t.url, query, {}, headers);
      if (warm.body.errors) warm = await gq(t.url, query, {}, headers); // a cold first answer past a deadline
      for (const p of Object.values(counted)) await ask(p, 'reset');
      const r = await gq(t.url, query, {}, headers);
      const per = {};
      for (const [name, p] of Object.entries(counted)) per[name] = (await ask(p, 'count')).count;
      const items = r.body.data ? g.items(r.body.data) : 0;
      const ok = !r.body.errors && !warm.body.errors && items === n;
      results.growth.push({
        key: g.key,
        title: g.title,
        n,
        items,
        total: Object.values(per).reduce((a, b) => a + b, 0),
        per,
        ok,
        error: ok ? null : JSON.stringify(r.body.errors ?? warm.body.errors ?? `items ${items}`).slice(0, 300),
      });
      log(
        `growth ${g.key} n=${n}: items=${items} SQL ${JSON.stringify(per)}${ok ? '' : ` ERRORS ${JSON.stringify(r.body.errors ?? warm.body.errors ?? '').slice(0, 200)}`}`,
      );
    }
  await stopTarget(t);
  for (const p of Object.values(counted)) await stop(p);
  // latency and gateway CPU, on the real subgraphs through ours
  const te = await startContender('ours', supergraphE2E, { extraEnv: { SUBGRAPH_TIMEOUT_MS: '30000' } });
  for (const g of ready)
    for (const n of SIZES) {
      const key = `g:${g.key}@${n}`;
      const { query, headers = {} } = g.operation(n, ctx);
      requestLists[key] = [{ headers, body: JSON.stringify({ query }) }];
      checks[key] = { name: 'growth', arg: { key: g.key, n } };
      const r = await measure({ tier: 'e2e', scenario: key, contender: 'ours', target: te, duration: Math.max(2, Math.round(DURATION / 2)), repeats: 1 });
      Object.assign(results.growth.find((x) => x.key === g.key && x.n === n) ?? {}, {
        rps: r.rps,
        p50: r.p50,
        p99: r.p99,
        errors: r.errors,
        cpu: r.cpuMsPerRequest,
      });
    }
  await stopTarget(te);
}

async function sqlPerOperation() {
  // each subgraph again, counting its statements; the normal processes stay as they are
  const counted = {};
  const urls = /** @type {Record<string, string>} */ ({});
  for (const [name, s] of Object.entries(subgraphs)) {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(root, 'bench/sql-subgraph.mjs'), s.dir, name, String(port)], {
      env: { ...process.env, ...common },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const p = { name: `sql-${name}`, child, output: [], pid: child.pid, startedAt: Date.now() };
    child.stdout.on('data', (d) => p.output.push(String(d)));
    child.stderr.on('data', (d) => p.output.push(String(d)));
    started.push(p);
    await waitReady(p, `http://127.0.0.1:${port}/ready`);
    counted[name] = p;
    urls[name] = `http://127.0.0.1:${port}/graphql`;
  }
  const ask = (p, m) =>
    new Promise((resolve) => {
      p.child.once('message', resolve);
      p.child.send(m);
    });
  const sg = path.join(TMP, 'supergraph-sql.graphql');
  writeFileSync(sg, comp.supergraph(urls));
  const t = await startContender('ours', sg, { urls });
  results.sql = [];
  const heavy = citizens[0];
  for (const [scenario, n] of [
    [2, 10],
    [2, 100],
    [2, 1000],
    [3, 10],
    [3, 100],
    [3, 1000],
  ]) {
    let query;
    let variables = {};
    let headers = {};
    if (scenario === 2) {
      // pages of at most 100 (the kit's MAX_PAGE_SIZE); 1000 is asked as 10 aliased pages of 100
      query = n <= 100 ? S.dashboardQuery(F, String(n)).query : expandAliases(S.dashboardQuery(F, '100').query, n / 100);
      headers = { authorization: `Bearer ${heavy.token}` };
    } else ({ query, variables } = sizedPublicList(n));
    const send = () => gq(t.url, query, variables, headers);
    const warm = await send();
    for (const p of Object.values(counted)) await ask(p, 'reset');
    const r = await send();
    const per = {};
    for (const [name, p] of Object.entries(counted)) per[name] = (await ask(p, 'count')).count;
    const items = countItems(r.body.data);
    const ok = !r.body.errors && !warm.body.errors;
    results.sql.push({
      scenario,
      n,
      items,
      total: Object.values(per).reduce((a, b) => a + b, 0),
      per,
      ok,
      error: ok ? null : JSON.stringify(r.body.errors).slice(0, 300),
    });
    log(`SQL s${scenario} n=${n}: ${JSON.stringify(per)} items=${items}${ok ? '' : ` ERRORS ${JSON.stringify(r.body.errors).slice(0, 200)}`}`);
  }
  await stopTarget(t);
  for (const p of Object.values(counted)) await stop(p);
}

function expandAliases(query, k) {
  // `letterRequests(first: 100) {...}` -> `letterRequests0: letterRequests(first: 100, after: null) {...} letterRequests1: ...`
  const out = query.replace(/(\w+)\(first: 100\) (\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})/g, (_m, f, sel) =>
    Array.from({ length: k }, (_, i) => `${f}${i}: ${f}(first: 100) ${sel}`).join('\n    '),
  );
  return out;
}
function countItems(d) {
  let n = 0;
  const walk = (x) => {
    if (Array.isArray(x)) {
      n += x.length;
      x.forEach(walk);
    } else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk(d);
  return n;
}

/**
 * Health's queue race through each gateway contender: 500 bookings by 500 residents for 100 places at
 * 64 connections; exactly 100 must be granted (1..100, each once) and 400 refused as FULL. The race
 * needs a session nobody has booked, so each contender races for another of RSUD Bahteramas' clinics.
 */
async function bookingRaces() {
  if (!F.has('Mutation', 'takeQueueNumber')) return note('booking race: health (Mutation.takeQueueNumber) has not landed; left out');
  const clinics = ['POLI_MATA', 'POLI_ANAK', 'POLI_DALAM', 'POLI_GIGI'];
  results.bookingRace = [];
  for (const [i, contender] of CONTENDERS.filter((c) => c !== 'direct').entries()) {
    const t = await startContender(contender, supergraphE2E);
    try {
      const r = await bookingRace({ gatewayUrl: t.url, authSecret: AUTH_SECRET, serviceCode: clinics[i % clinics.length] });
      const mem = memoryOf(t.proc.pid);
      results.bookingRace.push({ contender, ...r, peakMiB: mem?.peakMiB, load: loadavg() });
      log(
        `booking race ${contender.padEnd(6)} granted ${r.granted} (exact ${r.exact}), refused FULL ${r.refusedFull}, other ${r.otherErrors}; ${r.reqPerSec} req/s, p50 ${r.p50Ms} p99 ${r.p99Ms} ms  load ${loadavg()}`,
      );
    } catch (err) {
      note(`booking race through ${contender} failed: ${String(err?.message ?? err).slice(0, 300)}`);
    }
    await stopTarget(t);
  }
}

async function coldStart() {
  // `npm start` without the build step: node scripts/start.mjs, on a database of its own, to the gateway's /ready
  const runs = [];
  const db = `bench_start_${randomBytes(3).toString('hex')}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database "${db}"`);
  const url = Object.assign(new URL(admin), { pathname: `/${db}` }).toString();
  for (const label of ['first start (migrate + seed)', 'second start (data present)']) {
    const env = { DATABASE_URL: url, AUTH_SECRET, GATEWAY_PORT: String(await freePort()), PORTAL_PORT: String(await freePort()) };
    for (const n of Object.keys(subgraphs)) env[`${n.toUpperCase()}_PORT`] = String(await freePort());
    const p = launch('npm-start', [path.join(root, 'scripts/start.mjs')], { env, cwd: root });
    const ms = await waitReady(p, `http://127.0.0.1:${env.GATEWAY_PORT}/ready`, 300_000);
    runs.push({ label, ms });
    log(`cold start, ${label}: ${(ms / 1000).toFixed(1)} s`);
    await stop(p, 'SIGINT');
  }
  await c.query(`drop database if exists "${db}" with (force)`);
  await c.end();
  results.coldStart = runs;
}

async function soak() {
  const seconds = envInt('BENCH_SOAK_SECONDS', 600);
  const t = await startContender('ours', supergraphE2E, { heapProbe: true });
  await runLoad({ url: t.url, scenario: 2, duration: 15 });
  const heapOf = () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), 5000);
      t.proc.child.once('message', (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      t.proc.child.send('heap');
    });
  const samples = [];
  const start = Date.now();
  // RSS every 5 s as it is; every 30 s also the memory still in use after a full collection
  let tick = 0;
  const sampler = setInterval(async () => {
    const s = Math.round((Date.now() - start) / 1000);
    const sample = { s, ...memoryOf(t.proc.pid) };
    if (tick++ % 6 === 0) Object.assign(sample, await heapOf());
    samples.push(sample);
  }, 5000);
  // steady load: half of the connections, mixed scenarios 2 and 3 in turns of 30 s
  const rounds = Math.ceil(seconds / 30);
  for (let i = 0; i < rounds; i++) await runLoad({ url: t.url, scenario: i % 2 ? 3 : 2, duration: 30, connections: Math.max(4, CONNECTIONS / 2) });
  clearInterval(sampler);
  const warm = samples.filter((x) => x.s >= 60);
  const first = median(warm.slice(0, 6).map((x) => x.rssMiB));
  const last = median(warm.slice(-6).map((x) => x.rssMiB));
  // after a full collection: the first two and the last two probes after warm-up
  const heaps = warm.filter((x) => Number.isFinite(x.heapUsedMiB));
  const heapFirst = median(heaps.slice(0, 2).map((x) => x.heapUsedMiB));
  const heapLast = median(heaps.slice(-2).map((x) => x.heapUsedMiB));
  results.soak = {
    seconds,
    samples,
    firstMiB: first,
    lastMiB: last,
    growthPct: ((last - first) / first) * 100,
    heapFirstMiB: heapFirst,
    heapLastMiB: heapLast,
    heapGrowthPct: ((heapLast - heapFirst) / heapFirst) * 100,
  };
  log(
    `soak: RSS ${first.toFixed(1)} -> ${last.toFixed(1)} MiB after warm-up (${results.soak.growthPct.toFixed(1)}%); heap in use after a full GC ${heapFirst.toFixed(1)} -> ${heapLast.toFixed(1)} MiB (${results.soak.heapGrowthPct.toFixed(1)}%)`,
  );
  await stopTarget(t);
}
