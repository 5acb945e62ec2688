#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package, and the
// inclusive time of functions whose name matches a filter. Usage:
//   node bench/lib/prof-top.mjs <file.cpuprofile> [top=25] [filter-regex]
import { readFileSync } from 'node:fs';

const [file, topArg, filter] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// self time per node from the samples and their time deltas
const self = new Map();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (cf) => {
  const url = cf.url || '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/work/main/'))
    return url
      .replace(/.*\/work\/main\//, '')
      .split('/')
      .slice(0, 2)
      .join('/');
  return url ? url.replace(/^node:/, 'node:') : cf.functionName.startsWith('(') ? cf.functionName : '(native)';
};
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
const fn = new Map();
const pkg = new Map();
for (const [id, t] of self) {
  const cf = byId.get(id).callFrame;
  add(fn, `${cf.functionName || '(anonymous)'} ${where(cf)}:${cf.lineNumber + 1}`, t);
  add(pkg, where(cf), t);
}
const pct = (t) => `${((t / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
console.log('\nself time by package / file:');
for (const [k, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
console.log('\nself time by function:');
for (const [k, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
if (filter) {
  // inclusive: a sample counts once for every distinct matching function on its stack
  const re = new RegExp(filter);
  const incl = new Map();
  for (const [id, t] of self) {
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const cf = byId.get(x).callFrame;
      const k = `${cf.functionName || '(anonymous)'} ${where(cf)}:${cf.lineNumber + 1}`;
      if (re.test(k) && !seen.has(k)) {
        seen.add(k);
        add(incl, k, t);
      }
    }
  }
  console.log(`\ninclusive time of functions matching /${filter}/:`);
  for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
}
