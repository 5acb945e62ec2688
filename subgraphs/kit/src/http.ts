import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';

export const MAX_BODY_BYTES = 1_000_000;

export class BodyTooLargeError extends Error {}

/** Reads a request body up to `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Runs one GraphQL HTTP request through Apollo Server on plain node:http (no framework:
 * this path is the hot path of every request).
 */
export async function handleGraphQLRequest<C extends BaseContext>(
  server: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  context: ContextFunction<[], C>,
  extraHeaders: Record<string, string> = {},
  maxBodyBytes = MAX_BODY_BYTES,
): Promise<void> {
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError)
        return sendJson(res, 413, graphqlError(`Request body larger than ${maxBodyBytes} bytes`, 'BAD_REQUEST'), extraHeaders);
      throw err;
    }
    if (raw.length && String(req.headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, graphqlError('Request body is not valid JSON', 'BAD_REQUEST'), extraHeaders);
      }
    } else body = raw;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: q >= 0 ? url.slice(q) : '', body },
    context,
  });
  const outHeaders: Record<string, string> = { ...extraHeaders };
  for (const [key, value] of result.headers) outHeaders[key] = value;
  if (result.body.kind === 'complete') {
    outHeaders['content-length'] = String(Buffer.byteLength(result.body.string));
    res.writeHead(result.status ?? 200, outHeaders);
    res.end(result.body.string);
    return;
  }
  res.writeHead(result.status ?? 200, outHeaders);
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * One rule for the whole chain (browser -> [load balancer] -> portal -> gateway -> subgraph):
 * every hop believes `x-forwarded-for` only from its own TRUSTED_PROXIES. Walking from the socket's
 * peer leftwards through the header, the first address that is not a trusted proxy is the client
 * (as Express's `trust proxy` / proxy-addr do). The hop then forwards exactly that one address in
 * `x-forwarded-for` to the next hop, never the header it received. So a forged header from an untrusted
 * peer changes nothing, and a trusted proxy's view is taken as is.
 * Defaults: subgraphs trust loopback (the gateway beside them); the gateway and the portal trust nobody
 * unless told (`npm start` tells the gateway to trust the portal on loopback).
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  readonly none: boolean;
  constructor(readonly spec: string) {
    const entries = spec
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    for (const e of entries) {
      if (e === 'none') continue;
      if (e === 'loopback') {
        this.list.addSubnet('127.0.0.0', 8, 'ipv4');
        this.list.addAddress('::1', 'ipv6');
      } else if (e === 'private') {
        for (const [net, bits] of [
          ['10.0.0.0', 8],
          ['172.16.0.0', 12],
          ['192.168.0.0', 16],
          ['169.254.0.0', 16],
        ] as const)
          this.list.addSubnet(net, bits, 'ipv4');
        this.list.addSubnet('fc00::', 7, 'ipv6');
        this.list.addSubnet('fe80::', 10, 'ipv6');
      } else {
        const [addr, bits, extra] = e.split('/');
        const family = isIP(addr);
        const max = family === 4 ? 32 : 128;
        if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
          throw new Error(`"${e}" is not an IP address, a CIDR range, "loopback", "private" or "none"`);
        }
        const type = family === 4 ? 'ipv4' : 'ipv6';
        if (bits === undefined) this.list.addAddress(addr, type);
        else this.list.addSubnet(addr, Number(bits), type);
      }
    }
    this.none = entries.every((e) => e === 'none');
  }

  has(ip: string): boolean {
    if (this.none) return false;
    const family = isIP(ip);
    return family !== 0 && this.list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  }
}

/** `::ffff:1.2.3.4` (an IPv4 peer on a dual-stack socket) is 1.2.3.4. */
export const normaliseIp = (ip: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip) ? ip.slice(7) : ip);

const LOOPBACK = new TrustedProxies('loopback');

/**
 * The caller's address, for throttling only (see TrustedProxies for the rule). Subgraphs pass their
 * configured list; without one, loopback (the gateway beside them) is trusted.
 */
export function clientIpOf(req: IncomingMessage, trusted: TrustedProxies = LOOPBACK): string {
  let ip = normaliseIp(req.socket.remoteAddress ?? 'unknown');
  const header = req.headers['x-forwarded-for'];
  if (!header || !trusted.has(ip)) return ip;
  const hops = (Array.isArray(header) ? header.join(',') : header).split(',').map((s) => normaliseIp(s.trim()));
  for (let i = hops.length - 1; i >= 0 && trusted.has(ip); i--) {
    if (!isIP(hops[i])) break; // garbage from a trusted proxy's client: keep the last address we can vouch for
    ip = hops[i];
  }
  return ip;
}

/** The caller's request id when it looks like one (so logs join across gateway and subgraphs), else a new one. */
export function newRequestId(incoming?: string | null): string {
  return incoming && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
}
