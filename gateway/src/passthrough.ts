import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import { clientIpOf, newRequestId, type Logger, type TrustedProxies } from '@kendari/kit/platform';
import { refuseAfterDrain } from './body';
import type { subgraphAgents } from './datasource';

/**
 * Plain HTTP routes of subgraphs (uploads, downloads, signed payment callbacks) reached through the
 * gateway's origin, so subgraphs stay internal: `/api/<subgraph>/<rest>` goes to the subgraph's
 * `/api/<rest>`. Bodies are streamed both ways (an upload is never held in memory), capped while they
 * stream, and the whole exchange has a deadline.
 */
export interface PassthroughOptions {
  /** Subgraph name -> its routing URL (only the origin is used). */
  targets: Record<string, string>;
  /** Largest request body forwarded (default 25 MB); over it: 413 PAYLOAD_TOO_LARGE. */
  maxBodyBytes?: number;
  /** Deadline for the whole exchange (default 60 s); over it: 504 before the answer started, else the answer is cut. */
  timeoutMs?: number;
  agents: ReturnType<typeof subgraphAgents>;
  log: Logger;
  /** Headers added to every answer (CORS, security headers). */
  extraHeaders?: (req: IncomingMessage) => Record<string, string>;
  /** Whose `x-forwarded-for` is believed; the subgraph gets exactly the one address decided here. */
  trustedProxies: TrustedProxies;
}

export const PASSTHROUGH_MAX_BODY_BYTES = 25 * 1024 * 1024;
export const PASSTHROUGH_TIMEOUT_MS = 60_000;

/** Request headers a subgraph route needs; everything else (cookies, hop-by-hop, forwarding claims) stays here. */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'content-length',
  'authorization',
  'x-signature',
  'x-timestamp',
  'accept',
  'range',
  'if-none-match',
  'if-modified-since',
];
/** Hop-by-hop headers of the subgraph's answer are the gateway's own business. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

const errorBody = (message: string, code: string, messageId: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, messageId, ...extra } }],
});

export function createPassthrough(opts: PassthroughOptions) {
  const maxBody = opts.maxBodyBytes ?? PASSTHROUGH_MAX_BODY_BYTES;
  const timeoutMs = opts.timeoutMs ?? PASSTHROUGH_TIMEOUT_MS;
  const targets = new Map<string, URL>();
  for (const [name, url] of Object.entries(opts.targets)) targets.set(name.toLowerCase(), new URL(new URL(url).origin));
  const tooLarge = errorBody(
    `Request body larger than ${maxBody} bytes`,
    'PAYLOAD_TOO_LARGE',
    `Ukuran data melebihi batas ${Math.floor(maxBody / (1024 * 1024))} MB`,
    { limit: maxBody },
  );

  /** Handles a request whose path starts with `/api/`. */
  return function passthrough(req: IncomingMessage, res: ServerResponse): void {
    const requestId = newRequestId(req.headers['x-request-id'] as string | undefined);
    const headers = { ...(opts.extraHeaders?.(req) ?? {}), 'x-request-id': requestId };
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const m = /^\/api\/([a-z0-9_-]+)(\/.*)?$/i.exec(path);
    const base = m ? targets.get(m[1].toLowerCase()) : undefined;
    if (!m || !base) {
      return refuseAfterDrain(req, res, 404, errorBody('No such subgraph route', 'NOT_FOUND', 'Alamat tidak ditemukan'), headers);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) return refuseAfterDrain(req, res, 413, tooLarge, headers);

    const out: OutgoingHttpHeaders = { 'x-request-id': requestId, 'x-forwarded-for': clientIpOf(req, opts.trustedProxies) };
    for (const h of FORWARDED_REQUEST_HEADERS) if (req.headers[h] !== undefined) out[h] = req.headers[h];
    const target = new URL(`/api${m[2] ?? '/'}${q >= 0 ? rawUrl.slice(q) : ''}`, base);
    // `..` (also as %2e%2e or with backslashes) resolves out of /api/: never to the subgraph's /graphql,
    // which would skip the gateway's operation limits
    if (!target.pathname.startsWith('/api/')) {
      return refuseAfterDrain(req, res, 404, errorBody('No such subgraph route', 'NOT_FOUND', 'Alamat tidak ditemukan'), headers);
    }
    const client = target.protocol === 'https:' ? https : http;
    const upstream = client.request(target, { method: req.method, headers: out, agent: target.protocol === 'https:' ? opts.agents.https : opts.agents.http });

    let finished = false;
    let overflowed = false;
    const timer = setTimeout(() => {
      if (finished) return;
      finished = true;
      upstream.destroy();
      opts.log.warn({ requestId, subgraph: m[1], ms: timeoutMs }, 'passthrough deadline passed');
      if (!res.headersSent)
        refuseAfterDrain(
          req,
          res,
          504,
          errorBody('The service did not answer in time', 'GATEWAY_TIMEOUT', 'Layanan tidak menjawab tepat waktu. Silakan coba lagi.'),
          headers,
          1000,
        );
      else res.destroy();
    }, timeoutMs);
    const done = () => {
      finished = true;
      clearTimeout(timer);
    };

    upstream.on('response', (up) => {
      if (finished) return void up.resume();
      const answerHeaders: OutgoingHttpHeaders = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) answerHeaders[k] = v;
      res.writeHead(up.statusCode ?? 502, { ...answerHeaders, ...headers });
      up.pipe(res);
      up.on('end', done);
      up.on('error', () => {
        done();
        res.destroy();
      });
    });
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      if (finished) return;
      done();
      opts.log.warn({ requestId, subgraph: m[1], code: err.code }, 'passthrough: subgraph unreachable');
      if (!res.headersSent)
        refuseAfterDrain(
          req,
          res,
          503,
          errorBody(
            'The service behind this route is temporarily unavailable',
            'SERVICE_UNAVAILABLE',
            'Layanan ini sementara tidak tersedia. Silakan coba lagi nanti.',
          ),
          headers,
          1000,
        );
      else res.destroy();
    });
    // the caller went away before the answer was complete: stop the subgraph's work too
    res.on('close', () => {
      if (!res.writableFinished) {
        done();
        upstream.destroy();
      }
    });

    // the body, streamed with back-pressure and counted while it streams (a chunked body has no length up front)
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        overflowed = true;
        req.off('data', onData);
        done();
        upstream.destroy();
        if (!res.headersSent) refuseAfterDrain(req, res, 413, tooLarge, headers);
        else res.destroy();
        return;
      }
      if (!upstream.write(chunk)) req.pause();
    };
    upstream.on('drain', () => {
      if (!overflowed) req.resume();
    });
    req.on('data', onData);
    req.on('end', () => {
      if (!overflowed && !finished) upstream.end();
    });
    req.on('aborted', () => {
      done();
      upstream.destroy();
    });
  };
}

/** `SUBGRAPH_<NAME>_URL` routing URLs of the supergraph (`@join__graph(name:, url:)`), then the overrides. */
export function routingUrls(supergraphSdl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) out[m[1]] = m[2];
  for (const [name, url] of Object.entries(overrides)) out[name] = url;
  return out;
}
