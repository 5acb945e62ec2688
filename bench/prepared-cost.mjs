#!/usr/bin/env node
// PostgreSQL's own CPU (its backend process, from /proc) per call of Fire Button's report insert: the text with
// the parameters written in (what MikroORM's `execute` sends: parsed and planned on every call) against one
// named prepared statement (kit `executePrepared`: planned once per connection). One connection, one at a time,
// inside a transaction that is rolled back, so the data is left as it was. Run on the machine of the database.
//   node bench/prepared-cost.mjs postgres://...   (a database `npm start` has migrated and seeded)
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const pg = require('pg');
const { INSERT_REPORT } = require('../subgraphs/firebutton/dist/report.js');
const url = process.argv[2] ?? process.env.DATABASE_URL;
if (!url) throw new Error('a PostgreSQL URL is required (argument or DATABASE_URL)');
const reps = 300;
const c = new pg.Client({ connectionString: url });
await c.connect();
const backend = (await c.query('select pg_backend_pid() as pid')).rows[0].pid;
const cpuMs = () => {
  const f = readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms
};
const kel = (await c.query('select id, kecamatan_id from firebutton.kelurahan_centroid order by id limit 1')).rows[0];
let n = 0;
const text = INSERT_REPORT.replace(/\?/g, () => `$${++n}`);
const params = (i) => {
  const lat = -4.02 + (0.06 * ((i * 389) % 1000)) / 1000;
  const lng = 122.48 + (0.12 * ((i * 617) % 1000)) / 1000;
  const code = `FB${randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}`;
  return [
    lat,
    lng,
    'FIRE',
    'ENGINE',
    lat,
    lng,
    randomUUID(),
    code,
    randomUUID(),
    'FIRE',
    lat,
    lng,
    'GPS',
    kel.id,
    kel.kecamatan_id,
    null,
    'bench',
    null,
    null,
    null,
  ];
};
// what MikroORM's execute sends: every parameter written into the text
const literal = (v) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const inline = (i) => {
  const p = params(i);
  let k = 0;
  return INSERT_REPORT.replace(/\?/g, () => literal(p[k++]));
};
async function measure(label, call) {
  for (let i = 0; i < 20; i++) await call(i);
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await call(i);
  const r = { label, postgresCpuMs: (cpuMs() - c0) / reps, wallMs: (performance.now() - t0) / reps };
  console.log(`${label.padEnd(40)} PostgreSQL CPU ${r.postgresCpuMs.toFixed(3)} ms, wall ${r.wallMs.toFixed(3)} ms per call`);
  return r;
}
await c.query('begin');
for (let round = 1; round <= 3; round++) {
  await measure(`round ${round}: parameters written in (execute)`, (i) => c.query(inline(i)));
  await measure(`round ${round}: prepared once (executePrepared)`, (i) => c.query({ name: 'bench-insert-report', text, values: params(i) }));
}
await c.query('rollback');
await c.end();
