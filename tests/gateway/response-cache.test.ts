import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gqlOk, pollFor } from '@kendari/kit/testing';
import { freePort, sharedStack, type Stack } from '../src/harness';
import { startGateway, type GatewayProcess } from '../src/gateway-process';
import { LOGIN, sha256Hex, writeManifest } from '../src/trusted-documents';

/**
 * Issue 13.5: cacheability declared in the schema (@cacheControl in the subgraphs, composed into the
 * supergraph), the gateway's response cache with a max-age per answer, shared through Redis by several
 * gateway processes, HTTP caching of GET queries (Cache-Control, ETag, 304), and a Redis outage that
 * costs nothing but cache hits.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RUN = `test:${randomUUID().slice(0, 8)}`;
const BOARD = '{ serviceStatusBoard(first: 5) { totalCount nodes { status } } }';
const AGENCIES = '{ agencies { id shortName } }';

let stack: Stack;
let a: GatewayProcess;
let b: GatewayProcess;
let token: string;

beforeAll(async () => {
  stack = await sharedStack();
  // two gateway processes sharing one Redis, as replicas behind a load balancer
  // SUBGRAPH_TIMEOUT_MS: a login (scrypt) on a machine loaded by other work can outlast the 5-s deadline
  const shared = {
    SUBGRAPH_TIMEOUT_MS: '60000',
    REDIS_URL,
    RESPONSE_CACHE_KEY_PREFIX: `${RUN}:answer`,
    QUOTA_KEY_PREFIX: `${RUN}:quota`,
    TRUSTED_DOCUMENTS_PATH: writeManifest(),
  };
  [a, b] = await Promise.all([startGateway(stack, shared, 'gateway-a'), startGateway(stack, shared, 'gateway-b')]);
  token = ((await gqlOk(a.url, LOGIN, { i: { identifier: '7471024506900001', password: DEMO_PASSWORD } })) as any).login.session.accessToken;
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await stack?.stop();
});

const get = (url: string, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
  fetch(`${url}?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`, { headers });
const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
/** A query no other test (or earlier run) has asked: `__typename` aliases change the document, not the answer's data. */
const fresh = (query: string) => query.replace(/^\{/, `{ n${randomUUID().replace(/-/g, '')}: __typename `);

describe('max-age from the schema', () => {
  it('a status-board query gets the board’s seconds, reference data minutes, a mix the smallest', async () => {
    const board = await get(a.url, fresh(BOARD));
    expect(board.status).toBe(200);
    expect(board.headers.get('cache-control')).toBe('public, max-age=10');
    expect(board.headers.get('x-cache')).toBe('MISS');
    expect(((await board.json()) as any).data.serviceStatusBoard.totalCount).toBeGreaterThan(0);

    const agencies = await get(a.url, fresh(AGENCIES));
    expect(agencies.headers.get('cache-control')).toBe('public, max-age=300');

    const statistics = await get(a.url, fresh('{ agencies { id } jariStats(month: "2026-11") { __typename } }'));
    expect(statistics.headers.get('cache-control')).toBe('public, max-age=60');

    const mixed = await get(a.url, fresh(`{ agencies { id } ${BOARD.slice(1, -1)} }`));
    expect(mixed.headers.get('cache-control')).toBe('public, max-age=10');
  });

  it('a field without a hint, a personal field or a token: not cacheable', async () => {
    // a letter check: no hint (a letter can be revoked); the answer is an error-free "not found" answer
    const verify = await get(a.url, fresh('{ verifyLetter(code: "TIDAK-ADA-123") { valid } }'));
    expect(verify.headers.get('cache-control')).toBe('no-store');
    expect(verify.headers.get('x-cache')).toBeNull();
    // the whole graph with a token: personal, never stored anywhere
    for (let i = 0; i < 2; i++) {
      const me = await post(a.url, '{ me { id } agencies { id } }', { authorization: `Bearer ${token}` });
      expect(me.headers.get('cache-control')).toBe('private, no-store');
      expect(me.headers.get('x-cache')).toBeNull();
    }
  });
});

describe('HTTP caching of GET queries', () => {
  it('answers with an ETag, and 304 with no body to a matching If-None-Match', async () => {
    const q = fresh(AGENCIES);
    const first = await get(a.url, q);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const body = await first.text();
    const again = await get(a.url, q, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(await again.text()).toBe('');
    // another tag: the whole answer, the same bytes
    const other = await get(a.url, q, { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(body);
  });

  it('a persisted query by hash alone over GET is cacheable the same way', async () => {
    const doc = 'query PublicKecamatans { kecamatans { id name } }';
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(doc) } }));
    // registered on this gateway? No: an unknown hash is PERSISTED_QUERY_NOT_FOUND, never cached
    const unknown = await fetch(`${a.url}?operationName=PublicKecamatans&extensions=${extensions}`);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).not.toMatch(/public/);
    // the playground's first tab (registered on every gateway) by hash
    const tab = (await import('@kendari/gateway/dist/playground')).exampleTabs()[0].query;
    const byHash = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(tab) } }));
    const r = await fetch(`${a.url}?operationName=Regions&extensions=${byHash}`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as any).data.kecamatans).toHaveLength(11);
    expect(r.headers.get('cache-control')).toBe('public, max-age=300');
    expect(r.headers.get('etag')).toBeTruthy();
  });
});

