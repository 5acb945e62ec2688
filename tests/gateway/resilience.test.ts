import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ObjectTypeDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gql, gqlOk } from '@kendari/kit/testing';
import { createGateway } from '@kendari/gateway/dist/gateway';
import { subgraphTimeouts } from '@kendari/gateway/dist/env';
import { freePort, startStack, TEST_AUTH_SECRET, type Stack } from '../src/harness';
import { LOGIN } from '../src/trusted-documents';

/**
 * Issue 12 items 3 and 4: a frozen subgraph is given up after its deadline, and a subgraph that is down
 * only costs the fields it adds: the rest of the answer stands, with SERVICE_UNAVAILABLE errors that
 * carry the path of what is missing. The subgraphs run as processes (startStack); gateways with one
 * subgraph frozen or gone run in this process.
 */
let stack: Stack;
let token: string;
const gateways: Array<{ close(): Promise<void> }> = [];
const sockets = new Set<net.Socket>();
let frozen: net.Server;
let frozenUrl: string;

beforeAll(async () => {
  stack = await startStack({ label: 'resilience' });
  token = (
    await gqlOk(stack.gatewayUrl, LOGIN, {
      i: { identifier: '7471024506900001', password: DEMO_PASSWORD },
    })
  ).login.session.accessToken;
  // accepts connections and never answers
  frozen = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => frozen.listen(0, '127.0.0.1', () => r()));
  frozenUrl = `http://127.0.0.1:${(frozen.address() as net.AddressInfo).port}/graphql`;
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  for (const s of sockets) s.destroy();
  frozen?.close();
  await stack?.stop();
});

async function gatewayWith(overrides: Record<string, string>, timeouts: Record<string, number> = {}, maxResponseBytes?: number): Promise<string> {
  const gw = await createGateway({
    supergraphPath: path.resolve(__dirname, '../../schema/supergraph.graphql'),
    authSecret: TEST_AUTH_SECRET,
    corsOrigins: [],
    subgraphUrls: { ...stack.subgraphUrls, ...overrides },
    logLevel: 'fatal',
    subgraphTimeoutMs: 5_000,
    subgraphTimeouts: timeouts,
    maxResponseBytes,
  });
  const running = await gw.listen(0);
  gateways.push(running);
  return running.url;
}

const MONTH = '2026-11';
/** Every subgraph, from the one list (subgraphs/manifest.json). */
const SUBGRAPHS: string[] = JSON.parse(readFileSync(path.resolve(__dirname, '../../subgraphs/manifest.json'), 'utf8')).subgraphs.map(
  (s: { name: string }) => s.name,
);
/** Operations like the portal's, each with one root field: its owner, and the subgraphs whose fields it adds. */
const OPS: Array<{ name: string; query: string; root: string; owner: string; adds: string[]; token?: boolean }> = [
  {
    name: 'catalogue with status',
    query: '{ services(first: 3) { nodes { id name status { availability } } } }',
    root: 'services',
    owner: 'core',
    adds: ['jari'],
  },
  {
    name: 'kelurahan with stations and letters',
    query: '{ kelurahans { id name fireStations { distanceMetres } letterStats { issuedCount } } }',
    root: 'kelurahans',
    owner: 'core',
    adds: ['firebutton', 'laika'],
  },
  {
    name: 'agencies with status board',
    query: `{ agencies { id name serviceStatus { id } jariStats(month: "${MONTH}") { month } } }`,
    root: 'agencies',
    owner: 'core',
    adds: ['jari'],
  },
  {
    name: 'kecamatan emergency times',
    query: `{ kecamatans { id name emergencyStats(month: "${MONTH}") { totalIncidents } } }`,
    root: 'kecamatans',
    owner: 'core',
    adds: ['firebutton'],
  },
  {
    name: 'resident dashboard',
    query: '{ me { id name letterRequests(first: 3) { totalCount } fireReports(first: 3) { totalCount } jariReports(first: 3) { totalCount } } }',
    root: 'me',
    owner: 'core',
    adds: ['laika', 'firebutton', 'jari'],
    token: true,
  },
  { name: 'letter types', query: '{ letterTypes { id name } }', root: 'letterTypes', owner: 'laika', adds: [] },
  { name: 'fire stations', query: '{ fireStations { id name } }', root: 'fireStations', owner: 'firebutton', adds: [] },
];

/**
 * The portal's queries that need no variable, from its persisted-documents manifest (every operation the
 * portal can send: portal/graphql/generated/persisted-documents.json), one query per root field as the
 * portal's pages ask them. Each keeps only the fragments its field uses.
 */
