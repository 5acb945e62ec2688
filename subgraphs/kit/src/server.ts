import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { viewerFromAuthorization } from './auth';
import { Loaders, newRequestId, type RequestContext } from './context';
import { formatError } from './errors';
import { clientIpOf, handleGraphQLRequest, sendJson } from './http';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  authSecret: string;
  log: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Apollo Server for one subgraph on node:http, with `/health` (alive) and `/ready` (database answers). */
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
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    logger: log,
  });
  await apollo.start();

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(res, 200, { status: 'ok', service: opts.name });
    if (path === '/ready') {
      orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => sendJson(res, 200, { status: 'ready', service: opts.name }),
          () => sendJson(res, 503, { status: 'database unavailable', service: opts.name }),
        );
      return;
    }
    if (path !== '/graphql') return sendJson(res, 404, { error: 'not found: use /graphql' });
    const requestId = newRequestId(req.headers['x-request-id'] as string | undefined);
    const started = process.hrtime.bigint();
    handleGraphQLRequest(apollo, req, res, async () => {
      const viewer = viewerFromAuthorization(req.headers.authorization, authSecret);
      return { em: orm.em.fork(), viewer, requestId, clientIp: clientIpOf(req), log: log.child({ requestId }), loaders: new Loaders(), authSecret };
    }, { 'x-request-id': requestId })
      .then(() => log.debug({ requestId, ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode }, 'graphql'))
      .catch((err) => {
        log.error({ err, requestId }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      });
  });
  server.keepAliveTimeout = 65_000; // longer than the gateway's idle socket timeout, so pooled sockets are not cut mid-request

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
        close: async () => {
          server.closeAllConnections();
          await new Promise<void>((r) => server.close(() => r()));
          await apollo.stop();
        },
      };
    },
  };
}
