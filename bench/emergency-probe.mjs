#!/usr/bin/env node
// reportEmergency at a steady, evenly paced rate against a running system (npm start), timed from when
// each request was due (so queueing counts). Each request carries a new citizen's token (no throttle).
//   AUTH_SECRET=... node bench/emergency-probe.mjs <url> [kel|nokel] [rate/s] [seconds]
//   e.g. node bench/emergency-probe.mjs http://127.0.0.1:4000/graphql kel 90 15   (through the gateway)
//        node bench/emergency-probe.mjs http://127.0.0.1:4005/graphql kel 90 15   (firebutton directly)
// `kel` also asks the report's kelurahan name, as the portal does.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
const require = createRequire(import.meta.url);
const kit = require('../subgraphs/kit/dist');
const [url, withKel, rate, seconds] = [process.argv[2], process.argv[3] === 'kel', Number(process.argv[4] ?? 90), Number(process.argv[5] ?? 15)];
const Q = `mutation R($input: ReportEmergencyInput!) { reportEmergency(input: $input) { replayed report { id trackingCode station { id name } ${withKel ? 'kelurahan { id name }' : ''} } } }`;
// the running system's secret (npm start keeps the one it generated in .data/auth-secret)
const SECRET = process.env.AUTH_SECRET;
if (!SECRET) throw new Error("AUTH_SECRET (the running system's) is required");
const lat = [-4.02, -3.96],
  lng = [122.48, 122.6];
const lats = [];
let errors = 0,
  i = 0;
const t0 = performance.now();
const pending = [];
while (performance.now() - t0 < seconds * 1000) {
  const due = t0 + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const n = i++;
  const token = kit.signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Bench' }, SECRET, 3600);
  const input = {
    kind: 'FIRE',
    latitude: lat[0] + (lat[1] - lat[0]) * (((n * 389) % 1000) / 1000),
    longitude: lng[0] + (lng[1] - lng[0]) * (((n * 617) % 1000) / 1000),
    description: 'probe',
    idempotencyKey: `probe-${process.pid}-${n}`,
  };
  pending.push(
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: Q, variables: { input } }),
    })
      .then((r) => r.json())
      .then((b) => {
        if (b.errors) {
          errors++;
          if (errors < 3) console.log(JSON.stringify(b.errors).slice(0, 300));
        }
        lats.push(performance.now() - due);
      }),
  );
}
await Promise.all(pending);
lats.sort((a, b) => a - b);
const q = (p) => lats[Math.min(lats.length - 1, Math.floor(p * lats.length))].toFixed(1);
console.log(`${url} kel=${withKel} rate=${rate}/s n=${lats.length} errors=${errors} p50=${q(0.5)} p95=${q(0.95)} p99=${q(0.99)} max=${q(0.9999)}`);
