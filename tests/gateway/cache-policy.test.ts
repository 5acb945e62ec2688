import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isCompositeType, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { cacheHintsOf, DocumentAnalyser, operationPolicy } from '@kendari/gateway/dist/cache-policy';
import { contractSupergraph } from '@kendari/gateway/dist/contract';
import { resolveDocument, sha256Hex, TrustedDocuments } from '@kendari/gateway/dist/trusted-documents';
import { hasErrors } from '@kendari/gateway/dist/response-cache';

/**
 * The pieces of the public graph that need no running system: the contract as a supergraph of its own,
 * operation policies from the composed @cacheControl hints (Apollo's rules, from the document alone),
 * and the resolution of trusted documents.
 */
const root = path.resolve(__dirname, '../..');
const supergraphSdl = readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8');
const contractSdl = readFileSync(path.join(root, 'schema/public.graphql'), 'utf8');
const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
const contract = buildSchema(contractSdl);
const hints = cacheHintsOf(supergraphSdl);
const policy = (query: string, schema = contract) => operationPolicy(schema, hints, parse(query), null);

describe('the contract supergraph', () => {
  it('serves exactly schema/public.graphql as its API schema', () => {
    const served = Supergraph.build(contractSupergraph(supergraphSdl, contractSdl)).apiSchema().toGraphQLJSSchema();
    expect(printSchema(lexicographicSortSchema(served))).toBe(printSchema(lexicographicSortSchema(contract)));
  });
});

