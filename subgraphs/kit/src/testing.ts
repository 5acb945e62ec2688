import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from './discover';
import { startEmbeddedPostgres, waitForDatabase } from './database';
import { encodeCursor } from './cursor';

const TEST_EMBEDDED_PORT = 54339;

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

/** A fresh, empty database for one test file on the test server; dropped afterwards. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run tests through vitest (its globalSetup provides one)');
  const name = `kt_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl);
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`create database "${name}"`);
  await adminClient.end();
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
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, opts: { token?: string; headers?: Record<string, string> } = {}): Promise<GraphQLResponse<T>> {
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
export async function gqlOk<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, opts: { token?: string; headers?: Record<string, string> } = {}): Promise<T> {
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
    assert.deepEqual(three[`a${i}`], {
      totalCount: n,
      pageInfo: { hasNextPage: offset + size < n, endCursor: ids.length ? encodeCursor(offset + ids.length - 1) : null },
      nodes: ids.map((id) => ({ id })),
    }, `page a${i} (offset ${offset})`);
  });
  return { onePage, threePages };
}
