#!/usr/bin/env node
// The throttle's cost per emergency report: a citizen's six counts (the report's mark, four place cells, the
// total) one by one through `hit` against one `hitAll`, alternating, in one process, against a real PostgreSQL.
//   node bench/throttle-hitall.mjs postgres://postgres@127.0.0.1:5432/postgres [reports per round]
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const kit = require('../subgraphs/kit/dist');
const [url, reps] = [process.argv[2] ?? process.env.DATABASE_URL, Number(process.argv[3] ?? 400)];
if (!url) throw new Error('a PostgreSQL URL is required (argument or DATABASE_URL)');
const { release } = await kit.configureThrottleStore({ databaseUrl: url, keySecret: `bench-${process.pid}` });
const rule = (name, points) => kit.createThrottle({ name: `bench.${name}-${process.pid}`, points, windowSeconds: 600 });
const [mark, place, total] = [rule('mark', 1), rule('place', 1), rule('total', 5)];
let n = 0;
const countsOfOneReport = () => {
  const caller = `caller-${n++}`;
  return [{ throttle: mark, key: caller }, ...[1, 2, 3, 4].map((c) => ({ throttle: place, key: `${caller}|${c}` })), { throttle: total, key: caller }];
};
const oneByOne = async () => {
  for (const h of countsOfOneReport()) if (!(await h.throttle.hit(h.key)).allowed) throw new Error('refused');
};
const together = async () => {
  if (!(await kit.hitAll(countsOfOneReport())).allowed) throw new Error('refused');
};
async function measure(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await fn();
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: (performance.now() - t0) / reps, clientCpuMs: (cpu.user + cpu.system) / 1000 / reps };
}
const rows = [];
for (let round = 1; round <= 4; round++) {
  for (const { label, fn } of [
    { label: 'one by one (hit x6)', fn: oneByOne },
    { label: 'hitAll (one round trip)', fn: together },
  ]) {
    const m = await measure(fn);
    rows.push({ round, label, ...m });
    console.log(`round ${round} ${label.padEnd(24)} ${m.wallMs.toFixed(3)} ms wall, ${m.clientCpuMs.toFixed(3)} ms client CPU per report`);
  }
}
const last = (label) => rows.filter((r) => r.label === label && r.round > 1); // round 1 warms up
const avg = (xs, k) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
for (const label of ['one by one (hit x6)', 'hitAll (one round trip)'])
  console.log(`rounds 2-4, ${label}: ${avg(last(label), 'wallMs').toFixed(3)} ms wall, ${avg(last(label), 'clientCpuMs').toFixed(3)} ms client CPU`);
await release();
