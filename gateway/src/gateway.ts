import { costLimitPlugin, MAX_RESPONSE_BYTES, MAX_TOKENS, operationLimitRules, responseTooLarge, tokenLimitError } from './limits';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { printSchema, type GraphQLFormattedError } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import {
  clientIpOf,
  createLogger,
  formatError,
  MAX_BODY_BYTES,
  newRequestId,
  sendJson,
  TrustedProxies,
  viewerFromAuthorization,
  type Logger,
  type Viewer,
} from '@kendari/kit/platform';
import { nestingDepth, readBodyWithin } from './body';
import { ForwardingDataSource, subgraphAgents } from './datasource';
import { createPassthrough, routingUrls } from './passthrough';
import { API_SECURITY_HEADERS, PLAYGROUND_SECURITY_HEADERS } from './security-headers';
import { playgroundAsset, playgroundHtml } from './playground';
import { ResponseCache } from './response-cache';
import { installResultShaping } from './result-shaping';

export interface GatewayContext {
  viewer: Viewer;
  authorization?: string;
  requestId: string;
  /** The caller's address: subgraphs throttle guessing and abuse per caller, not per gateway. */
  clientIp: string;
}

export interface GatewayOptions {
  supergraphPath: string;
  authSecret: string;
  corsOrigins: string[];
  maxBodyBytes?: number;
  subgraphUrls?: Record<string, string>;
  logLevel?: string;
  /** Seconds an anonymous answer to a public query is served from the response cache (0 = off). */
  responseCacheTtl?: number;
  /** Sockets per subgraph (keep-alive). */
  maxSocketsPerSubgraph?: number;
  /** `/api/<subgraph>/...` passthrough: body cap (default 25 MB) and deadline (default 60 s). */
  passthroughMaxBodyBytes?: number;
  passthroughTimeoutMs?: number;
  /** Deadline of one subgraph fetch (default 5 s), and per subgraph by name. */
  subgraphTimeoutMs?: number;
  subgraphTimeouts?: Record<string, number>;
  /** Largest answer sent (default MAX_RESPONSE_BYTES); a larger one is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes?: number;
  /** Whose `x-forwarded-for` the gateway believes (TRUSTED_PROXIES; default nobody: the kit's TrustedProxies has the rule). */
  trustedProxies?: TrustedProxies;
}

/**
 * Verified tokens, until they expire (at most a minute): verifying the same HS256 token on every
 * request of a dashboard (jsonwebtoken builds a key object each time) was a visible part of the
 * profile. Only a token that verified is kept, and only while `exp` lies ahead, so an expired or
 * bad token is refused exactly as before; the subgraphs verify every token again anyway.
 */
class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();
  constructor(
    private readonly secret: string,
    private readonly maxEntries = 10_000,
  ) {}

  viewerOf(authorization: string | undefined): Viewer {
    if (!authorization) return viewerFromAuthorization(authorization, this.secret);
    const now = Date.now();
    const hit = this.entries.get(authorization);
    if (hit && hit.until > now) return hit.viewer;
    if (hit) this.entries.delete(authorization);
    const viewer = viewerFromAuthorization(authorization, this.secret); // throws on a bad or expired token
    const exp = expiryOf(authorization);
    if (exp !== null) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(authorization, { viewer, until: Math.min(exp * 1000, now + 60_000) });
    }
    return viewer;
  }
}

function expiryOf(authorization: string): number | null {
  try {
    const token = authorization.trim().split(/\s+/)[1] ?? '';
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown; nbf?: unknown };
    return typeof payload.exp === 'number' && payload.nbf === undefined ? payload.exp : null;
  } catch {
    return null;
  }
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|socket hang up|fetch failed|network timeout/i;

/**
 * A subgraph that does not answer is SERVICE_UNAVAILABLE (its part of the answer is null, the rest
 * stands), not an internal error; the message names no address.
 */
function subgraphUnreachable(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const chain: unknown[] = [];
  for (let e: any = error; e && chain.length < 5; e = e.originalError ?? e.cause) chain.push(e);
  if (!chain.some((e: any) => UNREACHABLE.test(String(e?.message ?? '')) || UNREACHABLE.test(String(e?.code ?? '')))) return null;
  return {
    message: 'A service behind this part of the graph is temporarily unavailable',
    path: formatted.path,
    extensions: { code: 'SERVICE_UNAVAILABLE', messageId: 'Layanan ini sementara tidak tersedia. Silakan coba lagi nanti.' },
  };
}

/** Deeper than any input type of the graph needs. */
const MAX_VARIABLES_DEPTH = 32;

