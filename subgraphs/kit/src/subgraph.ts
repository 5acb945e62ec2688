import type { GraphQLSchema } from 'graphql';
import type { Constructor, EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import { parseEnvOrExit, subgraphEnv, type z } from './env';
import { createLogger } from './logger';
import { createOrm, migrate, seedIfEmpty, type MikroORM } from './orm';
import { createSubgraphServer, type HttpRoute, type RunningServer } from './server';
import type { TrustedProxies } from './http';
import { configureThrottleStore } from './throttle';
import { withAdvisoryLock } from './database';
import { ensureAuditLog } from './audit';

/** Everything the kit needs to know about one subgraph; each subgraph exports one of these. */
export interface SubgraphDefinition {
  /** One name everywhere: folder, package suffix, routing key, PostgreSQL schema. */
  name: string;
  defaultPort: number;
  entities: Constructor[];
  migrations: MigrationObject[];
  buildSchema(): Promise<GraphQLSchema>;
  /** True when the subgraph holds no data yet (then reference and demo data are loaded). */
  isEmpty(em: EntityManager): Promise<boolean>;
  seed(em: EntityManager): Promise<void>;
  /** Plain HTTP routes under `/api/` (reached through the gateway at `/api/<name>/...`); see HttpRoute. */
  httpRoutes?: HttpRoute[];
  /**
   * The subgraph's own settings (e.g. JAKPA_*): parsed with the kit's in one go at start, so every problem
   * of either is listed together; `configure` receives the result before the server starts.
   */
  env?: z.ZodRawShape;
  configure?(settings: Record<string, unknown>): void;
}

export interface StartOptions {
  databaseUrl: string;
  authSecret: string;
  port?: number;
  host?: string;
  seed?: boolean;
  poolMax?: number;
  /** Streaming replicas for lag-tolerant reads (`connectionType: 'read'`); writes stay on databaseUrl. */
  replicaUrls?: string[];
  logLevel?: string;
  onQuery?: (sql: string) => void;
  /** Throttles count in Redis when given, else in this subgraph's database (`kit.throttle`). */
  redisUrl?: string;
  /** Whose `x-forwarded-for` is believed (default: loopback, the gateway beside the subgraph). */
  trustedProxies?: TrustedProxies;
  /** PostgreSQL statement_timeout of the subgraph's connections, and the execution budget of one operation (ms). */
  statementTimeoutMs?: number;
  executionDeadlineMs?: number;
}

export interface StartedSubgraph extends RunningServer {
  orm: MikroORM;
  /** `drainMs`: keep serving that long with `/ready` 503 first (SIGTERM: DRAIN_SECONDS). */
  stop(opts?: { drainMs?: number }): Promise<void>;
}

/** ORM -> migrations -> seed when empty -> schema -> HTTP server. Used by `index.ts` and by tests. */
export async function startSubgraph(def: SubgraphDefinition, opts: StartOptions): Promise<StartedSubgraph> {
  const log = createLogger(def.name, opts.logLevel);
  const orm = await createOrm({
    schema: def.name,
    databaseUrl: opts.databaseUrl,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: opts.poolMax,
    replicaUrls: opts.replicaUrls,
    onQuery: opts.onQuery,
    statementTimeoutMs: opts.statementTimeoutMs,
  });
  let throttles = null as { release(): Promise<void> } | null;
  try {
    // the one store every createThrottle() of this process counts in
    // start-up DDL and seeding under one lock per subgraph: replicas starting together take turns
    await withAdvisoryLock(opts.databaseUrl, `satu-kendari:start:${def.name}`, async () => {
      throttles = await configureThrottleStore({ redisUrl: opts.redisUrl, databaseUrl: opts.databaseUrl, keySecret: opts.authSecret });
      // the audit log (kit.audit_log) every officer action and personal-data read of this subgraph is written to
      await ensureAuditLog(opts.databaseUrl);
      const applied = await migrate(orm, def.name);
      if (applied.length) log.info({ applied }, 'migrations applied');
      if (opts.seed ?? true) {
        if (await seedIfEmpty(orm, def.isEmpty, def.seed)) log.info('reference and demo data loaded');
      }
    });
    const schema = await def.buildSchema();
    const server = await createSubgraphServer({
      name: def.name,
      schema,
      orm,
      authSecret: opts.authSecret,
      log,
      httpRoutes: def.httpRoutes,
      trustedProxies: opts.trustedProxies,
      executionDeadlineMs: opts.executionDeadlineMs,
    });
    const running = await server.listen(opts.port ?? def.defaultPort, opts.host);
    log.info({ url: running.url }, 'subgraph ready');
    return {
      ...running,
      orm,
      stop: async (stopOpts) => {
        await running.close(stopOpts);
        await throttles?.release();
        await orm.close(true);
      },
    };
  } catch (err) {
    await throttles?.release();
    await orm.close(true);
    throw err;
  }
}

/** The process entry point of a subgraph: env -> start -> stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(def: SubgraphDefinition): Promise<void> {
  const env = parseEnvOrExit({ ...subgraphEnv(def.defaultPort), ...def.env });
  def.configure?.(env);
  const started = await startSubgraph(def, {
    databaseUrl: env.DATABASE_URL,
    authSecret: env.AUTH_SECRET,
    port: env.PORT,
    host: env.HOST,
    seed: env.SEED === 'auto',
    poolMax: env.DB_POOL_MAX,
    replicaUrls: env.DATABASE_REPLICA_URLS,
    logLevel: env.LOG_LEVEL,
    redisUrl: env.REDIS_URL,
    trustedProxies: env.TRUSTED_PROXIES,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    executionDeadlineMs: env.EXECUTION_DEADLINE_MS,
  }).catch((err) => {
    console.error(`[${def.name}] failed to start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    started.stop({ drainMs: env.DRAIN_SECONDS * 1000 }).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
