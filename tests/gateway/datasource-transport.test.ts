import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForwardingDataSource, MAX_SUBGRAPH_RESPONSE_BYTES, subgraphAgents } from '../../gateway/src/datasource';

// How the gateway's subgraph client (undici's pool) behaves on the wire, against real HTTP servers: what it sends,
// and each way an answer can fail (cut off, too large, too slow, refused) becomes SERVICE_UNAVAILABLE or
// RESPONSE_TOO_LARGE at the fetch's paths, never an exception that blanks the whole answer.
let server: http.Server;
let base: string;
const seen: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
const agents = subgraphAgents(8);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      if (req.url === '/ok') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ data: { kecamatans: [{ id: 'k1' }] } }));
      } else if (req.url === '/cut') {
        // promises 1000 bytes, sends 10, then the connection dies
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"data":{"');
        setTimeout(() => res.socket?.destroy(), 20);
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent <= MAX_SUBGRAPH_RESPONSE_BYTES + chunk.length) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end();
        };
        more();
      } else if (req.url === '/slow') {
        // never answers
      } else if (req.url === '/throttled') {
        res.writeHead(429, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS' } }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await agents.dispatcher.destroy();
});

const ask = (path: string, timeoutMs = 2000, context: Record<string, string> = {}) =>
  new ForwardingDataSource(`${base}${path}`, agents, false, false, timeoutMs, 'core').process({
    request: { query: '{ kecamatans { id } }', variables: {} },
    context,
  } as never) as Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;

describe("the gateway's subgraph client", () => {
  it('sends the query as JSON with the caller headers, reuses the connection, and parses the answer', async () => {
    seen.length = 0;
    const a = await ask('/ok', 2000, { authorization: 'Bearer t', requestId: 'r-1', clientIp: '10.0.0.9' });
    const b = await ask('/ok');
    expect(a).toEqual({ data: { kecamatans: [{ id: 'k1' }] } });
    expect(b.data).toEqual(a.data);
    expect(JSON.parse(seen[0].body)).toMatchObject({ query: '{ kecamatans { id } }', variables: {} });
    expect(seen[0].headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer t',
      'x-request-id': 'r-1',
      'x-forwarded-for': '10.0.0.9',
      'content-length': String(Buffer.byteLength(seen[0].body)),
    });
    expect(seen[1].headers.authorization).toBeUndefined();
  });

  it('an answer cut off midway is SERVICE_UNAVAILABLE (UNREACHABLE) at the root field', async () => {
    const r = await ask('/cut');
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE' });
  });

  it('an answer over the subgraph cap is RESPONSE_TOO_LARGE naming the limit, and the connection is not kept', async () => {
    const r = await ask('/huge', 20_000);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: MAX_SUBGRAPH_RESPONSE_BYTES });
    // the next fetch still works (a new connection)
    expect((await ask('/ok')).data).toEqual({ kecamatans: [{ id: 'k1' }] });
  });

  it('no answer within the deadline is SERVICE_UNAVAILABLE with reason TIMEOUT, in about the deadline', async () => {
    const started = Date.now();
    const r = await ask('/slow', 300);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' });
  });

  it('a refused connection is SERVICE_UNAVAILABLE and names no address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const r = (await new ForwardingDataSource(`http://127.0.0.1:${port}/graphql`, agents, false, false, 2000, 'core').process({
      request: { query: '{ kecamatans { id } }', variables: {} },
      context: {},
    } as never)) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE' });
    expect(JSON.stringify(r)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it("a subgraph's own GraphQL error with an HTTP status (429) passes through with its code", async () => {
    const r = await ask('/throttled');
    expect(r.errors?.[0]).toMatchObject({ message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS' } });
  });
});