describe('cache policies from the schema', () => {
  it('reads the hints the subgraphs declare, composed into the supergraph', () => {
    expect(hints.types.get('Agency')).toEqual({ maxAge: 300 });
    expect(hints.types.get('ServicePointStatus')).toEqual({ maxAge: 10 });
    expect(hints.types.get('PageInfo')).toEqual({ inheritMaxAge: true });
    expect(hints.fields.get('Query.serviceStatusBoard')).toEqual({ maxAge: 10 });
  });

  it('follows Apollo’s rules: the smallest max-age, a field’s hint over its type’s, connections inherit', () => {
    expect(policy('{ agencies { id name services { id name } } }')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(policy('{ services(first: 5) { totalCount nodes { id agency { shortName } } pageInfo { hasNextPage } } }')).toEqual({
      maxAge: 300,
      scope: 'PUBLIC',
    });
    expect(policy('{ serviceStatusBoard(first: 5) { nodes { status history(first: 3) { nodes { at } } } } }')).toEqual({ maxAge: 10, scope: 'PUBLIC' });
    expect(policy('{ agencies { id } serviceStatusBoard { totalCount } }')?.maxAge).toBe(10);
    expect(policy('{ agencies { id } jariStats(month: "2026-11") { __typename } }')?.maxAge).toBe(60);
    // a 300-s type reached through a 10-s field: the field wins (Agency.serviceStatus is the board)
    expect(policy('{ agencies { id serviceStatus { status } } }')?.maxAge).toBe(10);
    // fragments and inline fragments count like fields written out
    expect(policy('query { ...F } fragment F on Query { agencies { id } healthQueue(serviceId: "x") { __typename } }')?.maxAge).toBe(10);
    expect(policy('{ ... on Query { kecamatans { id } } }')?.maxAge).toBe(300);
  });

  it('does not cache what has no hint, introspection, mutations or an unknown field', () => {
    expect(policy('{ verifyLetter(code: "X") { valid } }')).toBeNull();
    expect(policy('{ agencies { id } taxBill(nop: "X") { nop { kelurahan { id } } } }')).toBeNull();
    expect(policy('{ me { id } }', api)).toBeNull();
    expect(policy('{ __schema { types { name } } }')).toBeNull();
    expect(policy('{ __typename }')).toBeNull();
    expect(policy('mutation { logout { __typename } }', api)).toBeNull();
    expect(policy('{ agencies { id nope } }')).toBeNull();
  });

  it('makes one PRIVATE hint the whole answer’s scope', () => {
    const schema = buildSchema('type Query { a: A b: B } type A { x: Int } type B { y: Int }');
    const h = {
      types: new Map([
        ['A', { maxAge: 60 }],
        ['B', { maxAge: 30, scope: 'PRIVATE' as const }],
      ]),
      fields: new Map(),
    };
    expect(operationPolicy(schema, h, parse('{ a { x } }'), null)).toEqual({ maxAge: 60, scope: 'PUBLIC' });
    expect(operationPolicy(schema, h, parse('{ a { x } b { y } }'), null)).toEqual({ maxAge: 30, scope: 'PRIVATE' });
  });

  it('gives every public query a declared policy, except the lookups that must be fresh', () => {
    const uncached: string[] = [];
    for (const f of Object.values(contract.getQueryType()!.getFields())) {
      const required = f.args.filter((a) => String(a.type).endsWith('!'));
      const vars = required.map((a) => `$${a.name}: ${a.type}`).join(', ');
      const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isCompositeType(getNamedType(f.type)) ? ' { __typename }' : '';
      const q = `query${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''}${selection} }`;
      if (!policy(q)) uncached.push(f.name);
    }
    // a new public query lands here until its subgraph declares how long its answer may be reused
    expect(uncached.sort()).toEqual(['taxBill', 'verifyLetter', 'verifyPermit']);
  });

  it('analyses a document once: the same document however formatted shares one hash', () => {
    const analyser = new DocumentAnalyser({ contract }, hints, 5000);
    const a = analyser.analyse('contract', '{ agencies { id } }', sha256Hex('{ agencies { id } }'), null);
    const b = analyser.analyse('contract', 'query {\n  agencies {\n    id\n  }\n}', sha256Hex('query {\n  agencies {\n    id\n  }\n}'), null);
    expect(a?.documentHash).toBe(b?.documentHash);
    expect(analyser.analyse('contract', '{ agencies {', sha256Hex('{ agencies {'), null)).toBeNull();
  });
});

describe('trusted documents', () => {
  const LOGIN = 'mutation Login { login(input: { identifier: "x", password: "y" }) { __typename } }';
  const docs = new TrustedDocuments({ [sha256Hex(LOGIN)]: LOGIN });
  const ext = (doc: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256Hex(doc) } });

  it('resolves a registered hash to its document, without the extension, and trusts it', () => {
    const r = resolveDocument({ operationName: 'Login', extensions: ext(LOGIN) }, 'satu-kendari-portal', docs, 'enforce');
    expect(r).toMatchObject({ ok: true, trusted: true, query: LOGIN, params: { query: LOGIN, operationName: 'Login' } });
    expect(r.ok && r.params?.extensions).toBeUndefined();
  });

  it('refuses an unknown hash, a malformed one, and a hash that is not the query’s', () => {
    expect(resolveDocument({ extensions: ext('{ a }') }, undefined, docs, 'allow')).toMatchObject({ ok: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(resolveDocument({ extensions: { persistedQuery: { sha256Hash: 'abc' } } }, undefined, docs, 'allow')).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(resolveDocument({ query: '{ a }', extensions: ext(LOGIN) }, undefined, docs, 'allow')).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });

  it('enforce refuses only the portal’s unregistered documents', () => {
    expect(resolveDocument({ query: '{ agencies { id } }' }, 'satu-kendari-portal', docs, 'enforce')).toMatchObject({
      ok: false,
      status: 400,
      code: 'OPERATION_NOT_REGISTERED',
    });
    expect(resolveDocument({ query: '{ agencies { id } }' }, 'another-client', docs, 'enforce')).toMatchObject({ ok: true, trusted: false });
    expect(resolveDocument({ query: '{ agencies { id } }' }, 'satu-kendari-portal', docs, 'allow')).toMatchObject({ ok: true, trusted: false });
    expect(resolveDocument({ query: LOGIN }, 'satu-kendari-portal', docs, 'enforce')).toMatchObject({ ok: true, trusted: true });
  });
});

describe('which answers may be cached', () => {
  // read from Apollo Server's own answers (the pinned version), not from hand-written strings: the check
  // relies on Apollo Server writing `errors` before `data`
  it('an answer is error-free only when Apollo Server wrote data and no errors, whatever words the data holds', async () => {
    const { ApolloServer, HeaderMap } = await import('@apollo/server');
    const server = new ApolloServer({
      typeDefs: 'type Query { word: String, broken: String, empty: String! }',
      resolvers: {
        Query: {
          word: () => '"errors" in a value',
          broken: () => {
            throw new Error('x');
          },
          empty: () => null,
        },
      },
    });
    await server.start();
    const answer = async (query: string) => {
      const headers = new HeaderMap([['content-type', 'application/json']]);
      const r = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query } },
        context: async () => ({}),
      });
      return r.body.kind === 'complete' ? r.body.string : '';
    };
    try {
      expect(hasErrors(await answer('{ word }'))).toBe(false);
      expect(hasErrors(await answer('{ errors: word }'))).toBe(false); // an alias named errors is data
      expect(hasErrors(await answer('{ word broken }'))).toBe(true); // partial data with an error
      expect(hasErrors(await answer('{ empty }'))).toBe(true); // data: null
      expect(hasErrors(await answer('{ nope }'))).toBe(true); // refused before execution
    } finally {
      await server.stop();
    }
  });
});
