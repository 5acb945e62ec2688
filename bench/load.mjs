// The load generator, in its own process: autocannon against one URL with a rotating list of
// requests; every response is parsed and checked against the scenario's expected shape.
// Usage: node bench/load.mjs <config.json>   (prints one JSON line with the result)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import autocannon from 'autocannon';
import { CHECKS, emergencyInput, REPORT_EMERGENCY } from './scenarios.mjs';
import { root } from './lib/util.mjs';

const cfg = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const check = CHECKS[cfg.check.name](cfg.check.arg);
let ok = 0;
let bad = 0;
let firstBad = null;
const latencies = [];

function onResponse(status, body) {
  let good = false;
  try {
    const j = JSON.parse(body);
    good = status === 200 && !j.errors && check(j.data);
  } catch {
    good = false;
  }
  if (good) ok++;
  else {
    bad++;
    if (!firstBad) firstBad = `${status} ${String(body).slice(0, 400)}`;
  }
}

let requests;
if (cfg.emergency) {
  // every report from a different (token-verified) caller at a different place: the per-caller
  // throttles of Fire Button stay untouched, so what is measured is the write itself
  const require = createRequire(import.meta.url);
  const kit = require(path.join(root, 'subgraphs/kit/dist'));
  const { randomUUID } = await import('node:crypto');
  let i = 0;
  requests = [
    {
      method: 'POST',
      setupRequest(req) {
        i++;
        const token = kit.signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Bench Caller' }, cfg.emergency.secret, 3600);
        req.headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
        req.body = JSON.stringify({ query: REPORT_EMERGENCY, variables: { input: emergencyInput(i) } });
        return req;
      },
      onResponse,
    },
  ];
} else {
  // the rotation is shifted per connection so that concurrent connections ask different things
  requests = cfg.requests.map((r) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...r.headers }, body: r.body, onResponse }));
}

const instance = autocannon({
  url: cfg.url,
  connections: cfg.connections,
  duration: cfg.duration,
  ...(cfg.overallRate ? { overallRate: cfg.overallRate } : {}),
  requests,
  timeout: 10,
});
instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
const r = await instance;
latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
const errors = r.errors + r.timeouts + bad;
process.stdout.write(
  `${JSON.stringify({
    requests: ok + bad,
    ok,
    rps: (ok + bad) / (r.duration || cfg.duration),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors,
    socketErrors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    mismatches: bad,
    firstBad,
  })}\n`,
);
