import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] } | string): Promise<{ rows: unknown[] }>;
  /** node-postgres 8: the statements this connection has prepared, by name (it parses a name only once). */
  connection?: { parsedStatements?: Record<string, string> };
}

/** PostgreSQL's "cached plan must not change result type": a `*` statement prepared before a migration added a column. */
const isStalePlan = (err: unknown) => (err as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(String(err));

/**
 * The `$n` form and the statement name of each SQL text prepared. Bounded: each text becomes a statement and a
 * cached plan on every connection of the pool, kept for the connection's life, so past this many texts a new one
 * is sent the ORM's way (pagedLoader's text varies with the number of pages asked at once: most ask for 1 to 3).
 */
const prepared = new Map<string, { name: string; text: string; params: number }>();
const MAX_TEXTS = 64;

function preparedForm(sql: string) {
  let p = prepared.get(sql);
  if (!p && prepared.size < MAX_TEXTS) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    p = { name: `kendari:${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`, text, params: n };
    prepared.set(sql, p);
  }
  return p;
}

/**
 * Runs one statement as a named prepared statement on a connection of the ORM's pool, so PostgreSQL parses and
 * plans it once per connection instead of on every call: MikroORM's `execute` writes the parameters into the text,
 * so each call is a new statement to plan. For hot statements whose plan costs more than their run (Fire Button's
 * report insert: 0.9-1.2 -> 0.2-0.3 ms of PostgreSQL CPU per call, bench/results/prepared-cost.txt).
 *
 * `?` placeholders as with `execute` (so no `?` in literals or operators). Logged to the ORM's query log like
 * `execute` (statement counts in tests see it); errors become MikroORM's exceptions (UniqueConstraintViolation...).
 * Inside a transaction of `em` it goes through `execute` on that transaction: a pooled connection would not see the
 * transaction's writes. Past MAX_TEXTS different texts in a process, new ones go through `execute` too.
 */
export async function executePrepared<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  if (tx) return conn.execute<T[]>(sql, params, 'all', tx);
  const form = preparedForm(sql);
  if (!form) return conn.execute<T[]>(sql, params); // more texts than MAX_TEXTS
  const { name, text, params: expected } = form;
  if (expected !== params.length) throw new Error(`executePrepared: ${expected} placeholders but ${params.length} parameters`);
  const knex = conn.getKnex();
  const started = Date.now();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    let rows: unknown[];
    try {
      ({ rows } = await client.query({ name, text, values: params }));
    } catch (err) {
      if (!isStalePlan(err)) throw err;
      // the table changed under a running process (a rolling upgrade migrated it): prepare it again on this connection
      await client.query(`deallocate "${name}"`);
      delete client.connection?.parsedStatements?.[name];
      ({ rows } = await client.query({ name, text, values: params }));
    }
    em.config.getLogger().logQuery({ query: sql, params, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows as T[];
  } catch (err) {
    throw em
      .getDriver()
      .getPlatform()
      .getExceptionConverter()
      .convertException(err as Error);
  } finally {
    await knex.client.releaseConnection(client);
  }
}