function portalQueries(): Array<{ file: string; query: string; root: string }> {
  const manifest: Record<string, string> = JSON.parse(readFileSync(path.resolve(__dirname, '../../portal/graphql/generated/persisted-documents.json'), 'utf8'));
  const out: Array<{ file: string; query: string; root: string }> = [];
  for (const text of Object.values(manifest)) {
    const doc = parse(text);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    if (op.operation !== 'query') continue;
    if ((op.variableDefinitions ?? []).some((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)) continue;
    const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    for (const sel of op.selectionSet.selections) {
      if (sel.kind !== Kind.FIELD) continue;
      const used = new Set<string>();
      const spread = new Set<string>();
      const collect = (node: ASTNode) =>
        visit(node, {
          Variable: (v) => void used.add(v.name.value),
          FragmentSpread: (f) => {
            if (spread.has(f.name.value)) return;
            spread.add(f.name.value);
            collect(fragments.get(f.name.value)!);
          },
        });
      collect(sel);
      const single: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [
          {
            ...op,
            variableDefinitions: (op.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value)),
            selectionSet: { ...op.selectionSet, selections: [sel] },
          },
          ...[...spread].map((n) => fragments.get(n)!),
        ],
      };
      out.push({ file: op.name?.value ?? 'anonymous', query: print(single), root: (sel.alias ?? sel.name).value });
    }
  }
  return out;
}

/** Which subgraph answers each root query field (`@join__field(graph:)` in the supergraph). */
function rootOwners(): Map<string, string> {
  const doc = parse(readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'));
  const query = doc.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query')!;
  const owners = new Map<string, string>();
  for (const f of query.fields ?? []) {
    const graph = f.directives?.find((d) => d.name.value === 'join__field')?.arguments?.find((a) => a.name.value === 'graph')?.value;
    if (graph?.kind === Kind.ENUM) owners.set(f.name.value, graph.value.toLowerCase());
  }
  return owners;
}

/**
 * Portal queries a subgraph outage may still blank: none. A field of a live subgraph that points at the down
 * subgraph's entity (e.g. jari's `ServicePointStatus.service`) is nullable, as is every field added to another's
 * entity; the compose step refuses either when non-null (NON_NULL_ENTITY_REFERENCE, NON_NULL_CONTRIBUTED_FIELD).
 * An entry here would be an exception to justify, by subgraph down: `<operation name> <root field>`.
 */
const KNOWN_BLANKED: Record<string, string[]> = {};

type Err = { message: string; path?: Array<string | number>; extensions?: Record<string, unknown> };

function expectUnavailableWithPaths(errors: Err[] | undefined, root: string, what: string) {
  expect(errors?.length, what).toBeGreaterThan(0);
  for (const e of errors!) {
    expect(e.extensions?.code, `${what}: ${JSON.stringify(e)}`).toBe('SERVICE_UNAVAILABLE');
    expect(e.path?.[0], `${what}: ${JSON.stringify(e)}`).toBe(root);
    expect(JSON.stringify(e), what).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  }
}

describe('a frozen subgraph (issue 12 item 3)', () => {
  it('is given up after its own deadline: the rest answers, with SERVICE_UNAVAILABLE at the path', async () => {
    const url = await gatewayWith({ jari: frozenUrl }, { jari: 800 });
    const started = Date.now();
    const r = await gql(url, OPS[0].query);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.status).toBe(200);
    expect(r.data.services.nodes).toHaveLength(3);
    expect(r.data.services.nodes.every((n: any) => n.name && n.status === null)).toBe(true);
    expectUnavailableWithPaths(r.errors, 'services', 'frozen jari');
    expect(r.errors!.map((e) => e.path)).toContainEqual(['services', 'nodes', 0, 'status']);
  });

  it('ends the shared in-flight request too: identical queries at once all answer in time, and later ones as well', async () => {
    const url = await gatewayWith({ jari: frozenUrl }, { jari: 800 });
    for (let round = 0; round < 2; round++) {
      const started = Date.now();
      // the same entity fetch to jari from five callers at once: one request on the wire, shared by all
      const all = await Promise.all(
        Array.from({ length: 5 }, () => gql(url, '{ kecamatans { id } services(first: 2) { nodes { id status { availability } } } }')),
      );
      expect(Date.now() - started).toBeLessThan(3000);
      for (const r of all) {
        expect(r.data.kecamatans).toHaveLength(11);
        expect(r.data.services.nodes.map((n: any) => n.status)).toEqual([null, null]);
        expect(r.errors?.[0]).toMatchObject({ path: ['services', 'nodes', 0, 'status'], extensions: { code: 'SERVICE_UNAVAILABLE' } });
      }
    }
  });

  it('reads SUBGRAPH_<NAME>_TIMEOUT_MS per subgraph and refuses a bad value', () => {
    expect(subgraphTimeouts({ SUBGRAPH_JARI_TIMEOUT_MS: '1500', SUBGRAPH_CORE_URL: 'http://x' })).toEqual({ jari: 1500 });
    expect(() => subgraphTimeouts({ SUBGRAPH_JARI_TIMEOUT_MS: 'soon' })).toThrow(/SUBGRAPH_JARI_TIMEOUT_MS/);
  });
});

