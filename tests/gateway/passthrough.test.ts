import { createHash } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badField, signAccessToken, startSubgraph, type HttpRoute, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, type TestDatabase } from '@kendari/kit/testing';
import { core } from '@kendari/subgraph-core/dist/subgraph';
import { createGateway } from '@kendari/gateway/dist/gateway';
import { TEST_AUTH_SECRET } from '../src/harness';

/**
 * `/api/<subgraph>/<rest>` through the gateway to routes a subgraph declares (`httpRoutes`): streamed
 * both ways, capped, with a deadline. The subgraph runs in this process, so the test can see when its
 * handler receives the first bytes of an upload that the client has not finished sending.
 */
const MAX_BODY = 1024 * 1024;

let db: TestDatabase;
let sub: StartedSubgraph;
let gw: Awaited<ReturnType<Awaited<ReturnType<typeof createGateway>>['listen']>>;
let base: string;

/** Resolved by the upload handler when its first chunk arrives (before the client has sent the rest). */
let firstChunkSeen: () => void = () => undefined;
let firstChunk = new Promise<void>((r) => (firstChunkSeen = r));
/** Resolved by the test when the client has read the first chunk of a download. */
let clientGotFirst: () => void = () => undefined;
let clientGot = new Promise<void>((r) => (clientGotFirst = r));

const routes: HttpRoute[] = [
  {
    method: 'POST',
    path: '/api/echo',
    async handler(req, res, ctx) {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        if (bytes === 0) firstChunkSeen();
        bytes += chunk.length;
        hash.update(chunk);
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          bytes,
          sha256: hash.digest('hex'),
          viewer: ctx.viewer.kind,
          clientIp: ctx.clientIp,
          requestId: ctx.requestId,
          signature: req.headers['x-signature'] ?? null,
          timestamp: req.headers['x-timestamp'] ?? null,
          cookie: req.headers.cookie ?? null,
          query: ctx.url.searchParams.get('q'),
          em: typeof ctx.em.fork,
        }),
      );
    },
  },
  {
    method: 'GET',
    path: '/api/files/*',
    async handler(req, res, ctx) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-file': ctx.url.pathname });
      res.write(Buffer.alloc(64 * 1024, 1));
      await clientGot; // the rest only after the client has the first part: a buffering proxy would hang here
      res.end(Buffer.alloc(64 * 1024, 2));
    },
  },
  {
    method: 'GET',
    path: '/api/frozen',
    handler() {
      /* never answers */
    },
  },
  {
    method: 'POST',
    path: '/api/refuse',
    handler() {
      throw badField('name', 'name is wrong', 'Nama salah');
    },
  },
];

beforeAll(async () => {
  db = await createTestDatabase('passthrough');
  sub = await startSubgraph({ ...core, httpRoutes: routes }, { databaseUrl: db.url, authSecret: TEST_AUTH_SECRET, port: 0, logLevel: 'warn' });
  const gateway = await createGateway({
    supergraphPath: path.resolve(__dirname, '../../schema/supergraph.graphql'),
    authSecret: TEST_AUTH_SECRET,
    corsOrigins: [],
    subgraphUrls: { core: sub.url },
    logLevel: 'warn',
    passthroughMaxBodyBytes: MAX_BODY,
    passthroughTimeoutMs: 1500,
  });
  gw = await gateway.listen(0);
  base = gw.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await gw?.close();
  await sub?.stop();
  await db?.drop();
});

/** A raw HTTP request (chunked when `chunks` is given), resolving with status, headers and body. */
function raw(method: string, url: string, opts: { headers?: Record<string, string>; chunks?: AsyncIterable<Buffer> | Buffer[] } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method, headers: opts.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    (async () => {
      for await (const c of opts.chunks ?? []) if (!req.write(c)) await new Promise((r) => req.once('drain', r));
      req.end();
    })().catch(reject);
  });
}

