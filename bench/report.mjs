// Renders a bench run (results JSON) as the Markdown that bench/results/latest.md holds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib/util.mjs';
import { SCENARIOS } from './scenarios.mjs';

const ver = (pkg, from = 'gateway') => {
  try {
    const p = require_(pkg, from);
    return JSON.parse(readFileSync(p, 'utf8')).version;
  } catch {
    return '?';
  }
};
function require_(pkg, from) {
  for (const dir of [path.join(root, from, 'node_modules', pkg), path.join(root, 'node_modules', pkg)]) {
    try {
      readFileSync(path.join(dir, 'package.json'));
      return path.join(dir, 'package.json');
    } catch {
      /* next */
    }
  }
  throw new Error(pkg);
}
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const verdict = (ok) => (ok ? '**met**' : '**not met**');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

export function writeReport(r, { sdlNames }) {
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model;
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  const L = [];
  L.push(`# Benchmark results`);
  L.push('');
  L.push(
    `Run ${r.startedAt} by \`npm run bench\` (${r.settings.QUICK ? 'QUICK smoke run — not for quoting' : 'full run'}): warm-up ${r.settings.WARMUP} s, then ${r.settings.REPEATS} × ${r.settings.DURATION} s per cell, medians shown; autocannon 8 with ${r.settings.CONNECTIONS} connections in its own process.`,
  );
  L.push('');
  L.push(
    `Machine: ${nproc} CPUs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${r.postgres}. Load average during the cells is in the raw JSON (\`bench/results/raw/\`); range: ${loadRange(r)}.`,
  );
  L.push(
    `Versions: @apollo/gateway ${ver('@apollo/gateway')}, @apollo/server ${ver('@apollo/server')}, @graphql-hive/gateway ${ver('@graphql-hive/gateway', 'bench')}, graphql ${ver('graphql')}, autocannon ${ver('autocannon', 'bench')}. Subgraphs: ${sdlNames.join(', ')}.`,
  );
  if (r.data)
    L.push(
      `Data (seeded demo data of each subgraph, on a fresh database): ${r.data
        .filter((t) => t.rows)
        .map((t) => `${t.table.split('.')[1]} ${t.rows}`)
        .join(', ')}.`,
    );
  L.push('');
  L.push(
    `Contenders, on the same supergraph file and the same running subgraphs, one at a time: **ours** (\`gateway/\`, response cache off except where marked; its anonymous quota per client address raised out of the way, since every request comes from 127.0.0.1), **stock** (\`@apollo/gateway\` + \`@apollo/server\` defaults, \`bench/contenders/stock-apollo.mjs\`), **hive** (\`@graphql-hive/gateway\`, \`--fork 1\`), **hive-rust** (the same with the Hive Router runtime: the Rust query planner \`@graphql-hive/router-runtime\` ${ver('@graphql-hive/router-runtime', 'bench')}, \`bench/contenders/hive-rust/\`), **direct** (the one subgraph the scenario touches, no gateway). Every response is parsed and checked against the expected shape; "errors" counts transport errors, non-200s, GraphQL errors and wrong shapes.${r.apiKey ? " Scenario 7 is sent with an API key (`x-api-key`, created by an ADMIN with the highest quota) end to end; gateway only, without (the replay server does not stand in for core's key check)." : " Scenario 7 is anonymous (no API key could be made), under JAKPA's per-client lookup throttle (20 NOPs, below its 30 distinct NOPs an hour)."}`,
  );
  for (const [tier, title] of [
    ['replay', 'Gateway only (subgraphs replayed; gateway pinned to CPU 1, load generator and replay server to CPU 0)'],
    ['e2e', 'End to end (real subgraphs and PostgreSQL, nothing pinned)'],
  ]) {
    const runs = r.runs.filter((x) => x.tier === tier && !String(x.scenario).includes('@'));
    if (!runs.length) continue;
    L.push('');
    L.push(`## ${title}`);
    L.push('');
    // gateway only: the gateway's CPU per request and how busy its core was (below ~95 % the load generator set the pace)
    const cpuCols = runs.some((x) => x.gatewayCpuMsPerRequest !== undefined);
    L.push(
      `| scenario | contender | req/s | p50 ms | p95 ms | p99 ms | errors / requests | peak RSS MiB |${cpuCols ? ' gateway CPU ms/req | gateway core busy |' : ''} vs stock | vs hive | vs hive-rust |`,
    );
    L.push(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |${cpuCols ? ' ---: | ---: |' : ''} ---: | ---: | ---: |`);
    for (const x of runs) {
      const other = (c) => runs.find((y) => y.scenario === x.scenario && y.contender === c);
      const vs = (c) => (x.contender === c ? '' : ratio(x.rps, other(c)?.rps));
      const cpu = cpuCols
        ? ` ${x.gatewayCpuMsPerRequest === undefined ? '–' : x.gatewayCpuMsPerRequest.toFixed(3)} | ${x.gatewayBusy === undefined ? '–' : `${f0(100 * x.gatewayBusy)} %`} |`
        : '';
      L.push(
        `| ${SCENARIOS[x.scenario]?.title ?? x.scenario} | ${x.contender} | ${f0(x.rps)} | ${f1(x.p50)} | ${f1(x.p95)} | ${f1(x.p99)} | ${x.errors} / ${x.requests} | ${f0(x.peakMiB)} |${cpu} ${vs('stock')} | ${vs('hive')} | ${vs('hive-rust')} |`,
      );
    }
  }
  const withCpu = r.runs.filter((x) => x.tier === 'e2e' && x.cpuMsPerRequest);
  if (withCpu.length) {
    // CPU time per request of each process over a cell's measured runs (from /proc/<pid>/stat);
    // the load generator and the machine's other work are not in it. On two cores the sum is the
    // time a request costs the machine, and the largest share is where to look first.
    const names = [...new Set(withCpu.flatMap((x) => Object.keys(x.cpuMsPerRequest)))].sort((a, b) =>
      a === 'gateway' ? -1 : b === 'gateway' ? 1 : a === 'postgres' ? 1 : b === 'postgres' ? -1 : a.localeCompare(b),
    );
    L.push('');
    L.push('## Where the time goes (end to end: CPU ms per request, by process)');
    L.push('');
    L.push(
      'CPU time (user + system) each process used during a cell\'s measured runs, divided by the requests answered; the load generator is not included. "postgres" is every PostgreSQL process.',
    );
    L.push('');
    L.push(`| scenario | contender | ${names.join(' | ')} | total |`);
    L.push(`| --- | --- | ${names.map(() => '---:').join(' | ')} | ---: |`);
    for (const x of withCpu) {
      const v = names.map((n) => x.cpuMsPerRequest[n]);
      L.push(
        `| ${SCENARIOS[x.scenario]?.title ?? x.scenario} | ${x.contender} | ${v.map((y) => (Number.isFinite(y) ? y.toFixed(2) : '')).join(' | ')} | ${v
          .filter(Number.isFinite)
          .reduce((a, b) => a + b, 0)
          .toFixed(2)} |`,
      );
    }
  }
  const e2e = r.runs.filter((x) => x.tier === 'e2e');
  const rep = r.runs.filter((x) => x.tier === 'replay');
  const get = (runs, s, c) => runs.find((x) => x.scenario === s && x.contender === c);
  L.push('');
  L.push('## Targets');
  L.push('');
  const t = [];
  // every federated scenario (more than one subgraph): ours ≥ 3× stock, ahead of every other contender, p99 no worse
  for (const s of [...new Set(rep.map((x) => x.scenario))].filter((x) => !SCENARIOS[x]?.oneSubgraph)) {
    const o = get(rep, s, 'ours');
    const st = get(rep, s, 'stock');
    const others = rep.filter((x) => x.scenario === s && x.contender !== 'ours');
    if (!o) continue;
    const met = st && o.rps >= 3 * st.rps && others.every((x) => o.rps > x.rps && o.p99 <= x.p99);
    t.push(
      `- ${verdict(met)} Gateway only, scenario ${s}: ours ${f0(o.rps)} req/s = ${ratio(o.rps, st?.rps)} stock (target ≥ 3×)${others
        .filter((x) => x.contender !== 'stock')
        .map((x) => `, ${ratio(o.rps, x.rps)} ${x.contender}`)
        .join('')} (target > 1× each); p99 ${f1(o.p99)} ms vs ${others.map((x) => `${x.contender} ${f1(x.p99)}`).join(' / ')} ms (target: no worse than any).`,
    );
  }
  const d2 = get(e2e, 2, 'ours');
  if (d2?.cpuMsPerRequest) {
    const total = Object.values(d2.cpuMsPerRequest)
      .filter(Number.isFinite)
      .reduce((a, b) => a + b, 0);
    const parts = Object.entries(d2.cpuMsPerRequest)
      .filter(([, v]) => v >= 0.05)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    // CPU of the requests still in flight at the end of each run is counted, the requests are not: with few
    // answers per run (a slow machine) that overstates the figure, by up to connections / answers per run
    const perRun = d2.requests / (d2.reps?.length || 1);
    const skew =
      perRun < 20 * r.settings.CONNECTIONS
        ? ` — only ${f0(perRun)} answers per run at ${r.settings.CONNECTIONS} connections, so overstated by up to ${(1 + r.settings.CONNECTIONS / perRun).toFixed(1)}×`
        : '';
    t.push(
      `- ${verdict(total <= 6)} End to end, scenario 2 (dashboard) through ours: ${total.toFixed(2)} ms CPU per request over every process (${parts}; target ≤ 6 ms; 13.3 in round one)${skew}.`,
    );
  }
  const refusal = (error) => (/cost/i.test(String(error)) ? "over the gateway's operation cost limit of 25 000" : String(error).slice(0, 80));
  const big = e2e.find((x) => x.scenario === '3@1000' && x.contender === 'ours');
  if (big?.cpuMsPerRequest?.gateway !== undefined) {
    const perRun = big.requests / (big.reps?.length || 1);
    const skew =
      perRun < 20 * r.settings.CONNECTIONS
        ? ` — only ${f0(perRun)} answers in the run at ${r.settings.CONNECTIONS} connections, so overstated by up to ${(1 + r.settings.CONNECTIONS / perRun).toFixed(1)}×`
        : '';
    t.push(
      `- ${verdict(big.cpuMsPerRequest.gateway <= 5)} Gateway result shaping at 1000 list items (scenario 3 with 1000 board items, end to end): ${big.cpuMsPerRequest.gateway.toFixed(2)} ms gateway CPU per request (target ≤ 5 ms; 10.7 before)${skew}.`,
    );
  }
  const s1 = get(e2e, 1, 'ours');
  const d1 = e2e.find((x) => x.scenario === 1 && x.contender.startsWith('direct'));
  if (s1 && d1)
    t.push(
      `- ${verdict(s1.rps >= 0.7 * d1.rps)} Scenario 1, end to end: ours reaches ${((s1.rps / d1.rps) * 100).toFixed(0)}% of calling core directly (target ≥ 70%).`,
    );
  const c5 = get(e2e, 5, 'ours+cache');
  const u5 = get(e2e, 5, 'ours');
  if (c5 && u5)
    t.push(
      `- ${verdict(c5.rps >= 10 * u5.rps)} Scenario 5: cached ${f0(c5.rps)} req/s vs uncached ${f0(u5.rps)} req/s = ${ratio(c5.rps, u5.rps)} (target ≥ 10×).`,
    );
  const half = e2e.find((x) => x.scenario === 4 && String(x.contender).startsWith('ours@'));
  if (half)
    t.push(
      `- ${verdict(half.p99 < 30 && half.errors === 0)} reportEmergency through our gateway at half its maximum (${half.contender.split('@')[1]}${half.reps?.[0]?.paced ? ', requests paced evenly' : ''}): p50 ${f1(half.p50)} ms, p99 ${f1(half.p99)} ms (target < 30 ms; 40.5 before), errors ${half.errors}.`,
    );
  if (r.soak) {
    const trend = soakTrend(r.soak.samples, 'rssMiB');
    const heapTrend = soakTrend(r.soak.samples, 'heapUsedMiB');
    const rssText = `RSS ${f1(r.soak.firstMiB)} → ${f1(r.soak.lastMiB)} MiB (first vs last 30 s after warm-up, ${f1(r.soak.growthPct)}%)${trend ? `, least-squares trend ${trend.pctPer10Min >= 0 ? '+' : ''}${f1(trend.pctPer10Min)}% per 10 minutes, range ${f0(trend.min)}–${f0(trend.max)} MiB, by minute (median): ${trend.byMinute.map(f0).join(', ')}` : ''}`;
    if (Number.isFinite(r.soak.heapGrowthPct)) {
      // the verdict is on what survives a full collection; RSS also holds garbage not yet collected
      t.push(
        `- ${verdict(r.soak.heapGrowthPct < 5)}${r.soak.seconds < 600 ? ' (shortened run)' : ''} Memory over ${r.soak.seconds} s of steady load (our gateway): JavaScript heap still in use after a full garbage collection ${f1(r.soak.heapFirstMiB)} → ${f1(r.soak.heapLastMiB)} MiB (first two vs last two probes after warm-up, ${f1(r.soak.heapGrowthPct)}%, target < 5%)${heapTrend ? `; trend ${heapTrend.pctPer10Min >= 0 ? '+' : ''}${f1(heapTrend.pctPer10Min)}% per 10 minutes, probes every 30 s: ${heapTrend.values.map(f1).join(', ')} MiB` : ''}. ${rssText}.`,
      );
    } else
      t.push(
        `- ${verdict(r.soak.growthPct < 5)}${r.soak.seconds < 600 ? ' (shortened run)' : ''} Memory over ${r.soak.seconds} s of steady load: ${rssText} (target < 5%).`,
      );
  }
  if (r.sql?.length) {
    // a size the gateway refused (its operation cost limit) counted nothing: it is said, not compared
    const refused = r.sql.filter((x) => !x.ok);
    const grows = [2, 3].filter((sc) => {
      const xs = r.sql.filter((x) => x.scenario === sc && x.ok);
      return xs.length && xs.some((x) => x.total !== xs[0].total);
    });
    const byName = (sc) => {
      const xs = r.sql.filter((x) => x.scenario === sc);
      return Object.keys(xs[0]?.per ?? {})
        .filter((n) => xs.some((x) => x.per[n] !== xs[0].per[n]))
        .map((n) => `${n} ${xs.map((x) => x.per[n]).join('/')}`)
        .join(', ');
    };
    t.push(
      `- ${verdict(!grows.length)} SQL statements per operation at list sizes 10/100/1000 (target: no growth): ${[2, 3]
        .map(
          (sc) =>
            `scenario ${sc} ${r.sql
              .filter((x) => x.scenario === sc)
              .map((x) => (x.ok ? x.total : 'refused'))
              .join('/')}`,
        )
        .join(
          '; ',
        )}${grows.length ? ` — grows in ${grows.map((sc) => `scenario ${sc} (${byName(sc)})`).join(' and ')}: one or two statements per aliased page of 100, not per item` : ''}${refused.length ? `; refused by the gateway, so not counted: ${refused.map((x) => `scenario ${x.scenario} at ${x.n} (${refusal(x.error)})`).join(', ')}` : ''}.`,
    );
  }
  if (r.sizes?.length)
    t.push(
      `- (reported) Scenario 3 latency as the list grows: ${r.sizes.map((x) => `${x.n} items p50 ${f1(x.p50)} / p99 ${f1(x.p99)} ms`).join('; ')} (table below).`,
    );
  for (const b of r.bookingRace ?? [])
    t.push(
      `- ${verdict(b.exact)} Queue booking under contention through ${b.contender} (${b.title.replace(/^health: /, '').replace(/ \(gateway\)$/, '')}): ${b.granted} granted, ${b.refusedFull} refused as full, ${b.otherErrors} other answers (target: exactly as many granted as there are places, each number once, the rest refused as full); ${f1(b.reqPerSec)} req/s, p50 ${f0(b.p50Ms)} / p99 ${f0(b.p99Ms)} ms (reported).`,
    );
  for (const x of e2e.filter((y) => y.scenario === 9))
    t.push(
      `- (reported) Scenario 9, "Layanan saya" in one operation through ${x.contender}: p50 ${f1(x.p50)} / p99 ${f1(x.p99)} ms at ${r.settings.CONNECTIONS} connections, ${f0(x.rps)} req/s, errors ${x.errors}.`,
    );
  {
    // memory: the gateway's largest RSS under load over the end-to-end cells, ours against stock
    // on the scenarios both ran (the list-size and growth cells run through ours only)
    const both = new Set(e2e.filter((x) => x.contender === 'stock').map((x) => x.scenario));
    const peak = (c) => Math.max(...e2e.filter((x) => x.contender === c && both.has(x.scenario) && x.rssUnderLoad?.gateway).map((x) => x.rssUnderLoad.gateway));
    const o = peak('ours');
    const st = peak('stock');
    if (Number.isFinite(o) && Number.isFinite(st))
      t.push(
        `- ${verdict(o <= st)} Memory: our gateway's largest RSS under load ${f0(o)} MiB vs stock's ${f0(st)} MiB (the end-to-end scenarios both ran; target: no higher). Every process at rest and under load: table below.`,
      );
  }
  if (r.growth?.length) {
    const keys = [...new Set(r.growth.map((x) => x.key))];
    const flat = keys.filter((k) => {
      const xs = r.growth.filter((x) => x.key === k && x.ok);
      return xs.length && xs.every((x) => x.total === xs[0].total);
    });
    const refusedGrowth = r.growth.filter((x) => !x.ok);
    t.push(
      `- ${verdict(flat.length === keys.length)} SQL statements constant from 10 to 1000 items for the new lists: ${keys
        .map((k) => {
          const xs = r.growth.filter((x) => x.key === k);
          return `${k} ${xs.map((x) => (x.ok ? x.total : 'refused')).join('/')} (p99 ${xs.map((x) => (x.ok ? f0(x.p99) : '–')).join('/')} ms)`;
        })
        .join(
          '; ',
        )}${refusedGrowth.length ? `; refused, so not counted: ${refusedGrowth.map((x) => `${x.key} at ${x.n} (${refusal(x.error)})`).join(', ')}` : ''} (table below).`,
    );
  }
  if (r.coldStart) t.push(`- (reported) Cold start to ready: ${r.coldStart.map((c) => `${c.label} ${(c.ms / 1000).toFixed(1)} s`).join('; ')}.`);
  L.push(...(t.length ? t : ['- (no cells for the targets in this run)']));
  if (r.replayCheck) {
    L.push('');
    L.push(
      `Replay check: ${r.replayRecorded} distinct subgraph requests recorded through the real subgraphs; ${r.replayCheck.compared} gateway answers over the replay compared with the answers over the real subgraphs: ${r.replayCheck.differ} differ; ${r.replayCheck.misses} requests missed the recording.`,
    );
  }
  if (r.sizes?.length) {
    L.push('');
    L.push('## Scenario 3 as the list grows (end to end, ours)');
    L.push('');
    L.push('| service-status items | req/s | p50 ms | p99 ms |');
    L.push('| ---: | ---: | ---: | ---: |');
    for (const x of r.sizes) L.push(`| ${x.n} | ${f0(x.rps)} | ${f1(x.p50)} | ${f1(x.p99)} |`);
  }
  if (r.bookingRace?.length) {
    L.push('');
    L.push('## Health queue race (end to end, one race per gateway)');
    L.push('');
    L.push(
      '`bookingRace` of `bench/scenarios-health.mjs`: 500 residents (tokens signed beforehand, no logins in the measured part) each take a queue number for the same morning session with 100 JKN places, 64 at a time; each gateway races for another clinic of RSUD Bahteramas on a session nobody had booked. One race each, so no medians.',
    );
    L.push('');
    L.push('| contender | granted | refused full | other | exact | req/s | p50 ms | p99 ms | peak RSS MiB |');
    L.push('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
    for (const b of r.bookingRace)
      L.push(
        `| ${b.contender} | ${b.granted} | ${b.refusedFull} | ${b.otherErrors} | ${b.exact ? 'yes' : '**no**'} | ${f1(b.reqPerSec)} | ${f0(b.p50Ms)} | ${f0(b.p99Ms)} | ${f0(b.peakMiB)} |`,
      );
  }
  if (r.sql?.length) {
    L.push('');
    L.push('## SQL statements per operation');
    L.push('');
    L.push(
      "Counted by starting each subgraph once more through the kit's own `startSubgraph` with its `onQuery` hook (the hook the kit tests use; `bench/sql-subgraph.mjs`), sending the operation once to warm up, then once counted. Pages are at most 100 items (the kit's `MAX_PAGE_SIZE`), so a list of 1000 is asked as ten aliased pages.",
    );
    L.push('');
    const names = Object.keys(r.sql[0].per);
    L.push(`| scenario | list size asked | items in answer | ${names.join(' | ')} | total |`);
    L.push(`| --- | ---: | ---: | ${names.map(() => '---:').join(' | ')} | ---: |`);
    for (const x of r.sql)
      L.push(`| ${x.scenario} | ${x.n} | ${x.items} | ${names.map((n) => x.per[n]).join(' | ')} | ${x.total}${x.ok ? '' : ' (errors!)'} |`);
  }
  if (r.growth?.length) {
    L.push('');
    L.push('## Cost growth of the new lists (ours, end to end)');
    L.push('');
    L.push(
      'Each list asked at 10, 100 and 1000 items (1000 = ten aliased pages of 100 with cursors), after adding the rows the seed lacks (`bench/growth.mjs`). SQL statements counted per subgraph as in the table above; latency with 32 connections repeating the one operation (the in-flight sharing of identical queries applies: the figures without it are higher).',
    );
    L.push('');
    const names = Object.keys(r.growth[0].per);
    L.push(`| list | items asked | items in answer | ${names.join(' | ')} | SQL total | req/s | p50 ms | p99 ms | gateway CPU ms |`);
    L.push(`| --- | ---: | ---: | ${names.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: |`);
    for (const x of r.growth)
      L.push(
        `| ${x.title} | ${x.n} | ${x.items} | ${names.map((n) => x.per[n]).join(' | ')} | ${x.total}${x.ok ? '' : ' (errors!)'} | ${f0(x.rps)} | ${f1(x.p50)} | ${f1(x.p99)} | ${Number.isFinite(x.cpu?.gateway) ? x.cpu.gateway.toFixed(2) : '–'} |`,
      );
  }
  if (r.memoryAtRest) {
    // every process: RSS at rest (after start-up, before any load) and the largest under load (sampled each second)
    const procs = Object.keys(r.memoryAtRest);
    const under = (n, c = 'ours') => Math.max(...e2e.filter((x) => x.contender === c && x.rssUnderLoad?.[n]).map((x) => x.rssUnderLoad[n]));
    L.push('');
    L.push('## Memory per process (RSS MiB)');
    L.push('');
    L.push(
      'At rest: after start-up and the logins, before any load. Under load: the largest RSS sampled each second during the measured runs of the end-to-end cells through ours (subgraphs, PostgreSQL: all its processes) or through each gateway.',
    );
    L.push('');
    L.push('| process | at rest | under load |');
    L.push('| --- | ---: | ---: |');
    for (const n of procs) L.push(`| ${n} | ${f0(r.memoryAtRest[n])} | ${f0(under(n))} |`);
    for (const c of ['ours', 'stock', 'hive', 'hive-rust']) {
      const rest = e2e.filter((x) => x.contender === c && Number.isFinite(x.restMiB)).map((x) => x.restMiB);
      if (rest.length) L.push(`| gateway: ${c} | ${f0(Math.min(...rest))} | ${f0(under('gateway', c))} |`);
    }
  }
  if (r.layananItems) {
    L.push('');
    L.push(
      `Scenario 9's answers hold, over its ${r.layananItems.citizens} residents: ${Object.entries(r.layananItems.per)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} items.`,
    );
  }
  if (r.memory) {
    L.push('');
    L.push(
      `Memory after the load (RSS / peak MiB): ${Object.entries(r.memory)
        .map(([n, m]) => `${n} ${f0(m.rssMiB)}${m.peakMiB ? ` / ${f0(m.peakMiB)}` : ''}`)
        .join(', ')} (postgres: all its processes).`,
    );
  }
  {
    // every gateway too: its RSS right after its last cell in each tier (peak in the tables above)
    const parts = [];
    for (const tier of ['e2e', 'replay']) {
      const last = new Map();
      for (const x of r.runs.filter((y) => y.tier === tier && Number.isFinite(y.rssMiB) && !String(y.contender).startsWith('direct')))
        last.set(String(x.contender).split('@')[0], x);
      if (last.size)
        parts.push(`${tier === 'e2e' ? 'end to end' : 'gateway only'}: ${[...last].map(([c, x]) => `${c} ${f0(x.rssMiB)} / ${f0(x.peakMiB)}`).join(', ')}`);
    }
    if (parts.length) L.push(`Gateways after their last cell (RSS / peak MiB): ${parts.join('; ')}.`);
  }
  if (r.coldStart)
    L.push(
      `Cold start of \`node scripts/start.mjs\` (what \`npm start\` runs after its build) to the gateway's /ready: ${r.coldStart.map((c) => `${c.label} ${(c.ms / 1000).toFixed(1)} s`).join('; ')}.`,
    );
  if (r.notes.length) {
    L.push('');
    L.push('Notes:');
    for (const n of r.notes) L.push(`- ${n}`);
  }
  L.push('');
  return L.join('\n');
}

/** The soak's samples after the 60 s warm-up: linear trend (as % of the mean per 10 minutes), range, medians by minute. */
function soakTrend(samples, key) {
  const warm = (samples ?? []).filter((x) => x.s >= 60 && Number.isFinite(x[key]));
  if (warm.length < 3) return null;
  const n = warm.length;
  const mx = warm.reduce((a, x) => a + x.s, 0) / n;
  const my = warm.reduce((a, x) => a + x[key], 0) / n;
  const slope = warm.reduce((a, x) => a + (x.s - mx) * (x[key] - my), 0) / warm.reduce((a, x) => a + (x.s - mx) ** 2, 0);
  const minutes = new Map();
  for (const x of warm) minutes.set(Math.floor(x.s / 60), [...(minutes.get(Math.floor(x.s / 60)) ?? []), x[key]]);
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const values = warm.map((x) => x[key]);
  return { n, pctPer10Min: ((slope * 600) / my) * 100, min: Math.min(...values), max: Math.max(...values), byMinute: [...minutes.values()].map(med), values };
}

function loadRange(r) {
  const ones = r.runs.map((x) => Number(String(x.load).split(' ')[0])).filter(Number.isFinite);
  return ones.length ? `1-min load ${Math.min(...ones).toFixed(2)}–${Math.max(...ones).toFixed(2)}` : 'n/a';
}

// `node bench/report.mjs <raw run JSON> [out.md]`: the report again from a run's raw results (bench/results/raw/)
if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const { writeFileSync } = await import('node:fs');
  const [input, output] = process.argv.slice(2);
  const results = JSON.parse(readFileSync(input, 'utf8'));
  const sdlNames = results.subgraphs ?? Object.keys(results.memoryAtRest ?? {}).filter((n) => n !== 'postgres');
  const md = writeReport(results, { sdlNames });
  if (output) writeFileSync(output, md);
  else process.stdout.write(md);
}
