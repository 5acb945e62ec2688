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
    'Contenders, on the same supergraph file and the same running subgraphs, one at a time: **ours** (`gateway/`, response cache off except where marked), **stock** (`@apollo/gateway` + `@apollo/server` defaults, `bench/contenders/stock-apollo.mjs`), **hive** (`@graphql-hive/gateway`, `--fork 1`), **direct** (the one subgraph the scenario touches, no gateway). Every response is parsed and checked against the expected shape; "errors" counts transport errors, non-200s, GraphQL errors and wrong shapes.',
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
    L.push('| scenario | contender | req/s | p50 ms | p95 ms | p99 ms | errors / requests | peak RSS MiB | vs stock | vs hive |');
    L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const x of runs) {
      const stock = runs.find((y) => y.scenario === x.scenario && y.contender === 'stock');
      const hive = runs.find((y) => y.scenario === x.scenario && y.contender === 'hive');
      L.push(
        `| ${SCENARIOS[x.scenario]?.title ?? x.scenario} | ${x.contender} | ${f0(x.rps)} | ${f1(x.p50)} | ${f1(x.p95)} | ${f1(x.p99)} | ${x.errors} / ${x.requests} | ${f0(x.peakMiB)} | ${x.contender === 'stock' ? '' : ratio(x.rps, stock?.rps)} | ${x.contender === 'hive' ? '' : ratio(x.rps, hive?.rps)} |`,
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
  for (const s of [2, 3]) {
    const o = get(rep, s, 'ours');
    const st = get(rep, s, 'stock');
    const h = get(rep, s, 'hive');
    if (o) {
      const met = st && h && o.rps >= 2 * st.rps && o.rps > h.rps && o.p99 <= st.p99 && o.p99 <= h.p99;
      t.push(
        `- ${verdict(met)} Gateway only, scenario ${s}: ours ${ratio(o.rps, st?.rps)} stock (target ≥ 2×), ${ratio(o.rps, h?.rps)} hive (target > 1×); p99 ${f1(o.p99)} ms vs stock ${f1(st?.p99)} / hive ${f1(h?.p99)} ms (target: no worse than either).`,
      );
    }
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
      `- ${verdict(half.p99 < 50 && half.errors === 0)} reportEmergency through our gateway at half its maximum (${half.contender.split('@')[1]}${half.reps?.[0]?.paced ? ', requests paced evenly' : ''}): p50 ${f1(half.p50)} ms, p99 ${f1(half.p99)} ms (target < 50 ms), errors ${half.errors}.`,
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
    const grows = [2, 3].filter((sc) => {
      const xs = r.sql.filter((x) => x.scenario === sc);
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
              .map((x) => x.total)
              .join('/')}`,
        )
        .join(
          '; ',
        )}${grows.length ? ` — grows in ${grows.map((sc) => `scenario ${sc} (${byName(sc)})`).join(' and ')}: one or two statements per aliased page of 100, not per item` : ''}.`,
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
