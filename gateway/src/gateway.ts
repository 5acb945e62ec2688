import { costLimitPlugin, MAX_RESPONSE_BYTES, MAX_TOKENS, operationLimitRules, responseTooLarge, tokenLimitError } from './limits';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
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
  asciiSdl,
  clientIpOf,
  createLogger,
  drainer,
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
import { etagOf, hasErrors, matchesEtag, MemoryStore, RedisStore, ResponseCache } from './response-cache';
import { contractSupergraph, knownOperationTypes } from './contract';
import { cacheHintsOf, DocumentAnalyser, type CachePolicy } from './cache-policy';
import { exampleTabs } from './playground';
import { paramsOfSearch, resolveDocument, searchOfParams, TrustedDocuments, type GraphQLParams, type TrustedDocumentsMode } from './trusted-documents';
import { Callers, type Caller } from './callers';
import { installResultShaping } from './result-shaping';
import { installOperationMemo } from './operation-memo';
import { installPlanMerging } from './plan-merge';

export interface GatewayContext {
  viewer: Viewer;
  authorization?: string;
  requestId: string;
  /** The caller's address: subgraphs throttle guessing and abuse per caller, not per gateway. */
  clientIp: string;
  /** Who is calling: a user token, an API key (its id) or anonymous (callers.ts). */
  caller: Caller;
}

