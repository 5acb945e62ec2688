import { MikroORM, type Options, type EntityManager, type Constructor, type MigrationObject } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

export interface OrmSettings {
  /** The subgraph's own PostgreSQL schema: no subgraph reads another's tables. */
  schema: string;
  databaseUrl: string;
  entities: Constructor[];
  migrations: MigrationObject[];
  poolMax?: number;
  /**
   * Streaming replicas (DATABASE_REPLICA_URLS). Everything stays on the primary unless a read asks
   * for `connectionType: 'read'` (preferReadReplicas is off): only lag-tolerant reads may.
   */
  replicaUrls?: string[];
  /** Called with each SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL `statement_timeout` of every connection (default STATEMENT_TIMEOUT_MS; 0 = none): no
   * single statement of a request can hold a connection and the rows it locks for longer.
   */
  statementTimeoutMs?: number;
}

export const STATEMENT_TIMEOUT_MS = 10_000;

export function ormOptions(s: OrmSettings): Options {
  return {
    clientUrl: s.databaseUrl,
    schema: s.schema,
    entities: s.entities,
    extensions: [Migrator],
    // entities are declared with explicit column types, so no reflection of TS types is needed
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: s.poolMax ?? 10 },
    // a startup parameter of each connection (pg's `statement_timeout`), replicas included
    driverOptions: { connection: { statement_timeout: s.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS } },
    replicas: (s.replicaUrls ?? []).map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    preferReadReplicas: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: s.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: s.onQuery ? ['query'] : false,
    logger: s.onQuery ? (message: string) => s.onQuery!(message) : () => undefined,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    colors: false,
    ensureDatabase: false,
  };
}

/**
 * The connection for a read that tolerates replication lag (public statistics, trends, the public
 * registers, the catalogue search): a streaming replica when DATABASE_REPLICA_URLS is set, else the
 * primary. Writes, and reads of what the caller has just written, stay on `em.getConnection()`.
 */
export const lagTolerantReads = (em: EntityManager) => em.getConnection('read');

export async function createOrm(s: OrmSettings): Promise<MikroORM> {
  return MikroORM.init(ormOptions(s));
}

/** Creates the subgraph's schema if needed and applies every pending migration. */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Runs `seed` in one transaction when `isEmpty` says the subgraph has no data yet. */
export async function seedIfEmpty(
  orm: MikroORM,
  isEmpty: (em: EntityManager) => Promise<boolean>,
  seed: (em: EntityManager) => Promise<void>,
): Promise<boolean> {
  const em = orm.em.fork();
  if (!(await isEmpty(em))) return false;
  await em.transactional(async (tx) => {
    // loading reference and demo data is start-up work, not a request: no statement time budget
    await (tx as EntityManager).execute('set local statement_timeout = 0');
    await seed(tx as EntityManager);
  });
  return true;
}

export { MikroORM };
export type { EntityManager };
