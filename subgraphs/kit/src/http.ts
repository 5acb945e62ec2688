import type { IncomingMessage, ServerResponse } from 'node:http';
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
      if (err instanceof BodyTooLargeError) return sendJson(res, 413, graphqlError(`Request body larger than ${maxBodyBytes} bytes`, 'BAD_REQUEST'), extraHeaders);
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
 * Addresses whose `x-forwarded-for` is believed: the gateway (and a load balancer in front of it).
 * Default: loopback only. Set TRUSTED_PROXIES (comma-separated) when the gateway runs elsewhere.
 */
const TRUSTED = new Set((process.env.TRUSTED_PROXIES ?? '127.0.0.1,::1,::ffff:127.0.0.1').split(',').map((s) => s.trim()).filter(Boolean));

/**
 * The caller's address, for throttling only. Behind the gateway every request comes from the
 * gateway's address, so the gateway passes the caller's in `x-forwarded-for`; it is believed only
 * from a trusted proxy (anyone else could send any value). The last hop before the trusted one counts.
 */
export function clientIpOf(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  if (!forwarded || !TRUSTED.has(peer)) return peer;
  const hops = String(forwarded).split(',').map((s) => s.trim()).filter(Boolean);
  return hops[hops.length - 1] ?? peer;
}
