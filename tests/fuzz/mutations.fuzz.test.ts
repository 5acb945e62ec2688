/**
 * Property-based fuzzing of every mutation in the composed schema (issue 12, "Suites that keep it so"):
 * arbitrary inputs built from each argument's GraphQL type, sent through the gateway by an anonymous
 * caller, a citizen or an officer, must never give a 5xx, never leak a stack, SQL or a file path, always
 * carry a known `extensions.code`, and a batch of rejected calls must store nothing.
 * Cases per mutation: FUZZ_RUNS (default 1000, as the issue asks for CI: ~2 minutes on 2 cores).
 * Half the cases are well-typed (they reach the resolvers), half may carry wrong kinds, invalid
 * enum values and missing required fields (refused while the variables are coerced).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, OfficerRole, signAccessToken, stableUuid } from '@kendari/kit';
import { gql } from '@kendari/kit/testing';
import { startStack, TEST_AUTH_SECRET, type Stack } from '../src/harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const api = Supergraph.build(readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();
const mutations = Object.values(api.getMutationType()!.getFields());

// the kit's list, plus what Apollo itself says about a request it refuses before any resolver runs
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);
const LEAKS: Array<[string, RegExp]> = [
  ['stack trace', /\n\s+at |\bat [\w.<>]+ \(|node:internal/],
  [
    'SQL',
    /\b(select|insert|update|delete)\b[\s\S]{0,80}\b(from|into|set|where)\b|\bsyntax error at or near\b|violates [\w ]+constraint|\brelation "|duplicate key/i,
  ],
  ['file path', /(\/work\/|\/home\/|\/usr\/|node_modules|\/dist\/|\/src\/)[\w./-]*|[A-Z]:\\/],
];

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  "' OR 1=1 --",
  "'; DROP TABLE citizen; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  '\uD83D\uDE00 Kendari ☃',
  '\u202Eevil',
  'ñ̃̃̃',
  '\uFFFF',
  '9999999999999999999999',
  '-1',
  'null',
  '00000000-0000-0000-0000-000000000000',
  '2433c170-9946-5cfb-9c87-2d5bf5f35c1b',
  '7471010101010001',
  'https://example.com/x',
);
const stringArb = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)) },
);
const intArb = fc.oneof(
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648),
  // out of GraphQL Int's range, and a non-integer: must be refused as input, not reach a resolver
  fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, 1.5),
);
const floatArb = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0.0001, 1e308, -1e308, -90.1, 180.1));
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.constant({}), fc.constant([]), nasty);

const intInRange = fc.oneof(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648));
function scalarArb(name: string, loose: boolean): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return loose ? intArb : intInRange;
    case 'Float':
      return floatArb;
    case 'Boolean':
      return fc.boolean();
    case 'ID':
    case 'String':
      return stringArb;
    default:
      // custom scalars (dates, money, JSON…): strings and numbers of every kind
      return fc.oneof(
        stringArb,
        intArb,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      );
  }
}

const memo = new Map<string, fc.Arbitrary<unknown>>();
/**
 * An arbitrary for a value of `type`. loose: mostly well-typed, sometimes wrong (missing, null, invalid enum,
 * wrong kind, out-of-range Int); strict: always of the right GraphQL type, so that the call reaches a resolver.
 */
function valueArb(type: GraphQLInputType, loose: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueArb(type.ofType, loose, depth);
    return loose ? fc.oneof({ weight: 12, arbitrary: inner }, { weight: 1, arbitrary: wrongType }) : inner;
  }
  const nullable = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) {
    if (depth > 3) return fc.constant([]);
    return nullable(fc.array(valueArb(type.ofType, loose, depth + 1), { maxLength: depth === 0 ? 6 : 3 }));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    if (!loose) return nullable(fc.constantFrom(...values));
    return nullable(
      fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', values[0].toLowerCase()) }),
    );
  }
  if (isScalarType(type)) return nullable(scalarArb(type.name, loose));
  if (isInputObjectType(type)) {
    const key = `${type.name}@${Math.min(depth, 4)}:${loose}`;
    const cached = memo.get(key);
    if (cached) return cached;
    if (depth > 4) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueArb(f.type, loose, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const obj = fc.record(record, { requiredKeys: [] }).map((o) => o as Record<string, unknown>);
    // mostly with every required field; sometimes with any of them missing, or an unknown one added
    const complete = fc.tuple(obj, fc.record(Object.fromEntries(required.map((r) => [r, record[r]])))).map(([o, req]) => ({ ...o, ...req }));
    const arb = !loose
      ? complete
      : fc.oneof({ weight: 8, arbitrary: complete }, { weight: 2, arbitrary: obj }, { weight: 1, arbitrary: obj.map((o) => ({ ...o, notAField: 'x' })) });
    const result = nullable(arb);
    memo.set(key, result);
    return result;
  }
  return fc.constant(null);
}

/** A small selection for the mutation's result: enough to be valid, nothing that costs much. */
function selection(t: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(t);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return ' { __typename }';
  if (isObjectType(named)) {
    const fields = Object.values(named.getFields());
    const leaves = fields.filter((f) => {
      const n = getNamedType(f.type);
      return (isScalarType(n) || isEnumType(n)) && f.args.every((a) => !isNonNullType(a.type));
    });
    if (leaves.length)
      return ` { __typename ${leaves
        .slice(0, 3)
        .map((f) => f.name)
        .join(' ')} }`;
    if (depth < 2) {
      const obj = fields.find((f) => f.args.length === 0 && isObjectType(getNamedType(f.type)));
      if (obj) return ` { __typename ${obj.name}${selection(obj.type, depth + 1)} }`;
    }
    return ' { __typename }';
  }
  return '';
}

