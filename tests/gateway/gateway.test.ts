import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { DEMO_PASSWORD, signAccessToken } from '@kendari/kit';
import { gql, gqlOk } from '@kendari/kit/testing';
import { sharedStack, TEST_AUTH_SECRET, type Stack } from '../src/harness';
import { LOGIN, REGISTER_CITIZEN } from '../src/trusted-documents';

let stack: Stack;
beforeAll(async () => {
  stack = await sharedStack();
});
afterAll(async () => {
  await stack?.stop();
});

const login = async (identifier: string, password = DEMO_PASSWORD) =>
  (await gqlOk(stack.gatewayUrl, LOGIN, { i: { identifier, password } })).login as { session: { accessToken: string }; citizen: { id: string } | null };

describe('the gateway, over real HTTP to separate subgraph processes', () => {
  it('serves regions and the catalogue anonymously in one operation', async () => {
    const r = await gqlOk(
      stack.gatewayUrl,
      `{ kecamatans { id name kelurahans { id } } services(first: 3, search: "ktp") { totalCount nodes { id name isFree agency { shortName } } } }`,
    );
    expect(r.kecamatans).toHaveLength(11);
    expect(r.kecamatans.find((k: any) => k.id === '74.71.02').name).toBe('Kendari');
    expect(r.services.nodes[0].agency.shortName).toBe('Disdukcapil');
  });

  it('answers me with a token, and forwards the token so core checks it again', async () => {
    const s = await login('7471024506900001');
    const r = await gqlOk(stack.gatewayUrl, '{ me { id name nik kelurahan { name kecamatan { name } } } }', {}, { token: s.session.accessToken });
    expect(r.me).toMatchObject({
      id: s.citizen!.id,
      name: 'Siti Rahmawati',
      nik: '7471024506900001',
      kelurahan: { name: 'Kandai', kecamatan: { name: 'Kendari' } },
    });
  });

  it('offers the graph as clients see it for download at /graphql/sdl (no federation internals)', async () => {
    const res = await fetch(`${stack.gatewayUrl}/sdl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await res.text();
    expect(sdl).toMatch(/type Query \{/);
    expect(sdl).toMatch(/\bservices\(/);
    expect(sdl).not.toMatch(/join__|link__|@join/);
  });

  it('rejects a forged token with 401 UNAUTHENTICATED before asking any subgraph', async () => {
    const forged = signAccessToken({ kind: 'citizen', id: '2433c170-9946-5cfb-9c87-2d5bf5f35c1b', name: 'x' }, 'not-the-secret-not-the-secret-not-the-secret');
    const r = await gql(stack.gatewayUrl, '{ kecamatans { id } }', {}, { token: forged });
    expect(r.status).toBe(401);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data).toBeUndefined();
  });

  it('rejects an expired token', async () => {
    const expired = signAccessToken({ kind: 'citizen', id: '2433c170-9946-5cfb-9c87-2d5bf5f35c1b', name: 'x' }, TEST_AUTH_SECRET, -10);
    const r = await gql(stack.gatewayUrl, '{ me { id } }', {}, { token: expired });
    expect(r.status).toBe(401);
    expect(r.errors?.[0].message).toMatch(/expired/);
  });

  it("keeps one citizen from reading another citizen's NIK and phone through the gateway", async () => {
    const other = await login('7471055203950007').catch(() => null);
    const token =
      other?.session.accessToken ??
      (
        await gqlOk(stack.gatewayUrl, REGISTER_CITIZEN, {
          i: { nik: '7471055203950007', name: 'Wa Ode Nurhayati', phone: '081234567890', kelurahanId: '74.71.05.1003', password: 'rahasia123' },
        })
      ).registerCitizen.session.accessToken;
    const siti = (await login('7471024506900001')).citizen!.id;
    const r = await gql(
      stack.gatewayUrl,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { nik phone } } }`,
      { r: [{ __typename: 'Citizen', id: siti }] },
      { token },
    );
    // the gateway does not expose _entities: the only way in is a field, and those are guarded in core
    expect(r.errors?.length).toBeGreaterThan(0);
    const direct = await gql(
      stack.subgraphUrls.core,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { nik phone } } }`,
      { r: [{ __typename: 'Citizen', id: siti }] },
      { token },
    );
    expect(direct.data._entities[0]).toEqual({ nik: null, phone: null });
    expect(direct.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('gives invalid input a machine-readable code and a field path', async () => {
    const r = await gql(stack.gatewayUrl, REGISTER_CITIZEN, {
      i: { nik: '123', name: 'Budi', phone: '081234567890', kelurahanId: '74.71.02.1009', password: 'rahasia123' },
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nik' });
    expect(JSON.stringify(r)).not.toMatch(/stack|at Object|node_modules/);
  });

  it('passes the request id to the subgraphs and back', async () => {
    const r = await gql(stack.gatewayUrl, '{ kecamatans { id } }', {}, { headers: { 'x-request-id': 'test-req-42' } });
    expect(r.headers.get('x-request-id')).toBe('test-req-42');
  });
});

describe('HTTP surface', () => {
  const base = () => stack.gatewayUrl.replace(/\/graphql$/, '');

  it('has /health and /ready', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    const ready = await fetch(`${base()}/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('opens a self-hosted GraphiQL playground for browsers, with example operations', async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('/playground/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    // the example operations come with the page's own start script (no inline script: see the CSP test)
    expect(html).toContain('/playground/start.js');
    expect(await (await fetch(`${base()}/playground/start.js`)).text()).toMatch(/query \w+/);
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js']) {
      const res = await fetch(`${base()}/playground/${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('allows the portal origin by CORS, and no other', async () => {
    const ok = await fetch(stack.gatewayUrl, { method: 'OPTIONS', headers: { origin: 'http://portal.test', 'access-control-request-method': 'POST' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://portal.test');
    const other = await fetch(stack.gatewayUrl, { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ kecamatans { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses malformed JSON with 400 and no stack trace', async () => {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.js/);
  });

  it('refuses operations deeper than the limit or with too many aliases, naming the limit', async () => {
    // kecamatan -> kelurahans -> kecamatan ... is a cycle: 14 levels here
    let sel = '{ id }';
    for (let i = 0; i < 6; i++) sel = `{ kelurahans { kecamatan ${sel} } }`;
    const deep = await gql(stack.gatewayUrl, `{ kecamatans ${sel} }`);
    expect(deep.data).toBeUndefined();
    expect(deep.errors?.[0].message).toMatch(/levels deep; the limit is 12/);
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 12 });
    const aliases = await gql(stack.gatewayUrl, `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: kecamatans { id }`).join(' ')} }`);
    expect(aliases.errors?.[0].message).toMatch(/31 aliases; the limit is 30/);
    // a legitimate nested operation with a few aliases still answers
    const ok = await gqlOk(stack.gatewayUrl, `{ a: kecamatans { kelurahans { kecamatan { id } } } b: services(first: 1) { nodes { id } } }`);
    expect(ok.a).toHaveLength(11);
  });
});

describe('response cache (anonymous public queries only)', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('serves a repeated public query from the cache, keyed by its variables', async () => {
    const q = { query: 'query Cat($s: String) { services(first: 2, search: $s) { totalCount nodes { id } } }', variables: { s: 'ktp' } };
    const first = await post(q);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await post(q);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.json()).toEqual(await first.json());
    // other variables: another entry
    expect((await post({ ...q, variables: { s: 'usaha' } })).headers.get('x-cache')).toBe('MISS');
  });

  it('never caches personal answers, answers with errors, or mutations', async () => {
    const s = await login('7471024506900001');
    const mine = { query: '{ kecamatans { id } }' };
    for (let i = 0; i < 2; i++) expect((await post(mine, { authorization: `Bearer ${s.session.accessToken}` })).headers.get('x-cache')).toBeNull();
    const me = { query: '{ me { id } kecamatans { id } }' };
    for (let i = 0; i < 2; i++) expect((await post(me)).headers.get('x-cache')).toBeNull();
    // over the page limit: core answers with BAD_USER_INPUT, which must reach the next caller again
    const bad = { query: '{ services(first: 500) { nodes { id } } }' };
    for (let i = 0; i < 2; i++) {
      const r = await post(bad);
      expect(r.headers.get('x-cache')).not.toBe('HIT');
      expect(((await r.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('limits that hold for data while introspection works (issue 12 items 1-2, issue 11 item 8)', () => {
  it('answers the standard introspection queries of graphql-js, so every client can load the schema', async () => {
    for (const options of [
      undefined,
      { descriptions: true, inputValueDeprecation: true },
      { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true },
    ]) {
      const r = await gql(stack.gatewayUrl, getIntrospectionQuery(options));
      expect(r.errors, JSON.stringify(options)).toBeUndefined();
      const schema = buildClientSchema(r.data);
      expect(schema.getQueryType()?.getFields().kecamatans).toBeDefined();
    }
  });

  it('refuses a depth-12 cyclic query up front, by its list-size cost, in well under a second', async () => {
    let sel = '{ id name }';
    for (let i = 0; i < 5; i++) sel = `{ kelurahans { kecamatan ${sel} } }`;
    const started = Date.now();
    const r = await gql(stack.gatewayUrl, `{ kecamatans ${sel} }`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.status).toBe(400);
    expect(r.data ?? undefined).toBeUndefined();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 25_000 });
    // core is not held: an ordinary query right after answers at once
    const t = Date.now();
    await gqlOk(stack.gatewayUrl, '{ kecamatans { id } }');
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('counts aliases inside fragments', async () => {
    const frag = `fragment F on Query { ${Array.from({ length: 200 }, (_, i) => `a${i}: letterTypes { id }`).join(' ')} }`;
    const r = await gql(stack.gatewayUrl, `query { ...F } ${frag}`);
    expect(r.errors?.[0].message).toMatch(/200 aliases; the limit is 30/);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 30 });
  });

  it('refuses a document over the token limit with the limit named', async () => {
    const r = await gql(stack.gatewayUrl, `{ letterTypes { ${Array.from({ length: 6000 }, () => 'id').join(' ')} } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 5000 });
  });
});

describe('request hygiene and security headers (issue 12 item 10)', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers deeply nested variables with 400 BAD_USER_INPUT, not a crash', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const res = await post(`{"query":"query($s: String) { services(first: 1, search: $s) { totalCount } }","variables":{"s":${deep}}}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // the gateway is still well
    await gqlOk(stack.gatewayUrl, '{ kecamatans { id } }');
  });

  it('answers an oversized chunked body with 413, not a connection reset', async () => {
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      });
      req.on('error', reject);
      (async () => {
        req.write('{"query":"{ kecamatans { id } }", "x": "');
        for (let i = 0; i < 40; i++) if (!req.write('x'.repeat(64 * 1024))) await new Promise((r) => req.once('drain', r));
        req.end('"}');
      })().catch(reject);
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends CSP with frame-ancestors none, X-Frame-Options DENY and nosniff on answers and the playground', async () => {
    const api = await post('{"query":"{ kecamatans { id } }"}');
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    const missing = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/nope'));
    for (const res of [api, page, missing]) {
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // the playground runs no inline script: its CSP allows scripts from the gateway only
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(await page.text()).not.toMatch(/<script>(?!<)/);
  });

  it("the playground's intro names only tabs that exist", async () => {
    const script = await (await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/playground/start.js'))).text();
    const tabs = JSON.parse(/const tabs = (\[.*\]);\n/s.exec(script)![1]) as Array<{ query: string }>;
    // GraphiQL 3 titles a tab with this expression (graphiql.min.js, fuzzyExtractOperationName)
    const titles = tabs.map((t) => /^(?!#).*(query|subscription|mutation)\s+([a-zA-Z0-9_]+)/m.exec(t.query)?.[2]);
    const named = [...tabs[0].query.matchAll(/"(\w+)"/g)].map((m) => m[1]).filter((n) => /^[A-Z]/.test(n) && n !== 'Authorization');
    expect(named.length).toBeGreaterThan(2);
    for (const n of named) expect(titles, n).toContain(n);
    expect(tabs[0].query).toMatch(/Login operation in the tab "\w+"/);
  });
});