describe('each subgraph down in turn (issue 12 item 4)', () => {
  for (const down of SUBGRAPHS) {
    it(`with ${down} down, the rest of each answer still comes back, errors carry a path`, async () => {
      const dead = `http://127.0.0.1:${await freePort()}/graphql`;
      const url = await gatewayWith({ [down]: dead });
      for (const op of OPS) {
        const r = await gql(url, op.query, {}, op.token ? { token } : {});
        const what = `${down} down, ${op.name}`;
        expect(r.status, what).toBe(200);
        if (op.owner === down) {
          expect(r.data?.[op.root] ?? null, what).toBeNull();
          expectUnavailableWithPaths(r.errors, op.root, what);
          continue;
        }
        // the owner's part stands whole
        expect(r.data?.[op.root], what).toBeTruthy();
        if (op.adds.includes(down)) expectUnavailableWithPaths(r.errors, op.root, what);
        else expect(r.errors, what).toBeUndefined();
      }
      // every query of the portal (anonymous and as a resident): an outage nulls no root of a live subgraph
      const owners = rootOwners();
      const queries = portalQueries();
      expect(queries.length).toBeGreaterThan(20);
      const blanked = new Set<string>();
      for (const q of queries) {
        for (const auth of [{}, { token }]) {
          const r = await gql(url, q.query, {}, auth);
          const what = `${down} down, ${q.file} ${q.root}${'token' in auth ? ' (resident)' : ''}`;
          const unavailable = (r.errors ?? []).filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
          for (const e of unavailable) expect(e.path?.length, `${what}: ${JSON.stringify(e)}`).toBeGreaterThan(0);
          if (unavailable.length && owners.get(q.root) !== down && (r.data?.[q.root] ?? null) === null) blanked.add(`${q.file} ${q.root}`);
        }
      }
      expect([...blanked].filter((b) => !(KNOWN_BLANKED[down] ?? []).includes(b)).sort(), `${down} down: newly blanked`).toEqual([]);
    });
  }
});

describe('the answer size cap (issue 12 item 1)', () => {
  it('replaces an answer over the cap with RESPONSE_TOO_LARGE naming the limit', async () => {
    const url = await gatewayWith({}, {}, 4000);
    const big = await gql(url, '{ kelurahans { id name kecamatan { name } } }');
    expect(big.data ?? null).toBeNull();
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: 4000 });
    const small = await gql(url, '{ kecamatans { id } }');
    expect(small.data.kecamatans).toHaveLength(11);
  });
});

describe('a load balancer with no healthy replica behind it (issue 19)', () => {
  it('turns its 502/503/504 page into SERVICE_UNAVAILABLE at the path, and the rest answers', async () => {
    for (const status of [502, 503, 504]) {
      // what HAProxy or an ingress answers when every replica of a tier is down or draining
      const balancer = http.createServer((_req, res) => {
        res.writeHead(status, { 'content-type': 'text/html' });
        res.end(`<html><body><h1>${status} Service Unavailable</h1>No server is available to handle this request.</body></html>`);
      });
      await new Promise<void>((r) => balancer.listen(0, '127.0.0.1', () => r()));
      try {
        const url = await gatewayWith({ jari: `http://127.0.0.1:${(balancer.address() as net.AddressInfo).port}/graphql` });
        const r = await gql(url, OPS[0].query);
        expect(r.status).toBe(200);
        expect(r.data.services.nodes.every((n: any) => n.name && n.status === null)).toBe(true);
        expectUnavailableWithPaths(r.errors, 'services', `balancer ${status}`);
        expect(JSON.stringify(r.errors)).not.toMatch(/html|No server/i);
      } finally {
        balancer.close();
      }
    }
  });
});
