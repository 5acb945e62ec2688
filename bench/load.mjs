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

// Bodies that passed the full check: a byte-identical body later is the same answer, so it is counted
// good without parsing it again (at ~15 000 cached answers a second, parsing each one made the load
// generator, not the gateway, the limit of scenario 5). Any other body is parsed and checked in full.
const checkedBodies = new Set();
function onResponse(status, body) {
  let good = false;
  const text = String(body);
  if (status === 200 && checkedBodies.has(text)) good = true;
  else {
    try {
      const j = JSON.parse(text);
      good = status === 200 && !j.errors && check(j.data);
    } catch {
      good = false;
    }
    if (good && checkedBodies.size < 1000) checkedBodies.add(text);
  }
  if (good) ok++;
  else {
    bad++;
    if (!firstBad) firstBad = `${status} ${String(body).slice(0, 400)}`;
  }
}

let requests;
/** The next request as headers + body (the paced mode sends it itself). */
let nextRequest;
if (cfg.emergency) {
  // every report from a different (token-verified) caller at a different place: the per-caller
  // throttles of Fire Button stay untouched, so what is measured is the write itself
  const require = createRequire(import.meta.url);
  const kit = require(path.join(root, 'subgraphs/kit/dist'));
  const { randomUUID } = await import('node:crypto');
  let i = 0;
  nextRequest = () => {
    i++;
    const token = kit.signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Bench Caller' }, cfg.emergency.secret, 3600);
    return {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: REPORT_EMERGENCY, variables: { input: emergencyInput(i) } }),
    };
  };
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
  // One rotation shared by all connections, so that concurrent connections ask different things.
  // (A list of requests given to autocannon is walked by every connection from the start, in step:
  // then most requests in flight were identical, which flatters any gateway that coalesces them.)
  let k = 0;
  nextRequest = () => {
    const r = cfg.requests[k++ % cfg.requests.length];
    return { headers: { 'content-type': 'application/json', ...r.headers }, body: r.body };
  };
  requests = [
    {
      method: 'POST',
      setupRequest(req) {
        const { headers, body } = nextRequest();
        req.headers = headers;
        req.body = body;
        return req;
      },
      onResponse,
    },
  ];
}

if (cfg.overallRate) {
  // A fixed rate (the "p99 at half of the maximum" cell) is paced evenly: one request every
  // 1000/rate ms, latency counted from when the request was due (so a slow answer is not hidden by
  // sending the next one later). autocannon's own rate limit is not used for this: it lets every
  // connection send its share of each second at once at the start of that second, so at half the
  // maximum the second's requests arrive as one burst and the latency measured is that burst's queue.
  const { default: http } = await import('node:http');
  const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.connections });
  const target = new URL(cfg.url);
  const interval = 1000 / cfg.overallRate;
  const start = performance.now();
  const end = start + cfg.duration * 1000;
  let sent = 0;
  let socketErrors = 0;
  let timeouts = 0;
  let non2xx = 0;
  const inflight = new Set();
  const fire = (due) => {
    const { headers, body } = nextRequest();
    const p = new Promise((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: 10_000 },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
            onResponse(res.statusCode, Buffer.concat(chunks).toString('utf8'));
            resolve();
          });
        },
      );
      req.on('timeout', () => {
        timeouts++;
        req.destroy(new Error('timeout'));
      });
      req.on('error', () => {
        socketErrors++;
        resolve();
      });
      req.end(body);
    });
    inflight.add(p);
    p.then(() => inflight.delete(p));
  };
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (start + sent * interval <= Math.min(now, end)) fire(start + sent++ * interval);
      if (now >= end) return resolve();
      setTimeout(tick, Math.max(0, Math.min(start + sent * interval - performance.now(), 5)));
    };
    tick();
  });
  await Promise.all([...inflight]);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
  process.stdout.write(
    `${JSON.stringify({ requests: ok + bad, ok, rps: (ok + bad) / cfg.duration, p50: pct(50), p95: pct(95), p99: pct(99), errors: socketErrors + timeouts + bad, socketErrors, timeouts, non2xx, mismatches: bad, firstBad, paced: true })}\n`,
  );
  process.exit(0);
}

const instance = autocannon({
  url: cfg.url,
  connections: cfg.connections,
  duration: cfg.duration,
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
