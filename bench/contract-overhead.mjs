#!/usr/bin/env node
// What the public contract and the trusted-document check cost per request (issue 17), in one process:
// `node bench/contract-overhead.mjs` (after `npm run build`). Two measurements:
// 1. the per-request work the gateway adds before Apollo (trusted-document resolution: a sha256 of the
//    query and a map lookup; the cache analysis: a map lookup by that hash), in µs, by itself;
// 2. whole requests over HTTP to an in-process gateway whose one subgraph is a stub answering at once,
//    anonymous, with the contract (a second ApolloGateway on schema/public.graphql) and without it
//    (everyone on the whole graph), alternating rounds; the response cache is off so every request runs.
// Settings (env): OVERHEAD_REQUESTS=2000 OVERHEAD_ROUNDS=4 OVERHEAD_ITERATIONS=200000
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { envInt, median, root } from './lib/util.mjs';

const require = createRequire(import.meta.url);
const { createGateway } = require(path.join(root, 'gateway/dist/gateway.js'));
const { DocumentAnalyser, cacheHintsOf } = require(path.join(root, 'gateway/dist/cache-policy.js'));
const { TrustedDocuments, resolveDocument } = require(path.join(root, 'gateway/dist/trusted-documents.js'));
const { buildSchema } = require(require.resolve('graphql', { paths: [path.join(root, 'gateway')] }));

const REQUESTS = envInt('OVERHEAD_REQUESTS', 2000);
const ROUNDS = envInt('OVERHEAD_ROUNDS', 4);
const ITERATIONS = envInt('OVERHEAD_ITERATIONS', 200_000);
const supergraphPath = path.join(root, 'schema/supergraph.graphql');
const contractPath = path.join(root, 'schema/public.graphql');
const QUERY = 'query Agencies { agencies { id shortName name kind } }';
const silent = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return silent;
  },
};

// 1. the pre-Apollo work alone
{
  const contract = buildSchema(readFileSync(contractPath, 'utf8'));
  const analyser = new DocumentAnalyser({ contract }, cacheHintsOf(readFileSync(supergraphPath, 'utf8')), 5000);
  const docs = new TrustedDocuments({}, []);
  const params = { query: QUERY, operationName: 'Agencies', variables: {} };
  const once = () => {
    const d = resolveDocument(params, undefined, docs, 'allow');
    return analyser.analyse('contract', d.query, d.queryHash, 'Agencies');
  };
  for (let i = 0; i < 10_000; i++) once();
  const t = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) once();
  const us = Number(process.hrtime.bigint() - t) / 1e3 / ITERATIONS;
  console.log(`pre-Apollo work per request (trusted-document resolution + cache analysis lookup): ${us.toFixed(2)} µs`);
}

// 2. whole requests, with and without the contract
const stub = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { agencies: [{ id: 'a', shortName: 'A', name: 'Agency', kind: 'DINAS' }] } }));
  });
});
await new Promise((r) => stub.listen(0, '127.0.0.1', () => r(undefined)));
const stubUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (stub.address()).port}/graphql`;
const routingNames = [...readFileSync(supergraphPath, 'utf8').matchAll(/@join__graph\(name: "(\w+)"/g)].map((m) => m[1]);
const subgraphUrls = Object.fromEntries(routingNames.map((n) => [n, stubUrl]));

async function gatewayWith(contract) {
  const gw = await createGateway({
    supergraphPath,
    contractPath: contract ? contractPath : null,
    authSecret: 'overhead-bench-secret-0123456789abcdefghij',
    corsOrigins: [],
    subgraphUrls,
    logLevel: 'fatal',
    responseCacheTtl: 0,
  });
  return gw.listen(0);
}

async function round(url) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ query: QUERY, operationName: 'Agencies' });
  const one = () =>
    new Promise((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  for (let i = 0; i < 200; i++) await one();
  const t = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await one();
  agent.destroy();
  return Number(process.hrtime.bigint() - t) / 1e3 / REQUESTS;
}

const without = await gatewayWith(false);
const withContract = await gatewayWith(true);
const a = [];
const b = [];
for (let r = 0; r < ROUNDS; r++) {
  a.push(await round(without.url));
  b.push(await round(withContract.url));
}
console.log(`whole request, anonymous, whole graph (no contract): median ${median(a).toFixed(0)} µs  (rounds: ${a.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`whole request, anonymous, public contract:          median ${median(b).toFixed(0)} µs  (rounds: ${b.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`difference: ${(median(b) - median(a)).toFixed(0)} µs per request (noise on a loaded machine is of the same order)`);
await without.close();
await withContract.close();
stub.close();
