import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { viewerFromAuthorization, type Viewer } from './auth';
import { Loaders, newRequestId, type RequestContext } from './context';
import { drainer } from './drain';
import { formatError } from './errors';
import { rejectNulBytes } from './input-guard';
import { clientIpOf, handleGraphQLRequest, sendJson, type TrustedProxies } from './http';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  authSecret: string;
  log: Logger;
  /** Plain HTTP routes under `/api/` (uploads, downloads, signed callbacks); see HttpRoute. */
  httpRoutes?: HttpRoute[];
  /** Execution budget of one GraphQL operation (default EXECUTION_DEADLINE_MS): no data-loader batch starts after it. */
  executionDeadlineMs?: number;
  /** Whose `x-forwarded-for` is believed (default: loopback). */
  trustedProxies?: TrustedProxies;
}

/** What a plain HTTP route handler gets: the same caller facts a resolver gets. */
export interface HttpRouteContext {
  /** From the Authorization header, verified as for GraphQL (a bad token is answered 401 before the handler runs). */
  viewer: Viewer;
  clientIp: string;
  requestId: string;
  log: Logger;
  /** A fresh EntityManager for this request. */
  em: EntityManager;
  /** The request URL (path and query) parsed. */
  url: URL;
  /** The shared secret: `/internal/...` handlers check the caller with `readInternalCall(req, ctx.authSecret)`. */
  authSecret: string;
  /** The subgraph answering (its audit rows name it). */
  subgraph: string;
}

/**
 * A plain HTTP route of a subgraph, reached through the gateway at `/api/<subgraph>/<rest>` (the gateway
 * forwards it to this subgraph's `/api/<rest>`); or, with a path under `/internal/`, only by the platform's
 * own processes (the gateway never forwards there; the handler checks the signature, see internal-call.ts). `path` is exact (`/api/uploads`) or a prefix ending in
 * `*` (`/api/files/*`). The handler streams `req` and writes `res` itself; an error it throws (AppError)
 * is answered as JSON `{ errors: [...] }` with the HTTP status of its code.
 */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler(req: IncomingMessage, res: ServerResponse, ctx: HttpRouteContext): unknown;
}

/**
 * The gateway gives up on a subgraph after ~5 s; the subgraph stops starting new work a little later
 * (room for a busy machine: work past this only matters to nobody, cutting it early fails real requests).
 */
export const EXECUTION_DEADLINE_MS = 15_000;

const ROUTE_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

const routeMatches = (route: HttpRoute, path: string) => (route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : path === route.path);

const MAKE_EM = Symbol('makeEm');
const MAKE_LOG = Symbol('makeLog');
const own = (obj: object, key: string, value: unknown) => {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: true });
  return value;
};
/**
 * The prototype of every request context: `em` and `log` are made by the context's own MAKE_EM /
 * MAKE_LOG on first read, then are plain properties. On the prototype, not the object, because Apollo
 * Server hands resolvers a copy of the context (same prototype, own properties copied): a getter on
 * the object itself would be read, and so run, by that copy.
 */
const lazyContext = Object.create(Object.prototype, {
  em: {
    configurable: true,
    get(this: Record<PropertyKey, () => unknown>) {
      return own(this, 'em', this[MAKE_EM]());
    },
    set(this: object, value: unknown) {
      own(this, 'em', value);
    },
  },
  log: {
    configurable: true,
    get(this: Record<PropertyKey, () => unknown>) {
      return own(this, 'log', this[MAKE_LOG]());
    },
    set(this: object, value: unknown) {
      own(this, 'log', value);
    },
  },
}) as object;

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Without failing a request: `drainMs` of `/ready` 503 while still serving, then close (see kit `drainer`). */
  close(opts?: { drainMs?: number }): Promise<void>;
}

