// Fails when graphql/generated/ is not what GraphQL Code Generator makes from today's documents and schema
// (a document changed without `npm run codegen -w portal`, or the graph changed under the portal).
// The files are generated in memory and compared with the committed ones; nothing is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig, GENERATED_DIR } from './codegen.mjs';

const PORTAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(PORTAL);

const outputs = await generate({ ...codegenConfig(), silent: true }, false);
const problems = [];
for (const { filename, content } of outputs) {
  const file = path.resolve(PORTAL, filename);
  if (!existsSync(file)) problems.push(`${filename}: missing`);
  else if (readFileSync(file, 'utf8') !== content) problems.push(`${filename}: differs from what the documents and the schema give`);
}
const expected = new Set(outputs.map((o) => path.resolve(PORTAL, o.filename)));
for (const name of readdirSync(path.join(PORTAL, GENERATED_DIR))) {
  const file = path.join(PORTAL, GENERATED_DIR, name);
  if (!expected.has(file)) problems.push(`${GENERATED_DIR}${name}: not generated any more`);
}
if (problems.length) {
  console.error(`portal codegen:check: generated GraphQL files are stale; run \`npm run codegen -w portal\` and commit:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`portal codegen:check: ${outputs.length} generated files up to date`);