export interface GatewayOptions {
  supergraphPath: string;
  authSecret: string;
  corsOrigins: string[];
  maxBodyBytes?: number;
  subgraphUrls?: Record<string, string>;
  logLevel?: string;
  /**
   * Longest time (s) an answer stays in the response cache (0 = off); each answer's own max-age comes
   * from the schema's @cacheControl hints (cache-policy.ts).
   */
  responseCacheTtl?: number;
  /** Redis shared by every gateway process for the response cache (keys under the prefix); without it each process keeps its own. */
  redisUrl?: string;
  responseCacheKeyPrefix?: string;
  /** The public contract's SDL (schema/public.graphql); null: everyone is served the whole graph. */
  contractPath?: string | null;
  /** Trusted-document manifests (the portal's; a missing file: none); `enforce` refuses the portal's unregistered documents. */
  trustedDocumentsPaths?: string[];
  trustedDocuments?: TrustedDocumentsMode;
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
  /** API keys and quotas (callers.ts; index.ts makes them from the environment). Default: none, every caller passes. */
  callers?: Callers;
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
  // ASCII (kit sdl.ts): a name first met in a two-byte document stays two-byte in V8's string table for
  // the life of the process, and every answer that holds one is built two-byte
  const supergraphSdl = asciiSdl(readFileSync(opts.supergraphPath, 'utf8'));
  // the graph as clients see it (no federation directives): the download link on the portal's developer page
  let apiSdl: string | null = null;
  const apiSdlOf = () => (apiSdl ??= printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()));
  let contractPrinted: string | null = null;
  const agents = subgraphAgents(opts.maxSocketsPerSubgraph);
  const shaping = installResultShaping();
  // the request's operation as federation-internals' Operation, built once per parsed document (operation-memo.ts)
  const operationMemo = installOperationMemo();
  if (!operationMemo.installed)
    log.warn({ version: operationMemo.version }, '@apollo/gateway is not the version operation-memo.ts was written for: the operation is rebuilt per request');
  // one fetch per subgraph per step of a plan (plan-merge.ts): the dashboard's hops to core go as one request, not one per branch
  const planMerging = installPlanMerging();
  if (!planMerging.installed)
    log.warn({ version: planMerging.version }, '@apollo/query-planner is not the version plan-merge.ts was written for: plans stay as built');
  if (!shaping.installed)
    log.warn(
      { version: shaping.version },
      "@apollo/gateway is not the version result-shaping.ts was written for: Apollo's own (slower) result shaping is used",
    );
  /** One ApolloGateway and its ApolloServer on a supergraph: the whole graph, or the public contract. */
  const serve = (variant: 'full' | 'contract', sdl: string) => {
    const gateway = new ApolloGateway({
      supergraphSdl: sdl,
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
    const apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      // index.ts stops the gateway on SIGINT/SIGTERM; Apollo's own handler made that hang (see the kit's server.ts)
      stopOnTerminationSignals: false,
      // trusted documents are resolved before Apollo (trusted-documents.ts); its own APQ cache never decides
      persistedQueries: false,
      // a mutation asked of the contract (it has none) is a validation error, not a 500 at execution
      validationRules: [...operationLimitRules(), knownOperationTypes],
      // GET queries are cacheable by browsers and CDNs (a plain `GET /graphql?query=...`): Apollo's CSRF check
      // would refuse them. It guards cookie sessions; this gateway reads no cookie (tokens and keys come in
      // headers a cross-site form cannot set), GET runs queries only, and a POST must be JSON.
      csrfPrevention: false,
      // the token limit is the parser's own: a huge document is refused while it is read
      parseOptions: { maxTokens: MAX_TOKENS },
      formatError: (formatted, error) =>
        formatError(tokenLimit(formatted) ?? subgraphUnreachable(formatted, error) ?? formatted, error, (err) => log.error({ err }, 'unexpected error')),
      // parsed and validated documents are kept in Apollo Server's LRU document store and query plans in
      // the gateway's LRU plan cache (both ~30 MB by default, plenty for the portal's operations).
      // No usage or schema reporting, traces or Apollo's cache-control plugin (cache-policy.ts computes
      // the policy once per document instead of a hook per resolved field).
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
    // the API schema Apollo validates against, once started
    return { name: variant, apollo, schema: () => gateway.schema! };
  };
  let ready = false;
  // the public contract as a supergraph of its own (contract.ts): anonymous and API-key callers are
  // validated, introspected and planned on it, so a field outside it does not exist for them
  if (opts.contractPath && !existsSync(opts.contractPath))
    throw new Error(`the public contract ${opts.contractPath} is missing (CONTRACT_PATH; \`npm run compose\` writes schema/public.graphql)`);
  const contractSdl = opts.contractPath ? asciiSdl(readFileSync(opts.contractPath, 'utf8')) : null;
  const full = serve('full', supergraphSdl);
  const contract = contractSdl ? serve('contract', contractSupergraph(supergraphSdl, contractSdl)) : full;
  const trustedDocs = TrustedDocuments.load(
    opts.trustedDocumentsPaths ?? [],
    log,
    // the playground's example tabs, exactly as served: its Login tab works without a token
    exampleTabs().map((t) => t.query),
  );
  const trustedMode: TrustedDocumentsMode = opts.trustedDocuments ?? 'allow';
  const cache = new ResponseCache(
    opts.redisUrl && (opts.responseCacheTtl ?? 0) > 0
      ? new RedisStore(opts.redisUrl, log, `${opts.responseCacheKeyPrefix ?? 'satu-kendari:answer'}:`)
      : new MemoryStore(),
    opts.responseCacheTtl ?? 0,
  );
  const viewers = new ViewerCache(opts.authSecret);
  const callers = opts.callers ?? Callers.unlimited(log);
  const tokenIsValid = (authorization: string) => {
    try {
      return viewers.viewerOf(authorization).kind !== 'anonymous';
    } catch {
      return false;
    }
  };
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const maxResponse = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  await Promise.all([full.apollo.start(), contract === full ? null : contract.apollo.start()]);
  const analyser = new DocumentAnalyser({ full: full.schema(), contract: contract.schema() }, cacheHintsOf(supergraphSdl), MAX_TOKENS);
  ready = true;

  const allowed = new Set(opts.corsOrigins);
  const corsHeaders = (req: IncomingMessage, methods = 'GET, POST, OPTIONS'): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers':
        'authorization, content-type, x-request-id, x-api-key, apollo-require-preflight, apollographql-client-name, apollographql-client-version',
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
    // draining before a stop (index.ts, DRAIN_SECONDS): the load balancer sends new requests elsewhere while these are served
    if (path === '/ready')
      return sendJson(res, ready && !drain.draining ? 200 : 503, { status: drain.draining ? 'draining' : ready ? 'ready' : 'starting', service: 'gateway' });
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
      // the public contract, or the whole graph for a valid user token (as introspection answers)
      let whole = !contractSdl;
      if (req.headers.authorization) {
        try {
          whole ||= viewers.viewerOf(req.headers.authorization).kind !== 'anonymous';
        } catch {
          return sendJson(res, 401, graphqlError('Invalid or expired token', 'UNAUTHENTICATED'));
        }
      }
      const sdl = whole ? apiSdlOf() : (contractPrinted ??= printSchema(contract.schema()));
      res.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': 'inline; filename="satu-kendari.graphql"',
        ...(whole && contractSdl ? { 'cache-control': 'private, no-store' } : { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }),
        vary: 'Authorization',
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
    // who is calling and within which quota (callers.ts): a bad key 401, a foreign origin 403, over quota 429;
    // before the response cache, so cached answers count too
    const clientIp = clientIpOf(req, trusted);
    const admitted = await callers.admit(req, clientIp, tokenIsValid);
    if (!admitted.ok) return sendJson(res, admitted.status, admitted.body, { ...extraHeaders, ...admitted.headers });
    Object.assign(extraHeaders, admitted.headers); // RateLimit headers on the answer
    const authorization = req.headers.authorization;
    const { caller } = admitted;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    let search = q >= 0 ? url.slice(q) : '';
    // trusted documents: a registered hash becomes its document; a registered document runs on the whole graph
    const searchParams = req.method === 'GET' ? new URLSearchParams(search) : null;
    const params = searchParams ? paramsOfSearch(searchParams) : body && typeof body === 'object' && !Array.isArray(body) ? (body as GraphQLParams) : null;
    const clientName = req.headers['apollographql-client-name'];
    const doc = resolveDocument(params, typeof clientName === 'string' ? clientName : undefined, trustedDocs, trustedMode);
    if (!doc.ok) {
      const error = { errors: [{ message: doc.message, extensions: { code: doc.code, messageId: doc.messageId } }] };
      return sendJson(res, doc.status, error, { ...extraHeaders, 'cache-control': 'private, no-cache, must-revalidate' });
    }
    if (doc.params !== params) {
      if (searchParams) search = searchOfParams(searchParams, doc.params!);
      else body = doc.params;
    }
    const operationName = typeof doc.params?.operationName === 'string' ? doc.params.operationName : null;
    // The contract is the public graph's queries. Mutations are the city's own services for anyone (log in,
    // register, report an emergency or extortion): sent in any shape, they run on the whole graph and each
    // subgraph decides who may do what, as it does for a token.
    const isMutation = doc.query !== null && analyser.operationOf(doc.query, doc.queryHash!, operationName) === 'mutation';
    const served = caller.kind === 'token' || doc.trusted || isMutation ? full : contract;
    // cacheability from the schema's hints, for callers without a token only (answers to a token are personal)
    // any Authorization header (a bad token is refused with 401 by Apollo's context below) bypasses the cache
    const analysis =
      caller.kind !== 'token' && !authorization && doc.query !== null ? analyser.analyse(served.name, doc.query, doc.queryHash!, operationName) : null;
    const policy: CachePolicy | null = analysis?.policy ?? null;
    const cacheKey =
      cache.enabled && policy?.scope === 'PUBLIC' && analysis && (req.method === 'GET' || req.method === 'POST')
        ? cache.keyOf(served.name, analysis.documentHash, doc.params?.operationName, doc.params?.variables)
        : null;
    /** The HTTP caching headers of a cacheable answer; a GET that already has it gets 304 and no body. */
    const sendCacheable = (answer: string | Buffer, etag: string, maxAge: number, xCache: 'HIT' | 'MISS' | null, headers: Record<string, string>) => {
      const out: Record<string, string> = { ...headers, 'cache-control': `${policy!.scope === 'PRIVATE' ? 'private' : 'public'}, max-age=${maxAge}` };
      if (xCache) out['x-cache'] = xCache;
      if (req.method === 'GET') {
        out.etag = etag;
        if (matchesEtag(req.headers['if-none-match'], etag)) {
          delete out['content-length'];
          delete out['content-type'];
          res.writeHead(304, out);
          return void res.end();
        }
      }
      out['content-length'] = String(Buffer.byteLength(answer));
      res.writeHead(200, out);
      res.end(answer);
    };
    if (cacheKey) {
      const hit = await cache.get(cacheKey);
      if (hit) {
        const left = Math.max(1, Math.ceil((hit.expiresAt - Date.now()) / 1000));
        return sendCacheable(hit.utf8 ?? hit.body, hit.etag, left, 'HIT', { ...extraHeaders, 'content-type': 'application/json; charset=utf-8' });
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await served.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: async () => {
        // a bad or expired token is UNAUTHENTICATED here already (401), before any subgraph is asked
        const viewer = viewers.viewerOf(authorization);
        return { viewer, authorization: viewer.kind === 'anonymous' ? undefined : authorization, requestId, clientIp, caller };
      },
    });
    const outHeaders: Record<string, string> = { ...extraHeaders };
    for (const [key, value] of result.headers) outHeaders[key] = value;
    // nothing personal may be kept by a browser or proxy; other answers are kept only when their policy says so
    outHeaders['cache-control'] = caller.kind === 'token' || authorization ? 'private, no-store' : 'no-store';
    if (result.body.kind === 'complete') {
      const answer = result.body.string;
      // encoded once: Apollo's answer (JSON + newline) is a cons string, and writing it as a string made Node
      // join it to the head, then flatten, measure and encode that copy (profile-notes.md section 11). A string
      // longer than the cap is over it without encoding: UTF-8 has at least one byte per UTF-16 unit.
      const utf8 = answer.length > maxResponse ? null : Buffer.from(answer);
      if (!utf8 || utf8.length > maxResponse) {
        const bytes = utf8?.length ?? Buffer.byteLength(answer);
        log.warn({ requestId, bytes }, 'answer over the size cap refused');
        const body = responseTooLarge(bytes, maxResponse);
        outHeaders['content-length'] = String(Buffer.byteLength(body));
        res.writeHead(200, outHeaders);
        res.end(body);
        return;
      }
      if (policy && (result.status ?? 200) === 200 && !hasErrors(answer)) {
        const etag = etagOf(utf8);
        // not awaited: Redis is an optimisation; the store logs its own failures
        if (cacheKey) void cache.set(cacheKey, answer, policy.maxAge, etag, utf8);
        return sendCacheable(utf8, etag, policy.maxAge, cacheKey ? 'MISS' : null, outHeaders);
      }
      if (cacheKey) outHeaders['x-cache'] = 'MISS';
      outHeaders['content-length'] = String(utf8.length);
      res.writeHead(result.status ?? 200, outHeaders);
      res.end(utf8);
      return;
    }
    res.writeHead(result.status ?? 200, outHeaders);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = http.createServer(handle);
  const drain = drainer(server);
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
        /** Without failing a request: `drainMs` of `/ready` 503 while still serving, then close (kit `drainer`). */
        close: async ({ drainMs = 0 }: { drainMs?: number } = {}) => {
          if (drainMs > 0) log.info({ drainMs }, 'draining: /ready answers 503, requests are still served');
          await drain.close({ drainMs });
          await Promise.all([full.apollo.stop(), contract === full ? null : contract.apollo.stop()]);
          await cache.close();
          agents.http.destroy();
          agents.https.destroy();
          await agents.dispatcher.destroy();
        },
      };
    },
  };
}
