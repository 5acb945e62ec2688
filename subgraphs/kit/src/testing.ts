import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from './discover';
import { startEmbeddedPostgres, waitForDatabase } from './database';
import { encodeCursor } from './cursor';

/** The embedded test server's port; EMBEDDED_PG_TEST_PORT lets a nested run (the exit-code test) use its own. */
const TEST_EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339);

/**
 * The PostgreSQL server tests use: DATABASE_URL when given (CI uses the machine's PostgreSQL),
 * otherwise an embedded one in `.data/pg-test`. Call from a vitest globalSetup.
 */
export async function ensureTestServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await waitForDatabase(given);
    return { url: given, stop: async () => undefined };
  }
  const dataDir = process.env.PGDATA_TEST_DIR ?? path.join(repoRoot(), '.data/pg-test');
  const db = await startEmbeddedPostgres({ dataDir, port: TEST_EMBEDDED_PORT, database: 'kendari_test', log: () => undefined });
  process.env.DATABASE_URL = db.url;
  return db;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file on the test server (empty, or a copy of `template`, e.g. one
 * already migrated and seeded); dropped afterwards.
 */
export async function createTestDatabase(label: string, opts: { template?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run tests through vitest (its globalSetup provides one)');
  const name = `kt_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl);
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    if (opts.template) {
      // a template may be copied by one CREATE DATABASE at a time: serialise the copies
      await adminClient.query('select pg_advisory_lock(hashtext($1))', [opts.template]);
      await adminClient.query(`create database "${name}" template "${opts.template}"`);
    } else {
      await adminClient.query(`create database "${name}"`);
    }
  } finally {
    await adminClient.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      if (process.env.KEEP_TEST_DATABASES) return;
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  headers: Headers;
}

/** POSTs one operation; failures of the test say endpoint, query and the body received. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${res.status} with non-JSON:\n${text.slice(0, 500)}\nfor query:\n${query}`);
  }
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

/** Like gql, but throws (with endpoint, query and body) when the answer has errors. */
export async function gqlOk<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  const r = await gql<T>(url, query, variables, opts);
  if (r.errors?.length || !r.data) {
    throw new Error(`${url} answered with errors:\n${JSON.stringify(r.errors, null, 2)}\nfor query:\n${query}\nvariables: ${JSON.stringify(variables)}`);
  }
  return r.data;
}