describe('one cache for every gateway process (Redis)', () => {
  it('an answer stored by one process is a hit at the other', async () => {
    const q = fresh(AGENCIES);
    const first = await get(a.url, q);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await get(b.url, q);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(await first.text());
    // POST shares the entry too (same document, same variables)
    const viaPost = await post(b.url, q);
    expect(viaPost.headers.get('x-cache')).toBe('HIT');
  });

  it('never stores an answer with errors', async () => {
    const q = fresh('{ services(first: 500) { nodes { id } } }');
    for (const url of [a.url, b.url]) {
      const r = await post(url, q);
      expect(r.headers.get('x-cache')).toBe('MISS');
      expect(((await r.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('Redis down', () => {
  it('a Redis that stops: answers keep coming (cache misses), the outage logged once', async () => {
    const port = await freePort();
    const redis: ChildProcess = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    let c: GatewayProcess | null = null;
    try {
      await waitForRedis(port);
      c = await startGateway(
        stack,
        { REDIS_URL: `redis://127.0.0.1:${port}`, RESPONSE_CACHE_KEY_PREFIX: `${RUN}:c`, QUOTA_KEY_PREFIX: `${RUN}:qc` },
        'gateway-c',
      );
      const q = fresh(AGENCIES);
      expect((await get(c.url, q)).headers.get('x-cache')).toBe('MISS');
      expect((await get(c.url, q)).headers.get('x-cache')).toBe('HIT');
      redis.kill('SIGKILL');
      await new Promise((r) => redis.once('exit', r));
      for (let i = 0; i < 5; i++) {
        const r = await get(c.url, q);
        expect(r.status).toBe(200);
        expect(r.headers.get('x-cache')).toBe('MISS');
        expect(((await r.json()) as any).data.agencies.length).toBeGreaterThan(5);
      }
      const said = () => c!.log().match(/response cache: Redis unavailable/g) ?? [];
      await pollFor(() => said().length > 0, { timeout: 5000, what: 'the gateway saying Redis is unavailable' });
      expect(said()).toHaveLength(1);
    } finally {
      redis.kill('SIGKILL');
      await c?.stop();
    }
  });

  it('a Redis that is not there at all: the gateway starts and answers', async () => {
    const port = await freePort();
    const c = await startGateway(
      stack,
      { REDIS_URL: `redis://127.0.0.1:${port}`, RESPONSE_CACHE_KEY_PREFIX: `${RUN}:d`, QUOTA_KEY_PREFIX: `${RUN}:qd` },
      'gateway-d',
    );
    try {
      for (let i = 0; i < 3; i++) {
        const r = await get(c.url, AGENCIES);
        expect(r.status).toBe(200);
        expect(((await r.json()) as any).data.agencies.length).toBeGreaterThan(5);
      }
    } finally {
      await c.stop();
    }
  });
});

async function waitForRedis(port: number): Promise<void> {
  const net = await import('node:net');
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
  await pollFor(listening, { timeout: 10_000, what: `redis-server on ${port}` });
}
