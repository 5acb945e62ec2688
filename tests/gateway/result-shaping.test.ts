import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { parse } from 'graphql';
import { buildSchema, operationFromDocument } from '@apollo/federation-internals';
import { computeResponse as ours, installResultShaping } from '@kendari/gateway/dist/result-shaping';

// Apollo's own, taken before anything could replace it
const require = createRequire(__filename);
const shapingModule = require('@apollo/gateway/dist/resultShaping') as { computeResponse: typeof ours };
const apollo = shapingModule.computeResponse;

// A schema with every kind of type result shaping treats differently
const schema = buildSchema(`
  scalar DateTime
  enum Status { OPEN CLOSED }
  interface Node { id: ID! }
  type Agency implements Node { id: ID! shortName: String! name: String tags: [String!] }
  type Service implements Node { id: ID! name: String! isFree: Boolean! feeRupiah: Int agency: Agency! }
  type Point implements Node { id: ID! place: String status: Status! stock: Float updatedAt: DateTime agency: Agency service: Service! history: [Change!]! }
  type Change { at: DateTime! status: Status }
  union SearchHit = Agency | Service
  type Board { totalCount: Int! nodes: [Point!]! }
  type Query { board(first: Int): Board! points: [Point] node(id: ID!): Node search(q: String): [SearchHit!] count: Int! }
`);

const OPERATIONS = [
  `query($first: Int, $withHistory: Boolean!, $noAgency: Boolean = false) {
     board(first: $first) { totalCount nodes { id place status stock updatedAt
       agency @skip(if: $noAgency) { id shortName name tags }
       service { id name isFree feeRupiah agency { shortName } }
       history @include(if: $withHistory) { at status } } }
     count }`,
  `{ points { pid: id __typename kind: __typename status ...P agency { ... on Agency { shortName } } } }
   fragment P on Point { place service { name } }`,
  `{ search(q: "x") { __typename ... on Agency { id shortName } ... on Service { id name isFree } ... on Node { id } } node(id: "1") { id ... on Point { place status } } }`,
  `{ board { nodes { id agency @include(if: false) { id } service @skip(if: true) { id } place @skip(if: false) } } count }`,
  // introspection is answered by the gateway itself (introspectionHandling), next to subgraph data
  `{ count __schema { queryType { name } } t: __type(name: "Board") { name } }`,
];
const VARIABLES = [
  { first: 5, withHistory: true },
  { first: 5, withHistory: false, noAgency: true },
];

// a small deterministic random source, so a failure can be replayed
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function agency(i: number) {
  return { __typename: 'Agency', id: `a${i}`, shortName: `A${i}`, name: `Agency ${i}`, tags: ['x', 'y'] };
}
function point(i: number) {
  return {
    __typename: 'Point',
    id: `p${i}`,
    pid: `p${i}`,
    kind: 'Point',
    place: `Place ${i}`,
    status: i % 2 ? 'OPEN' : 'CLOSED',
    stock: i / 2,
    updatedAt: '2026-11-01T00:00:00Z',
    agency: agency(i % 3),
    service: { __typename: 'Service', id: `s${i}`, name: `S${i}`, isFree: true, feeRupiah: 0, agency: agency(i % 4) },
    history: [
      { at: '2026-11-01T00:00:00Z', status: 'OPEN' },
      { at: '2026-11-02T00:00:00Z', status: null },
    ],
  };
}
const goodInput = () => ({
  board: { totalCount: 4, nodes: [0, 1, 2, 3].map(point) },
  points: [point(5), null, point(6)],
  count: 3,
  search: [agency(1), { __typename: 'Service', id: 's1', name: 'S', isFree: false }],
  node: point(9),
});

/** Breaks the subgraph answer at random places: nulls, wrong leaf types, unknown typenames, missing fields. */
function mutate(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => mutate(v, random));
  if (value === null || typeof value !== 'object') {
    const r = random();
    if (r < 0.04) return null;
    if (r < 0.06) return typeof value === 'string' ? 42 : 'not-a-number';
    if (r < 0.07) return true;
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = random();
    if (r < 0.03) continue; // missing
    if (r < 0.06) out[k] = null;
    else if (k === '__typename' && r < 0.09) out[k] = r < 0.075 ? 'Nope' : 'Status';
    else out[k] = mutate(v, random);
  }
  return out;
}

function run(fn: typeof ours, operation: ReturnType<typeof operationFromDocument>, variables: Record<string, unknown>, input: unknown) {
  try {
    const r = fn({
      operation,
      variables,
      input: structuredClone(input) as Record<string, unknown>,
      introspectionHandling: (f) => ({ introspected: String(f) }),
    });
    return {
      data: JSON.parse(JSON.stringify(r.data)),
      errors: (r.errors as Array<{ message: string; extensions?: unknown; path?: unknown }>).map((e) => ({
        message: e.message,
        path: e.path,
        code: (e.extensions as any)?.code,
      })),
    };
  } catch (err) {
    return { thrown: (err as Error).message };
  }
}

describe('result shaping: ours gives exactly what Apollo Gateway 2.14.4 gives', () => {
  it('on well-formed answers, for every operation and variable set', () => {
    for (const q of OPERATIONS) {
      const operation = operationFromDocument(schema, parse(q));
      for (const v of q.includes('$withHistory') ? VARIABLES : [{}]) {
        const a = run(apollo, operation, v, goodInput());
        expect(a).not.toHaveProperty('thrown');
        expect(run(ours, operation, v, goodInput())).toEqual(a);
      }
    }
  });

  it('on 2000 broken answers: same data, same errors (message, path, code), same thrown assertions', () => {
    let withErrors = 0;
    let thrown = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const q = OPERATIONS[seed % OPERATIONS.length];
      const operation = operationFromDocument(schema, parse(q));
      const v = q.includes('$withHistory') ? VARIABLES[seed % 2] : {};
      const input = mutate(goodInput(), rng(seed));
      const a = run(apollo, operation, v, input);
      const b = run(ours, operation, v, input);
      if (JSON.stringify(a) !== JSON.stringify(b)) expect({ seed, ...b }).toEqual({ seed, ...a });
      if ('errors' in a && a.errors?.length) withErrors++;
      if ('thrown' in a) thrown++;
    }
    // the mutations must really reach the error paths, or this test proves nothing
    expect(withErrors).toBeGreaterThan(500);
    expect(thrown).toBeGreaterThan(10);
  });

  it('a variable @include needs is checked like Apollo checks it', () => {
    const operation = operationFromDocument(schema, parse(OPERATIONS[0]));
    const a = run(apollo, operation, { first: 1 }, goodInput());
    expect(a).toHaveProperty('thrown');
    expect(run(ours, operation, { first: 1 }, goodInput())).toEqual(a);
  });

  it("is installed in place of Apollo's on the version it was written for", () => {
    const before = shapingModule.computeResponse;
    try {
      expect(installResultShaping()).toEqual({ installed: true, version: '2.14.4' });
      expect(shapingModule.computeResponse).toBe(ours);
    } finally {
      shapingModule.computeResponse = before;
    }
  });
});