/** Counts SQL statements (pass `counter.onQuery` to startSubgraph). */
export function sqlCounter() {
  const statements: string[] = [];
  return {
    statements,
    onQuery: (raw: string) => {
      const msg = raw.replace(/\x1b\[[0-9;]*m/g, ''); // the ORM may colour its log lines
      if (/\b(select|insert|update|delete)\b/i.test(msg)) statements.push(msg);
    },
    reset: () => void statements.splice(0),
    get count() {
      return statements.length;
    },
  };
}

/**
 * Asks a list for one page, then for three aliased pages in ONE operation (`a0` from the start,
 * `a1` after it, `a2` past the end), checks every page against `expected` (the list's ids in
 * order) and returns both statement counts, which should be equal. `size` must leave `a2` past
 * the end: size < expected.length <= 2 * size. `run` answers a selection set with the object that
 * holds the aliases (the Query root, or the entity).
 */
export async function aliasedPageCounts(opts: {
  sql: { reset(): void; readonly count: number };
  run: (selection: string) => Promise<Record<string, any>>;
  field: string;
  args?: string;
  expected: string[];
  size: number;
}): Promise<{ onePage: number; threePages: number }> {
  const { sql, run, field, expected, size } = opts;
  const n = expected.length;
  assert.ok(size < n && n <= 2 * size, `size ${size} does not fit ${n} items in two pages`);
  const extra = opts.args ? `, ${opts.args}` : '';
  const page = (alias: string, offset: number) =>
    `${alias}: ${field}(first: ${size}${offset ? `, after: "${encodeCursor(offset - 1)}"` : ''}${extra}) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }`;
  const offsets = [0, size, 2 * size];
  sql.reset();
  const one = await run(page('a0', 0));
  const onePage = sql.count;
  sql.reset();
  const three = await run(offsets.map((o, i) => page(`a${i}`, o)).join(' '));
  const threePages = sql.count;
  assert.deepEqual(three.a0, one.a0);
  offsets.forEach((offset, i) => {
    const ids = expected.slice(offset, offset + size);
    assert.deepEqual(
      three[`a${i}`],
      {
        totalCount: n,
        pageInfo: { hasNextPage: offset + size < n, endCursor: ids.length ? encodeCursor(offset + ids.length - 1) : null },
        nodes: ids.map((id) => ({ id })),
      },
      `page a${i} (offset ${offset})`,
    );
  });
  return { onePage, threePages };
}

/**
 * Calls `fn` until it returns something other than `undefined`/`false` (or stops throwing) and
 * returns that; after `timeout` ms fails with the last error or value, so a slow system
 * fails with what it last saw instead of a fixed sleep that is too short or too long.
 */
export async function pollFor<T>(
  fn: () => T | Promise<T>,
  opts: { timeout?: number; interval?: number; what?: string } = {},
): Promise<Exclude<T, false | undefined>> {
  const timeout = opts.timeout ?? 10_000;
  const interval = opts.interval ?? 100;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`${opts.what ?? 'condition'} not met within ${timeout} ms (last: ${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** What a migration-drift check needs from a subgraph definition. */
export interface MigratedSubgraph {
  name: string;
  entities: import('@mikro-orm/postgresql').Constructor[];
  migrations: import('@mikro-orm/postgresql').MigrationObject[];
}

/**
 * Runs a subgraph's migrations on a fresh database and asks MikroORM's schema generator what SQL
 * would make the database match the entities. Returns the statements, one per entry, whitespace
 * collapsed (empty: entities and migrations agree). scripts/migration-sql.cjs prints the same diff.
 */
export async function migrationDrift(def: MigratedSubgraph): Promise<string[]> {
  const { createOrm, migrate } = await import('./orm');
  const db = await createTestDatabase(`drift_${def.name}`);
  const orm = await createOrm({ schema: def.name, databaseUrl: db.url, entities: def.entities as never, migrations: def.migrations });
  try {
    await migrate(orm, def.name);
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: def.name });
    return sql
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  } finally {
    await orm.close(true);
    await db.drop();
  }
}

/**
 * Fails unless the entity/migration diff is exactly the allow-list kept next to the migrations
 * (constraints and partial indexes that live only in SQL): a statement not on the list is drift
 * (write a migration or describe it on the entity); a listed one that no longer shows is stale.
 */
export async function assertNoMigrationDrift(def: MigratedSubgraph, allowed: ReadonlyArray<string>): Promise<void> {
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
  const diff = await migrationDrift(def);
  const allow = new Set(allowed.map(norm));
  const drift = diff.filter((s) => !allow.has(s));
  const stale = [...allow].filter((s) => !diff.includes(s));
  assert.ok(
    drift.length === 0 && stale.length === 0,
    [
      `${def.name}: entities and migrations disagree.`,
      drift.length
        ? `Not explained by the allow-list (write a migration, or list it in src/migrations/drift-allowed.ts with the reason):\n  ${drift.join(';\n  ')}`
        : '',
      stale.length ? `Listed as allowed but no longer in the diff (remove from the allow-list):\n  ${stale.join(';\n  ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

async function adminQuery<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run tests through vitest (its globalSetup provides one)');
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * The database `name`, built once by `build` (given the URL of a fresh database) and kept: the
 * first caller builds it under a scratch name and renames it when done, later callers (other
 * test files, other processes) wait for that and reuse it. Copy it with createTestDatabase's `template`.
 */
export async function ensureTemplateDatabase(name: string, build: (url: string) => Promise<void>): Promise<string> {
  return adminQuery(async (c) => {
    await c.query('select pg_advisory_lock(hashtext($1))', [`build:${name}`]);
    if ((await c.query('select 1 from pg_database where datname = $1', [name])).rowCount) return name;
    const scratch = await createTestDatabase(`${name}_building`);
    try {
      await build(scratch.url);
      const scratchName = new URL(scratch.url).pathname.slice(1);
      // the builders' connections may take a moment to close after their processes exit
      await pollFor(() => c.query(`alter database "${scratchName}" rename to "${name}"`).then(() => true), {
        timeout: 15_000,
        interval: 200,
        what: `renaming the template database ${name}`,
      });
    } catch (err) {
      await scratch.drop();
      throw err;
    }
    return name;
  });
}

/** Drops a database the tests made (e.g. a template) if it exists. */
export async function dropTestDatabase(name: string): Promise<void> {
  if (process.env.KEEP_TEST_DATABASES) return;
  await adminQuery((c) => c.query(`drop database if exists "${name}" with (force)`));
}
