import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, buildSchema, getIntrospectionQuery, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gql, gqlOk } from '@kendari/kit/testing';
import { exampleTabs } from '@kendari/gateway/dist/playground';
import { sharedStack, type Stack } from '../src/harness';
import { startGateway, type GatewayProcess } from '../src/gateway-process';
import { LOGIN, sha256Hex, TRACK_EMERGENCY, writeManifest } from '../src/trusted-documents';

/**
 * Issue 17, the gateway side of the public graph: anonymous and API-key callers are validated and
 * introspected against the contract (schema/public.graphql); a user token gets the whole graph;
 * trusted documents (the portal's manifest, the playground's examples) run on the whole graph for
 * anyone; in `enforce` mode the portal may send registered documents only.
 */
const root = path.resolve(__dirname, '../..');
const contract = buildSchema(readFileSync(path.join(root, 'schema/public.graphql'), 'utf8'));
const PORTAL = { 'apollographql-client-name': 'satu-kendari-portal' };
const ME = 'query Me { me { id name } }';
const AGENCIES = 'query Agencies { agencies { id shortName } }';

let stack: Stack;
/** The default mode (`allow`), and production's (`enforce`), each with its own manifest. */
let gateway: GatewayProcess;
let enforcing: GatewayProcess;
let url: string;
let token: string;

beforeAll(async () => {
  stack = await sharedStack();
  // a login (scrypt) on a machine loaded by other work can outlast the 5-s subgraph deadline: not under test here
  const patient = { SUBGRAPH_TIMEOUT_MS: '60000' };
  [gateway, enforcing] = await Promise.all([
    startGateway(stack, { ...patient, TRUSTED_DOCUMENTS_PATH: writeManifest() }, 'gateway-allow'),
    startGateway(stack, { ...patient, TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_PATH: writeManifest([LOGIN, ME]) }, 'gateway-enforce'),
  ]);
  url = gateway.url;
  token = ((await gqlOk(url, LOGIN, { i: { identifier: '7471024506900001', password: DEMO_PASSWORD } })) as any).login.session.accessToken;
});
afterAll(async () => {
  await Promise.all([gateway?.stop(), enforcing?.stop()]);
  await stack?.stop();
});

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};
const persisted = (document: string, operationName: string, variables: Record<string, unknown> = {}) => ({
  operationName,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(document) } },
});
const codes = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Type name -> field names, for object and interface types outside introspection. */
function shape(schema: GraphQLSchema): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    out[t.name] = isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).sort() : [];
  }
  return out;
}

/** "Type" and "Type.field" -> description, for the types of `shape`. */
function descriptions(schema: GraphQLSchema): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    out[t.name] = t.description ?? null;
    if (isObjectType(t) || isInterfaceType(t)) for (const f of Object.values(t.getFields())) out[`${t.name}.${f.name}`] = f.description ?? null;
  }
  return out;
}