/** Apollo Server for one subgraph on node:http, with `/health` (alive) and `/ready` (database answers, not draining). */
export async function createSubgraphServer(opts: SubgraphServerOptions) {
  const { orm, authSecret, log } = opts;
  const apollo = new ApolloServer<RequestContext>({
    schema: opts.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // the process stops itself on SIGINT/SIGTERM (runSubgraph). Apollo's own handler would stop the
    // server first, and in @apollo/server 5.5.1 a second stop() waiting on a first one never returns
    // (its barrier is only resolved on failure), so the process hung on SIGTERM
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, (err) => log.error({ err }, 'unexpected error')),
    // no usage reporting, trace collection or cache-control hints here: nobody reads them and they
    // cost time per request (the cache-control plugin runs a hook for every resolved field)
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), rejectNulBytes()],
    logger: log,
  });
  await apollo.start();

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(res, 200, { status: 'ok', service: opts.name });
    if (path === '/ready') {
      // draining before a stop: the load balancer sends new requests elsewhere while these are still served
      if (drain.draining) return sendJson(res, 503, { status: 'draining', service: opts.name });
      orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => sendJson(res, 200, { status: 'ready', service: opts.name }),
          () => sendJson(res, 503, { status: 'database unavailable', service: opts.name }),
        );
      return;
    }
    if (path.startsWith('/api/') || path.startsWith('/internal/')) return void routeHttp(req, res, path);
    if (path !== '/graphql') return sendJson(res, 404, { error: 'not found: use /graphql' });
    const requestId = newRequestId(req.headers['x-request-id'] as string | undefined);
    const started = process.hrtime.bigint();
    handleGraphQLRequest(
      apollo,
      req,
      res,
      async () => {
        const viewer = viewerFromAuthorization(req.headers.authorization, authSecret);
        // `em` and `log` are made on first read (lazyContext): a request answered from memory never
        // needs its own EntityManager or logger, and both were a measurable part of every request's setup
        return Object.assign(Object.create(lazyContext) as RequestContext, {
          viewer,
          requestId,
          clientIp: clientIpOf(req, opts.trustedProxies),
          loaders: new Loaders(Date.now() + (opts.executionDeadlineMs ?? EXECUTION_DEADLINE_MS)),
          authSecret,
          proofs: new Set<string>(),
          subgraph: opts.name,
          [MAKE_EM]: () => orm.em.fork(),
          [MAKE_LOG]: () => log.child({ requestId }),
        });
      },
      { 'x-request-id': requestId },
    )
      .then(() => log.debug({ requestId, ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode }, 'graphql'))
      .catch((err) => {
        log.error({ err, requestId }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      });
  });
  /** `/api/*`: the subgraph's declared routes, with a context like a resolver's. */
  const routeHttp = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const requestId = newRequestId(req.headers['x-request-id'] as string | undefined);
    const headers = { 'x-request-id': requestId };
    const candidates = (opts.httpRoutes ?? []).filter((r) => routeMatches(r, path));
    const route = candidates.find((r) => r.method === req.method);
    const fail = (status: number, code: string, message: string, messageId: string) =>
      sendJson(res, status, { errors: [{ message, extensions: { code, messageId } }] }, headers);
    if (!route) {
      if (candidates.length) return fail(405, 'METHOD_NOT_ALLOWED', `Method ${req.method} not allowed here`, 'Metode permintaan tidak diizinkan');
      return fail(404, 'NOT_FOUND', 'No such route', 'Alamat tidak ditemukan');
    }
    const rlog = log.child({ requestId });
    try {
      const viewer = viewerFromAuthorization(req.headers.authorization, authSecret);
      res.setHeader('x-request-id', requestId);
      await route.handler(req, res, {
        viewer,
        clientIp: clientIpOf(req, opts.trustedProxies),
        requestId,
        log: rlog,
        em: orm.em.fork(),
        url: new URL(req.url ?? '/', 'http://subgraph'),
        authSecret,
        subgraph: opts.name,
      });
    } catch (err) {
      // the caller (or the gateway, past its deadline or size cap) went away mid-body: nothing to answer
      if (req.destroyed && (err as NodeJS.ErrnoException)?.code === 'ECONNRESET') return void rlog.debug('http route: caller went away');
      const formatted = formatError(
        { message: err instanceof Error ? err.message : String(err), extensions: (err as { extensions?: Record<string, unknown> })?.extensions },
        err,
        (e) => rlog.error({ err: e }, 'http route failed'),
      );
      const status = ROUTE_STATUS[String(formatted.extensions?.code)] ?? 500;
      const { http: _status, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      if (!res.headersSent) sendJson(res, status, { errors: [{ message: formatted.message, extensions }] }, headers);
      else res.destroy();
    }
  };

  server.keepAliveTimeout = 65_000; // longer than the gateway's idle socket timeout, so pooled sockets are not cut mid-request
  const drain = drainer(server);

  return {
    apollo,
    server,
    async listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const actual = (server.address() as AddressInfo).port;
      return {
        url: `http://${host}:${actual}/graphql`,
        port: actual,
        server,
        close: async ({ drainMs = 0 } = {}) => {
          if (drainMs > 0) log.info({ drainMs }, 'draining: /ready answers 503, requests are still served');
          await drain.close({ drainMs, onDrained: () => drainMs > 0 && log.info({ inFlight: drain.inFlight }, 'drained; closing') });
          await apollo.stop();
        },
      };
    },
  };
}