/** The variables of a POST body (or a batch of them) or of a GET query string. */
function variablesOf(req: IncomingMessage, body: unknown): unknown {
  if (req.method === 'POST')
    return Array.isArray(body) ? body.map((b) => (b as { variables?: unknown })?.variables) : (body as { variables?: unknown } | undefined)?.variables;
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const raw = q >= 0 ? new URLSearchParams(url.slice(q)).get('variables') : null;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined; // Apollo answers the bad JSON
  }
}

/** graphql-js's token limit is a parse error; clients see it like the other limits. */
function tokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const t = tokenLimitError(formatted.message);
  if (!t) return null;
  return { message: `Operation has more than ${t.limit} tokens; the limit is ${t.limit}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: t.limit } };
}

export async function createGateway(opts: GatewayOptions) {
  const log: Logger = createLogger('gateway', opts.logLevel);
  const supergraphSdl = readFileSync(opts.supergraphPath, 'utf8');
  // the graph as clients see it (no federation directives): the download link on the portal's developer page
  let apiSdl: string | null = null;
  const apiSdlOf = () => (apiSdl ??= printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()));
  const agents = subgraphAgents(opts.maxSocketsPerSubgraph);
  const shaping = installResultShaping();
  if (!shaping.installed)
    log.warn(
      { version: shaping.version },
      "@apollo/gateway is not the version result-shaping.ts was written for: Apollo's own (slower) result shaping is used",
    );
  const gateway = new ApolloGateway({
    supergraphSdl,
    // one keep-alive agent for all subgraphs: connections are reused, not opened per request
    buildService: ({ name, url }) =>
      new ForwardingDataSource<GatewayContext>(
        opts.subgraphUrls?.[name] ?? url!,
        agents,
        true,
        true,
        opts.subgraphTimeouts?.[name] ?? opts.subgraphTimeoutMs ?? 5_000,
        name,
      ),
    logger: log,
  });
  let ready = false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // index.ts stops the gateway on SIGINT/SIGTERM; Apollo's own handler made that hang (see the kit's server.ts)
    stopOnTerminationSignals: false,
    validationRules: operationLimitRules(),
    // the token limit is the parser's own: a huge document is refused while it is read
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: (formatted, error) =>
      formatError(tokenLimit(formatted) ?? subgraphUnreachable(formatted, error) ?? formatted, error, (err) => log.error({ err }, 'unexpected error')),
    // parsed and validated documents are kept in Apollo Server's LRU document store and query plans in
    // the gateway's LRU plan cache (both ~30 MB by default, plenty for the portal's operations).
    // No usage or schema reporting, traces or cache-control hints: nobody reads them, each costs time per request.
    plugins: [
      costLimitPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger: log,
  });
  const cache = new ResponseCache(opts.responseCacheTtl ?? 0);
  const viewers = new ViewerCache(opts.authSecret);
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const maxResponse = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  await apollo.start();
  ready = true;

  const allowed = new Set(opts.corsOrigins);
  const corsHeaders = (req: IncomingMessage, methods = 'GET, POST, OPTIONS'): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'authorization, content-type, x-request-id, apollo-require-preflight',
      'access-control-allow-methods': methods,
      'access-control-max-age': '600',
      vary: 'Origin',
    };
  };

  const trusted = opts.trustedProxies ?? new TrustedProxies('none');
  const passthrough = createPassthrough({
    trustedProxies: trusted,
    targets: routingUrls(supergraphSdl, opts.subgraphUrls),
    maxBodyBytes: opts.passthroughMaxBodyBytes,
    timeoutMs: opts.passthroughTimeoutMs,
    agents,
    log,
    extraHeaders: corsHeaders,
  });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const [path] = (req.url ?? '/').split('?');
    for (const [k, v] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(k, v);
    if (path.startsWith('/api/')) {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, corsHeaders(req, 'GET, POST, PUT, DELETE, OPTIONS'));
        return void res.end();
      }
      return passthrough(req, res);
    }
    if (path === '/health') return sendJson(res, 200, { status: 'ok', service: 'gateway' });
    if (path === '/ready') return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'starting', service: 'gateway' });
    if (path.startsWith('/playground/')) {
      const asset = playgroundAsset(path.slice('/playground/'.length));
      if (!asset) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': asset.cacheControl ?? 'public, max-age=86400' });
      return void res.end(asset.body);
    }
    if (path === '/') {
      res.writeHead(302, { location: '/graphql' });
      return void res.end();
    }
    if (path === '/graphql/sdl' && (req.method === 'GET' || req.method === 'HEAD')) {
      const sdl = apiSdlOf();
      res.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': 'inline; filename="satu-kendari.graphql"',
        'cache-control': 'public, max-age=300',
        'access-control-allow-origin': '*',
      });
      return void res.end(req.method === 'HEAD' ? undefined : sdl);
    }
    if (path !== '/graphql') return sendJson(res, 404, { error: 'not found: the GraphQL endpoint is /graphql' });
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return void res.end();
    }
    if (req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html')) {
      const html = playgroundHtml();
      res.writeHead(200, { ...PLAYGROUND_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
      return void res.end(html);
    }
    const requestId = newRequestId(req.headers['x-request-id'] as string | undefined);
    const started = process.hrtime.bigint();
    runGraphQL(req, res, { ...cors, 'x-request-id': requestId }, requestId)
      .then(() => log.debug({ requestId, ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode }, 'graphql'))
      .catch((err) => {
        log.error({ err, requestId }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      });
  };

  /** One GraphQL HTTP request: body, response cache, token check, Apollo. */
  const runGraphQL = async (req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string>, requestId: string): Promise<void> => {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      // over the cap: 413 once the client has sent the rest (a chunked body too), never a connection reset
      const raw = await readBodyWithin(req, res, maxBody, extraHeaders);
      if (raw === null) return;
      if (raw.length && String(req.headers['content-type'] ?? '').includes('json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, graphqlError('Request body is not valid JSON', 'BAD_REQUEST'), extraHeaders);
        }
      } else body = raw;
    }
    // variables nested past any input type of the graph would only exhaust the stack of whoever walks them
    if (nestingDepth(variablesOf(req, body), MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH) {
      return sendJson(
        res,
        400,
        {
          errors: [
            {
              message: `Variables nested deeper than ${MAX_VARIABLES_DEPTH} levels`,
              extensions: { code: 'BAD_USER_INPUT', limit: MAX_VARIABLES_DEPTH, messageId: 'Variabel permintaan terlalu dalam bersarang' },
            },
          ],
        },
        extraHeaders,
      );
    }
    const authorization = req.headers.authorization;
    const cacheKey = req.method === 'POST' ? cache.keyOf(body, authorization) : null;
    if (cacheKey) {
      const hit = cache.get(cacheKey);
      if (hit !== null) {
        res.writeHead(200, {
          ...extraHeaders,
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(hit)),
          'x-cache': 'HIT',
        });
        res.end(hit);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: q >= 0 ? url.slice(q) : '', body },
      context: async () => {
        // a bad or expired token is UNAUTHENTICATED here already (401), before any subgraph is asked
        const viewer = viewers.viewerOf(authorization);
        return { viewer, authorization: viewer.kind === 'anonymous' ? undefined : authorization, requestId, clientIp: clientIpOf(req, trusted) };
      },
    });
    const outHeaders: Record<string, string> = { ...extraHeaders };
    for (const [key, value] of result.headers) outHeaders[key] = value;
    if (result.body.kind === 'complete') {
      if (result.body.string.length > maxResponse && Buffer.byteLength(result.body.string) > maxResponse) {
        log.warn({ requestId, bytes: Buffer.byteLength(result.body.string) }, 'answer over the size cap refused');
        const body = responseTooLarge(Buffer.byteLength(result.body.string), maxResponse);
        outHeaders['content-length'] = String(Buffer.byteLength(body));
        res.writeHead(200, outHeaders);
        res.end(body);
        return;
      }
      if (cacheKey && (result.status ?? 200) === 200) {
        cache.set(cacheKey, result.body.string);
        outHeaders['x-cache'] = 'MISS';
      }
      outHeaders['content-length'] = String(Buffer.byteLength(result.body.string));
      res.writeHead(result.status ?? 200, outHeaders);
      res.end(result.body.string);
      return;
    }
    res.writeHead(result.status ?? 200, outHeaders);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = http.createServer(handle);
  server.keepAliveTimeout = 65_000;

  return {
    server,
    log,
    async listen(port: number, host = '127.0.0.1') {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const actual = (server.address() as AddressInfo).port;
      log.info({ url: `http://${host}:${actual}/graphql` }, 'gateway ready');
      return {
        port: actual,
        url: `http://${host}:${actual}/graphql`,
        close: async () => {
          server.closeAllConnections();
          await new Promise<void>((r) => server.close(() => r()));
          await apollo.stop();
          agents.http.destroy();
          agents.https.destroy();
        },
      };
    },
  };
}
