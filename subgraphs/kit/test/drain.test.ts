import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { drainer } from '../src/drain';
import { drainEnv, z } from '../src/env';
import { pollFor } from '../src/testing';

/** Issue 19: what the subgraphs and the gateway do on SIGTERM (kit `drainer`), on a plain node:http server. */
describe('drainer', () => {
  it('serves running and new requests through the drain, then closes without cutting any running request', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const server = http.createServer((req, res) => {
      if (req.url === '/slow') void released.then(() => res.end('done'));
      else res.end(drain.draining ? 'draining' : 'ready');
    });
    const drain = drainer(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // keep-alive connections, as the gateway's pool and a load balancer hold them
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const get = (p: string) =>
      new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) =>
        http
          .get(`${base}${p}`, { agent }, (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
          })
          .on('error', reject),
      );
    expect((await get('/')).body).toBe('ready');
    const slow = Array.from({ length: 20 }, () => get('/slow'));
    await pollFor(() => drain.inFlight === 20, { what: '20 requests in flight' });

    const closed = drain.close({ drainMs: 1500 });
    const fresh = await get('/');
    expect(fresh).toMatchObject({ status: 200, body: 'draining', connection: 'close' });
    // past the drain: the listener is closed, the 20 still run
    await pollFor(() => !server.listening, { what: 'listener closed' });
    await expect(get('/')).rejects.toThrow(/ECONNREFUSED/);
    expect(drain.inFlight).toBe(20);
    release();
    const answers = await Promise.all(slow);
    expect(answers.map((a) => a.body)).toEqual(Array(20).fill('done'));
    await closed;
    expect(drain.inFlight).toBe(0);
    agent.destroy();
  });

  it('cuts what still runs after the grace period', async () => {
    const server = http.createServer(() => undefined); // never answers
    const drain = drainer(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    const hanging = new Promise<string>((resolve) => http.get(`http://127.0.0.1:${port}/`, () => resolve('answered')).on('error', (e) => resolve(e.message)));
    await pollFor(() => drain.inFlight === 1, { what: 'the request in flight' });
    const started = Date.now();
    await drain.close({ drainMs: 0, graceMs: 300 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await hanging).toMatch(/socket hang up|ECONNRESET/);
  });

  it('reads DRAIN_SECONDS: 0 by default, a bad value refused', () => {
    const shape = z.object(drainEnv);
    expect(shape.parse({})).toEqual({ DRAIN_SECONDS: 0 });
    expect(shape.parse({ DRAIN_SECONDS: '5' })).toEqual({ DRAIN_SECONDS: 5 });
    expect(shape.safeParse({ DRAIN_SECONDS: 'soon' }).success).toBe(false);
    expect(shape.safeParse({ DRAIN_SECONDS: '-1' }).success).toBe(false);
  });
});
