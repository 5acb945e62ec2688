// Stands in for every subgraph in the gateway-only tier. Two modes:
//   record: node bench/replay-server.mjs record <port> <store.json> name=url,name=url...
//           forwards each request to the real subgraph and keeps the answer (POST /__save writes it)
//   replay: node bench/replay-server.mjs replay <port> <store.json>
//           answers each request with the recorded answer; an unknown request is a 502 (counted)
// Requests are keyed by subgraph + the normalised body (query with whitespace collapsed,
// operationName, variables with sorted keys) + the authorization header; volatile headers such as
// x-request-id or traceparent are not part of the key.
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';

const [mode, portArg, storeFile, upstreamArg = ''] = process.argv.slice(2);
const upstreams = Object.fromEntries(
  upstreamArg
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=')),
);
const store = mode === 'replay' ? new Map(Object.entries(JSON.parse(readFileSync(storeFile, 'utf8')))) : new Map();
const stats = { hits: 0, misses: 0, recorded: 0, firstMiss: null };

const sorted = (v) =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted(v[k])]),
        )
      : v;
export function keyOf(name, body, authorization) {
  let j;
  try {
    j = JSON.parse(body);
  } catch {
    return `${name}|${body}|${authorization ?? ''}`;
  }
  const query = String(j.query ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name}|${query}|${j.operationName ?? ''}|${JSON.stringify(sorted(j.variables ?? {}))}|${authorization ?? ''}`;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function forward(url, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(headers.authorization ? { authorization: headers.authorization } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/__stats') return res.end(JSON.stringify({ ...stats, size: store.size }));
    if (path === '/health') return res.end('ok');
    if (path === '/__save') {
      writeFileSync(storeFile, JSON.stringify(Object.fromEntries(store)));
      return res.end(JSON.stringify({ saved: store.size }));
    }
    const name = path.split('/')[1];
    const body = Buffer.concat(chunks).toString('utf8');
    const key = keyOf(name, body, req.headers.authorization);
    if (mode === 'record') {
      try {
        const r = await forward(upstreams[name], body, req.headers);
        if (r.status === 200) {
          store.set(key, r.body);
          stats.recorded++;
        }
        res.writeHead(r.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) });
        return res.end(r.body);
      } catch (err) {
        res.writeHead(502);
        return res.end(String(err));
      }
    }
    const hit = store.get(key);
    if (hit === undefined) {
      stats.misses++;
      if (!stats.firstMiss) stats.firstMiss = key.slice(0, 500);
      const text = JSON.stringify({ errors: [{ message: 'replay: no recorded answer for this request' }] });
      res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      return res.end(text);
    }
    stats.hits++;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(hit) });
    res.end(hit);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(portArg), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
