// A subgraph started exactly as its own index.ts does (kit startSubgraph), but counting every SQL
// statement its ORM sends (the kit's onQuery hook, as the kit's tests do). Used only for the
// "SQL statements per operation" measurement: the query log costs time, so no throughput is
// measured on these processes. The parent asks for the count over IPC.
// Usage: node bench/sql-subgraph.mjs <subgraph dir> <name> <port>   (env: DATABASE_URL, AUTH_SECRET)
import { createRequire } from 'node:module';
import path from 'node:path';

const [dir, name, port] = process.argv.slice(2);
const require = createRequire(path.join(dir, 'package.json'));
require('reflect-metadata');
const def = require(path.join(dir, 'dist/subgraph.js'))[name];
const kit = require('@kendari/kit');
let count = 0;
const statements = [];
await kit.startSubgraph(def, {
  databaseUrl: process.env.DATABASE_URL,
  authSecret: process.env.AUTH_SECRET,
  port: Number(port),
  seed: false,
  logLevel: 'warn',
  onQuery: (raw) => {
    const msg = raw.replace(/\x1b\[[0-9;]*m/g, '');
    if (/\b(select|insert|update|delete|with)\b/i.test(msg)) {
      count++;
      if (statements.length < 50) statements.push(msg.slice(0, 300));
    }
  },
});
process.on('message', (m) => {
  if (m === 'reset') {
    count = 0;
    statements.length = 0;
    process.send({ count: 0 });
  } else if (m === 'count') process.send({ count, statements });
});
process.on('SIGTERM', () => process.exit(0));