describe('subgraph HTTP routes through the gateway (/api/<subgraph>/...)', () => {
  it('streams an upload to the route before the client has finished sending, with the caller forwarded', async () => {
    firstChunk = new Promise<void>((r) => (firstChunkSeen = r));
    const token = signAccessToken({ kind: 'citizen', id: '2433c170-9946-5cfb-9c87-2d5bf5f35c1b', name: 'Siti' }, TEST_AUTH_SECRET);
    const part = Buffer.alloc(200 * 1024, 7);
    const sent = createHash('sha256');
    async function* body() {
      sent.update(part);
      yield part;
      // the second half goes only once the subgraph has seen the first: a gateway that buffered the
      // whole body would never pass the first half on, and this test would time out
      await firstChunk;
      for (let i = 0; i < 3; i++) {
        sent.update(part);
        yield part;
      }
    }
    const r = await raw('POST', `${base}/api/core/echo?q=satu`, {
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/octet-stream',
        'x-request-id': 'pt-req-1',
        'x-signature': 'sig-abc',
        'x-timestamp': '1700000000',
        cookie: 'session=secret',
        'x-forwarded-for': '203.0.113.9',
      },
      chunks: body(),
    });
    expect(r.status).toBe(201);
    const got = JSON.parse(r.body);
    expect(got).toMatchObject({
      bytes: 4 * part.length,
      sha256: sent.digest('hex'),
      viewer: 'citizen',
      requestId: 'pt-req-1',
      signature: 'sig-abc',
      timestamp: '1700000000',
      query: 'satu',
      em: 'function',
    });
    // the caller's address as the gateway sees it (a forged x-forwarded-for from an untrusted peer is not believed)
    expect(got.clientIp).toBe('127.0.0.1');
    // cookies are not the subgraph's business
    expect(got.cookie).toBeNull();
    expect(r.headers['x-request-id']).toBe('pt-req-1');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('streams the answer back while the subgraph is still writing it', async () => {
    clientGot = new Promise<void>((r) => (clientGotFirst = r));
    const res = await fetch(`${base}/api/core/files/a/b.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-file')).toBe('/api/files/a/b.pdf');
    const reader = res.body!.getReader();
    let total = 0;
    const first = await reader.read();
    total += first.value!.byteLength;
    clientGotFirst();
    for (let c = await reader.read(); !c.done; c = await reader.read()) total += c.value.byteLength;
    expect(total).toBe(128 * 1024);
  });

  it('refuses a body over the cap with 413 PAYLOAD_TOO_LARGE, declared or chunked, without a connection reset', async () => {
    const declared = await fetch(`${base}/api/core/echo`, { method: 'POST', body: Buffer.alloc(MAX_BODY + 1) });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as any).errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: MAX_BODY });
    const chunked = await raw('POST', `${base}/api/core/echo`, { chunks: Array.from({ length: 24 }, () => Buffer.alloc(64 * 1024, 3)) });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 404 JSON for an unknown subgraph or route, 401 for a bad token, and the status of a refused call', async () => {
    const unknown = await fetch(`${base}/api/nosuch/echo`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    const route = await fetch(`${base}/api/core/nothing-here`);
    expect(route.status).toBe(404);
    expect(((await route.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    // dot segments never lead out of /api/ (to the subgraph's /graphql, past the gateway's limits)
    for (const p of ['/api/core/../graphql', '/api/core/%2e%2e/graphql', '/api/core/..\\graphql', '/api/core/files/../../graphql']) {
      const r = await raw('POST', `${base}${p}`, { headers: { 'content-type': 'application/json' }, chunks: [Buffer.from('{"query":"{ __typename }"}')] });
      expect(r.status, p).toBe(404);
      expect(JSON.parse(r.body).errors[0].extensions.code, p).toBe('NOT_FOUND');
    }
    const method = await fetch(`${base}/api/core/echo`);
    expect(method.status).toBe(405);
    const forged = signAccessToken({ kind: 'citizen', id: '2433c170-9946-5cfb-9c87-2d5bf5f35c1b', name: 'x' }, 'not-the-secret-not-the-secret-not-the-secret');
    const bad = await fetch(`${base}/api/core/echo`, { method: 'POST', body: 'x', headers: { authorization: `Bearer ${forged}` } });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const refused = await fetch(`${base}/api/core/refuse`, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', messageId: 'Nama salah' });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|stack/);
  });

  it('ends an exchange that passes its deadline with 504', async () => {
    const started = Date.now();
    const r = await fetch(`${base}/api/core/frozen`);
    expect(r.status).toBe(504);
    expect(((await r.json()) as any).errors[0].extensions.code).toBe('GATEWAY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
