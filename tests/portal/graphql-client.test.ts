/**
 * The portal's GraphQL client (portal/lib/graphql.ts) and its emergency retry (portal/lib/emergency.ts), each
 * against a real HTTP server standing in for the gateway: what goes on the wire for a persisted document, the
 * fallback when the gateway does not know the hash, and a lost emergency report sent again with the same key.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Body = {
  operationName?: string;
  query?: string;
  variables?: Record<string, any>;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
};
type Seen = { body: Body; headers: http.IncomingHttpHeaders };
/** What the fake gateway does with one request: answer JSON, or drop the connection without an answer. */
type Reply = { json: unknown } | 'drop';

let server: http.Server;
let url: string;
let seen: Seen[] = [];
let reply: (req: Seen, n: number) => Reply;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const s: Seen = { body: JSON.parse(raw), headers: req.headers };
      seen.push(s);
      const r = reply(s, seen.length);
      if (r === 'drop') return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
  vi.resetModules(); // the portal parses its environment once per module load
});

/** The portal's modules, loaded with these settings. */
async function portal(env: Record<string, string> = {}) {
  vi.stubEnv('GATEWAY_URL', url);
  vi.stubEnv('PORTAL_SEND_HASH_ONLY', env.PORTAL_SEND_HASH_ONLY ?? '');
  const graphql = await import('../../portal/lib/graphql');
  const emergency = await import('../../portal/lib/emergency');
  const regions = await import('../../portal/graphql/generated/graphql');
  return { ...graphql, ...emergency, RegionsDocument: regions.RegionsDocument, TypedDocumentString: regions.TypedDocumentString };
}

const notFound = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
const regions = { data: { kecamatans: [{ id: 'k1', name: 'Kendari', kelurahans: [] }] } };

describe('persisted documents on the wire', () => {
  it('sends the hash without the text, named, with the client headers; the text only after PERSISTED_QUERY_NOT_FOUND', async () => {
    const { gql, RegionsDocument, registered } = await portal();
    reply = (_s, n) => (n === 1 ? { json: notFound } : { json: regions });
    const data = await gql(RegionsDocument, {});
    expect(data.kecamatans[0].name).toBe('Kendari');

    const { hash, text } = registered(RegionsDocument);
    expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    expect(seen).toHaveLength(2);
    const [first, second] = seen;
    expect(first.body).toEqual({ operationName: 'Regions', variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(first.headers['apollographql-client-name']).toBe('satu-kendari-portal');
    expect(first.headers['apollographql-client-version']).toMatch(/^\d+\.\d+\.\d+/);
    expect(first.headers['apollo-require-preflight']).toBe('true');
    // same hash, now with the registered text (whose sha256 it is)
    expect(second.body).toEqual({ ...first.body, query: text });
  });

  it('asks once: a gateway that knows the hash gets one request', async () => {
    const { gql, RegionsDocument } = await portal();
    reply = () => ({ json: regions });
    await gql(RegionsDocument, {});
    expect(seen).toHaveLength(1);
    expect(seen[0].body.query).toBeUndefined();
  });

  it('PORTAL_SEND_HASH_ONLY=false sends the text with the hash from the start', async () => {
    const { gql, RegionsDocument, registered } = await portal({ PORTAL_SEND_HASH_ONLY: 'false' });
    reply = () => ({ json: regions });
    await gql(RegionsDocument, {});
    expect(seen).toHaveLength(1);
    expect(seen[0].body.query).toBe(registered(RegionsDocument).text);
  });

  it('refuses a document that is not in the manifest, before sending anything', async () => {
    const { gql, TypedDocumentString } = await portal();
    const stray = new TypedDocumentString<unknown, Record<string, never>>('query Stray { kecamatans { id } }', { hash: 'f'.repeat(64) });
    await expect(gql(stray, {})).rejects.toThrow(/not in graphql\/generated\/persisted-documents\.json/);
    expect(seen).toHaveLength(0);
  });
});

describe('an emergency report that is lost on the way', () => {
  const input = { kind: 'FIRE' as const, kelurahanId: 'kel-1', idempotencyKey: 'key-0123456789' };
  const fast = { attempts: 3, delaysMs: [20, 40], budgetMs: 5000 };
  const stored = new Map<string, { id: string; trackingCode: string }>();
  /** The fake Fire Button: the idempotency key decides; a second report with the same key is the first one. */
  const store = (s: Seen) => {
    const key = s.body.variables!.input.idempotencyKey as string;
    const replayed = stored.has(key);
    if (!replayed) stored.set(key, { id: `r${stored.size + 1}`, trackingCode: `DMK-${stored.size + 1}` });
    return { json: { data: { reportEmergency: { assignment: 'UNIT_DISPATCHED', replayed, report: stored.get(key) } } } };
  };
  const unavailable = { json: { errors: [{ message: 'firebutton is down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } };
  beforeEach(() => stored.clear());

  it('is sent again with the same key: stored once, and the resident gets its tracking code', async () => {
    const { reportEmergency } = await portal({ PORTAL_SEND_HASH_ONLY: 'false' });
    // 1st: stored, but the answer never arrives; 2nd: the service is briefly unavailable; 3rd: answered (replay)
    reply = (s, n) => (n === 1 ? (store(s), 'drop') : n === 2 ? unavailable : store(s));
    const result = await reportEmergency(input, null, fast);
    expect(result.report.trackingCode).toBe('DMK-1');
    expect(result.replayed).toBe(true);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.body.variables!.input.idempotencyKey))).toEqual(new Set([input.idempotencyKey]));
    expect(stored.size).toBe(1);
  });

  it('gives up after three tries with the last SERVICE_UNAVAILABLE (the page then says to call 113)', async () => {
    const { reportEmergency, retryable } = await portal({ PORTAL_SEND_HASH_ONLY: 'false' });
    reply = () => unavailable;
    const err = await reportEmergency(input, null, fast).catch((e) => e);
    expect(err.code).toBe('SERVICE_UNAVAILABLE');
    expect(retryable(err)).toBe(true);
    expect(seen).toHaveLength(3);
  });

  it('does not retry what a retry cannot fix (bad input)', async () => {
    const { reportEmergency } = await portal({ PORTAL_SEND_HASH_ONLY: 'false' });
    reply = () => ({ json: { errors: [{ message: 'bad kelurahan', extensions: { code: 'BAD_USER_INPUT', field: 'input.kelurahanId' } }] } });
    await expect(reportEmergency(input, null, fast)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(seen).toHaveLength(1);
  });

  it('falls back to an anonymous report when the session no longer works, keeping the key', async () => {
    const { reportEmergency } = await portal({ PORTAL_SEND_HASH_ONLY: 'false' });
    reply = (s) => (s.headers.authorization ? { json: { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] } } : store(s));
    const result = await reportEmergency(input, 'expired-token', fast);
    expect(result.report.trackingCode).toBe('DMK-1');
    expect(seen.map((s) => Boolean(s.headers.authorization))).toEqual([true, false]);
    expect(stored.size).toBe(1);
  });
});