describe('anonymous and API-key callers see the public contract', () => {
  it('a field outside the contract does not exist for them, and no suggestion names it; a token sees it', async () => {
    // `mee` is one letter from `me` (personal, outside the contract): the whole graph would suggest it
    const anon = await gql(url, '{ mee { id } }');
    expect(anon.status).toBe(400);
    expect(codes(anon)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(anon.errors![0].message).not.toMatch(/"me"/);
    const withToken = await gql(url, '{ mee { id } }', {}, { token });
    expect(withToken.errors![0].message).toMatch(/Did you mean "me"/);

    // a field another subgraph adds to a public type, untagged: refused for the anonymous caller, served with a token
    const q = '{ kelurahans { id fireStations { __typename } } }';
    const refused = await gql(url, q);
    expect(codes(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.errors![0].message).toMatch(/Cannot query field "fireStations" on type "Kelurahan"/);
    expect(refused.data).toBeUndefined();
    expect(((await gqlOk(url, q, {}, { token })) as any).kelurahans.length).toBe(65);
  });

  it("mutations are the city's services for anyone, in any shape: the subgraphs decide who may do what", async () => {
    // a login written by another client (not a registered document), reading the account it opens
    const login = await gql(
      url,
      'mutation { login(input: { identifier: "petugas.kandai", password: "kendari123" }) { session { accessToken } officer { id } } }',
    );
    expect(login.errors).toBeUndefined();
    expect(login.data.login.officer.id).toBeTruthy();
    // an admin's mutation without a token: told to log in by its subgraph, not hidden by the contract
    const officerOnly = await gql(url, 'mutation { revokeApiKey(id: "00000000-0000-4000-8000-000000000001") { id } }');
    expect(codes(officerOnly)).toEqual(['UNAUTHENTICATED']);
    // the contract itself still has no mutation type: introspection and the SDL describe the public queries
    expect(contract.getMutationType()).toBeUndefined();
  });

  it('introspection answers with exactly the contract; a token caller gets the whole graph', async () => {
    const anon = buildClientSchema((await gqlOk(url, getIntrospectionQuery())) as any);
    expect(shape(anon)).toEqual(shape(contract));
    // every description as written, typographic apostrophes, dashes and m² included (the gateway reads the
    // schema as ASCII with escapes: kit sdl.ts)
    const described = descriptions(anon);
    expect(described).toEqual(descriptions(contract));
    expect(Object.values(described).filter((d) => d && /[^\x00-\x7f]/.test(d)).length).toBeGreaterThan(3);
    expect(anon.getType('Citizen')).toBeUndefined();
    expect(anon.getMutationType()).toBeFalsy();
    const whole = buildClientSchema((await gqlOk(url, getIntrospectionQuery(), {}, { token })) as any);
    expect(whole.getType('Citizen')).toBeDefined();
    expect(Object.keys(whole.getMutationType()!.getFields())).toContain('login');
    // and __type of a type outside the contract is null for the anonymous caller
    expect(((await gqlOk(url, '{ __type(name: "Citizen") { name } }')) as any).__type).toBeNull();
    const size = (s: Record<string, string[]>) => [Object.keys(s).length, Object.values(s).reduce((n, f) => n + f.length, 0)];
    const [ct, cf] = size(shape(anon));
    const [wt, wf] = size(shape(whole));
    console.log(`[public graph] contract: ${ct} types, ${cf} fields; whole graph: ${wt} types, ${wf} fields`);
  });

  it('the SDL download is the contract without a token and the whole graph with one', async () => {
    const base = url.replace(/\/graphql$/, '');
    const anon = await fetch(`${base}/graphql/sdl`);
    expect(anon.headers.get('cache-control')).toBe('public, max-age=300');
    expect(shape(buildSchema(await anon.text()))).toEqual(shape(contract));
    const whole = await fetch(`${base}/graphql/sdl`, { headers: { authorization: `Bearer ${token}` } });
    expect(whole.headers.get('cache-control')).toBe('private, no-store');
    expect(await whole.text()).toMatch(/\bme: Citizen/);
  });
});

describe('trusted documents', () => {
  it("a registered document runs outside the contract for an anonymous caller: the portal's login by hash", async () => {
    const r = await post(url, persisted(LOGIN, 'Login', { i: { identifier: '7471024506900001', password: DEMO_PASSWORD } }), PORTAL);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.login.session.accessToken).toMatch(/^ey/);
    // the same document sent in full is recognised by its hash too
    const full = await post(url, { query: LOGIN, variables: { i: { identifier: 'petugas.kandai', password: DEMO_PASSWORD } } });
    expect(full.body.data.login.officer.id).toBeTruthy();
  });

  it('the playground examples are registered: its Login tab runs without a token, exactly as served', async () => {
    const tab = exampleTabs().find((t) => /^mutation Login\b/m.test(t.query))!;
    expect(tab).toBeDefined();
    const r = await post(url, { query: tab.query, operationName: 'Login' });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.login.session.accessToken).toMatch(/^ey/);
  });

  it('a registered query outside the contract runs for anyone exactly as registered; edited, it is validated against the contract', async () => {
    const code = 'DMK-0000-0000';
    const registeredRun = await post(url, { query: TRACK_EMERGENCY, variables: { c: code } });
    expect(codes(registeredRun.body)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    const edited = await post(url, { query: `${TRACK_EMERGENCY}\n`, variables: { c: code } });
    expect(edited.status).toBe(400);
    expect(new Set(codes(edited.body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND; a hash that is not the query’s is refused', async () => {
    const unknown = await post(url, persisted('query Nobody { agencies { id } }', 'Nobody'), PORTAL);
    expect(codes(unknown.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(unknown.body.data).toBeUndefined();
    // the portal's fallback: the same hash with the query. Not registered: it runs as any anonymous query would
    const fallback = await post(url, { query: 'query Nobody { agencies { id } }', ...persisted('query Nobody { agencies { id } }', 'Nobody') });
    expect(fallback.body.data.agencies.length).toBeGreaterThan(5);
    const mismatch = await post(url, { query: AGENCIES, ...persisted(LOGIN, 'Agencies') });
    expect(mismatch.status).toBe(400);
    expect(codes(mismatch.body)).toEqual(['BAD_REQUEST']);
  });

  it("enforce: the portal's client name may send registered documents only; other clients stay free within the contract", async () => {
    // registered, by hash: runs (me is outside the contract; the token makes it answer)
    const me = await post(enforcing.url, persisted(ME, 'Me'), { ...PORTAL, authorization: `Bearer ${token}` });
    expect(me.body.data.me.name).toBe('Siti Rahmawati');
    // registered, sent in full: runs
    const full = await post(enforcing.url, { query: ME }, { ...PORTAL, authorization: `Bearer ${token}` });
    expect(full.body.data.me.name).toBe('Siti Rahmawati');
    // not registered, from the portal's name: refused even inside the contract, even with a token
    for (const headers of [PORTAL, { ...PORTAL, authorization: `Bearer ${token}` }]) {
      const refused = await post(enforcing.url, { query: AGENCIES }, headers);
      expect(refused.status).toBe(400);
      expect(codes(refused.body)).toEqual(['OPERATION_NOT_REGISTERED']);
    }
    // the same document without the portal's name: an ordinary anonymous query of the contract
    const open = await post(enforcing.url, { query: AGENCIES });
    expect(open.status).toBe(200);
    expect(open.body.data.agencies.length).toBeGreaterThan(5);
    // and outside the contract, unregistered: does not exist (ME itself is registered: trusted for anyone)
    const outside = await post(enforcing.url, { query: '{ me { id } }' });
    expect(codes(outside.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
