import { readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Kind, parse, print, visit, type DocumentNode, type ObjectTypeDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gql, gqlOk } from '@kendari/kit/testing';
import { createGateway } from '@kendari/gateway/dist/gateway';
import { subgraphTimeouts } from '@kendari/gateway/dist/env';
import { freePort, startStack, TEST_AUTH_SECRET, type Stack } from '../src/harness';

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
    await gqlOk(stack.gatewayUrl, `mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`, {
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

/** The portal's queries that need no variable (the portal's operation list, as tests/portal/operations.test.ts reads it). */
function portalQueries(): Array<{ file: string; query: string; root: string }> {
  const portal = path.resolve(__dirname, '../../portal');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== 'node_modules' && !n.startsWith('.')) walk(p);
      } else if (/\.tsx?$/.test(n)) files.push(p);
    }
  };
  for (const d of ['app', 'components', 'lib']) walk(path.join(portal, d));
  const text = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
  const constants = new Map<string, string>();
  for (const [, src] of text) for (const m of src.matchAll(/const (\w+) = (?:`([^`$]*)`|'([^']*)')/g)) constants.set(m[1], m[2] ?? m[3]);
  const out: Array<{ file: string; query: string; root: string }> = [];
  for (const [file, src] of text) {
    for (const m of src.matchAll(/`(query\b[^`]*)`|'(query\b[^']*)'/g)) {
      const query = (m[1] ?? m[2]).replace(/\$\{(\w+)\}/g, (_, k: string) => constants.get(k) ?? '');
      let op: OperationDefinitionNode;
      try {
        op = parse(query).definitions[0] as OperationDefinitionNode;
      } catch {
        continue; // built at run time: tests/portal/operations.test.ts checks what it can resolve
      }
      if ((op.variableDefinitions ?? []).some((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)) continue;
      const doc = parse(query);
      // one query per root field, as the portal sends them (an operation mixing non-null roots of two
      // subgraphs loses both to either outage: GraphQL's null propagation, not the gateway)
      for (const sel of op.selectionSet.selections) {
        if (sel.kind !== Kind.FIELD) continue;
        const used = new Set<string>();
        visit(sel, { Variable: (v) => void used.add(v.name.value) });
        const single: DocumentNode = {
          ...doc,
          definitions: [
            {
              ...op,
              variableDefinitions: (op.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value)),
              selectionSet: { ...op.selectionSet, selections: [sel] },
            },
            ...doc.definitions.slice(1),
          ],
        };
        out.push({ file: path.relative(portal, file), query: print(single), root: (sel.alias ?? sel.name).value });
      }
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
 * Portal queries a subgraph outage still blanks, through a non-null field of the live subgraph that
 * points at the down subgraph's entity (e.g. jari's `ServicePointStatus.service: Service!`, whose core
 * fields come from core): reference fields, not fields added to another's entity, so the compose rule
 * does not cover them yet. Listed so that a new one fails here; remove an entry once its field is nullable (only a new entry fails: others' work may fix these first).
 */
const KNOWN_BLANKED: Record<string, string[]> = {
  core: [
    'app/petugas/status/page.tsx serviceStatusBoard', // ServicePointStatus.service: Service!, .agency: Agency! (jari)
    'app/surat/page.tsx letterTypes', // LetterType.service: Service! (laika)
    'components/StatusBoard.tsx serviceStatusBoard',
    'components/permits/ops.ts permitRegister', // a non-null reference to a core entity (permits, being written)
  ],
};

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
  for (const down of ['core', 'laika', 'firebutton', 'jari']) {
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