function operation(m: GraphQLField<unknown, unknown>): string {
  const vars = m.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Fuzz${vars ? `(${vars})` : ''} { ${m.name}${args ? `(${args})` : ''}${selection(m.type)} }`;
}

const CITIZEN = '2433c170-9946-5cfb-9c87-2d5bf5f35c1b';
const officer = (username: string, role: OfficerRole, extra: Record<string, string> = {}) =>
  signAccessToken(
    { kind: 'officer', id: stableUuid(`officer:${username}`), name: 'Petugas', role, kelurahanId: null, kecamatanId: null, agencyId: null, ...extra } as never,
    TEST_AUTH_SECRET,
  );
const callers: Record<string, string | undefined> = {
  anonymous: undefined,
  citizen: signAccessToken({ kind: 'citizen', id: CITIZEN, name: 'Siti' }, TEST_AUTH_SECRET),
  admin: officer('admin', OfficerRole.ADMIN, { agencyId: 'diskominfo' }),
  agency: officer('petugas.dinkes', OfficerRole.AGENCY_OFFICER, { agencyId: 'dinkes' }),
  dispatcher: officer('dispatcher.damkar', OfficerRole.DISPATCHER, { agencyId: 'damkar' }),
};

let stack: Stack;
let db: pg.Client;
let tables: string[] = [];

/** Rows per table across every subgraph's schema: a cheap fingerprint of what is stored. */
async function fingerprint(): Promise<Map<string, number>> {
  const sql = tables.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(' union all ');
  const { rows } = await db.query<{ t: string; n: number }>(sql);
  return new Map(rows.map((r) => [r.t, r.n]));
}

interface Finding {
  mutation: string;
  problem: string;
  variables: string;
}

describe('fuzzing every mutation through the gateway', () => {
  beforeAll(async () => {
    stack = await startStack({ label: 'fuzz' });
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ s: string; t: string }>(
      `select table_schema as s, table_name as t from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    tables = rows
      // the rate limiter's counters record attempts on purpose (refused logins count against the caller)
      .filter((r) => !(r.s === 'kit' && r.t === 'throttle'))
      .map((r) => `"${r.s}"."${r.t}"`)
      .sort();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  });

  it('covers every mutation of the composed schema', () => {
    expect(mutations.length).toBeGreaterThan(0);
  });

  const findings: Finding[] = [];
  const counts = { calls: 0, rejected: 0, accepted: 0, batchesCompared: 0, notCompared: [] as string[], codes: {} as Record<string, number> };

  for (const m of mutations) {
    it(`${m.name}: no 5xx, no leak, a known code, nothing stored when rejected`, async () => {
      const query = operation(m);
      const varsOf = (loose: boolean) =>
        fc.record(Object.fromEntries(m.args.map((a) => [a.name, valueArb(a.type, loose)])), {
          requiredKeys: loose ? [] : m.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
        });
      const varsArb = fc.oneof(varsOf(false), varsOf(true));
      const caseArb = fc.record({ vars: varsArb, caller: fc.constantFrom(...Object.keys(callers)), ip: fc.ipV4() });
      const samples = fc.sample(caseArb, { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 12) + m.name.length });
      const before = await fingerprint();
      let anyAccepted = false;
      // a few at a time: fast, yet not a flood that the rate limits answer for every case
      for (let i = 0; i < samples.length; i += 4) {
        await Promise.all(
          samples.slice(i, i + 4).map(async (c) => {
            let res;
            try {
              // a different client address per case, so the per-address limits do not answer every call
              res = await gql(stack.gatewayUrl, query, c.vars, { token: callers[c.caller], headers: { 'x-forwarded-for': c.ip } });
            } catch (err) {
              findings.push({ mutation: m.name, problem: `not JSON: ${String(err).slice(0, 300)}`, variables: JSON.stringify(c.vars).slice(0, 300) });
              return;
            }
            counts.calls++;
            const note = (problem: string) =>
              findings.push({ mutation: m.name, problem: `${c.caller}: ${problem}`, variables: JSON.stringify(c.vars).slice(0, 300) });
            if (res.status >= 500) note(`HTTP ${res.status}: ${JSON.stringify(res.errors).slice(0, 300)}`);
            for (const e of res.errors ?? []) {
              const code = e.extensions?.code as string | undefined;
              counts.codes[String(code)] = (counts.codes[String(code)] ?? 0) + 1;
              if (!code || !KNOWN_CODES.has(code)) note(`code ${code}: ${e.message.slice(0, 200)}`);
              const text = `${e.message}\n${JSON.stringify(e.extensions ?? {})}`;
              for (const [what, re] of LEAKS) if (re.test(text)) note(`${what} in error: ${text.slice(0, 300)}`);
            }
            const rejected = !!res.errors?.length && (res.data == null || (res.data as Record<string, unknown>)[m.name] == null);
            if (rejected) counts.rejected++;
            else {
              counts.accepted++;
              anyAccepted = true;
            }
          }),
        );
      }
      // only a batch in which every call was refused must leave every table as it was
      if (anyAccepted) counts.notCompared.push(m.name);
      else {
        counts.batchesCompared++;
        const after = await fingerprint();
        const changed = [...after].filter(([t, n]) => before.get(t) !== n).map(([t, n]) => `${t} ${before.get(t)}→${n}`);
        if (changed.length) findings.push({ mutation: m.name, problem: `rejected calls stored rows: ${changed.join(', ')}`, variables: '' });
      }
      const mine = findings.filter((f) => f.mutation === m.name);
      expect(mine, JSON.stringify(mine, null, 2)).toEqual([]);
    });
  }

  afterAll(() => {
    // the figures for the report: mutations, cases, how many were refused
    console.log(`fuzz: ${mutations.length} mutations × ${RUNS} cases; ${JSON.stringify(counts)}; findings ${findings.length}`);
  });
});
