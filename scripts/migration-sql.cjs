#!/usr/bin/env node
// Prints the SQL a new migration of one subgraph needs: applies its committed migrations to a
// scratch database, then diffs its entities against it. Usage: node scripts/migration-sql.cjs laika
// (needs the subgraph built, and DATABASE_URL or a PostgreSQL on 127.0.0.1:5432)
const path = require('node:path');
const name = process.argv[2];
if (!name) {
  console.error('usage: node scripts/migration-sql.cjs <subgraph>');
  process.exit(2);
}
const kit = require(path.join(__dirname, '../subgraphs/kit/dist'));
const testing = require(path.join(__dirname, '../subgraphs/kit/dist/testing.js'));
const def = require(path.join(__dirname, `../subgraphs/${name}/dist/subgraph.js`))[name];
(async () => {
  process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = await testing.createTestDatabase(`migsql_${name}`);
  const orm = await kit.createOrm({ schema: def.name, databaseUrl: db.url, entities: def.entities, migrations: def.migrations });
  try {
    await kit.migrate(orm, def.name);
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: def.name });
    // statements the subgraph's src/migrations/drift-allowed.ts lists are SQL-only objects, not drift
    console.log(sql.trim() || '-- entities and migrations agree: nothing to add');
  } finally {
    await orm.close(true);
    await db.drop();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
