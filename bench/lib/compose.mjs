// Composes a supergraph for a bench run from the built subgraphs' code, into a temp file, with the
// routing URLs of this run (real subgraphs or the replay server). Nothing under subgraphs/ or
// schema/ is written: the committed supergraph is the lead's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from './util.mjs';

const require = createRequire(import.meta.url);
const kit = require(path.join(root, 'subgraphs/kit/dist'));
const { composeServices } = require(require.resolve('@apollo/composition', { paths: [path.join(root, 'schema')] }));
const { parse } = require(require.resolve('graphql', { paths: [path.join(root, 'schema')] }));

/** Each built subgraph's SDL, printed from its code in a process of its own (as schema/compose does). */
export function subgraphSdls() {
  const out = [];
  for (const s of kit.discoverSubgraphs(root)) {
    if (!existsSync(path.join(s.dir, 'dist/subgraph.js')) || !existsSync(path.join(s.dir, 'dist/index.js'))) continue;
    const script = `require('reflect-metadata');
      const def = require(${JSON.stringify(path.join(s.dir, 'dist/subgraph.js'))})[${JSON.stringify(s.name)}];
      const { subgraphSdl } = require(${JSON.stringify(path.join(root, 'subgraphs/kit/dist'))});
      def.buildSchema().then((x) => process.stdout.write(subgraphSdl(x)), (e) => { console.error(e.message); process.exit(1); });`;
    try {
      out.push({ ...s, sdl: execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: s.dir, stdio: ['ignore', 'pipe', 'pipe'] }) });
    } catch (err) {
      console.warn(`[bench] subgraph ${s.name} does not build its schema, left out: ${String(err.stderr ?? err.message).split('\n')[0]}`);
    }
  }
  return out;
}

/** The largest set of subgraphs (core always) that composes; returns { names, compose(urls) }. */
export function composable(sdls) {
  const tryCompose = (list, urls = {}) =>
    composeServices(list.map((s) => ({ name: s.name, url: urls[s.name] ?? `http://127.0.0.1:${s.defaultPort}/graphql`, typeDefs: parse(s.sdl) })));
  let list = [...sdls];
  let r = tryCompose(list);
  while (r.errors && list.length > 1) {
    // drop the subgraph the first error names, else the last one
    const msg = r.errors.map((e) => e.message).join('\n');
    const culprit = list.filter((s) => s.name !== 'core').find((s) => msg.includes(`"${s.name}"`)) ?? list[list.length - 1];
    console.warn(`[bench] composition fails with ${culprit.name}, left out: ${r.errors[0].message.split('\n')[0]}`);
    list = list.filter((s) => s !== culprit);
    r = tryCompose(list);
  }
  if (r.errors) throw new Error(`composition failed: ${r.errors[0].message}`);
  return {
    names: list.map((s) => s.name),
    subgraphs: list,
    supergraph: (urls) => {
      const c = tryCompose(list, urls);
      if (c.errors) throw new Error(c.errors[0].message);
      return c.supergraphSdl;
    },
  };
}

/** Query/Type fields of the composed API, to build scenarios from what exists. */
export function fieldIndex(supergraphSdl) {
  const doc = parse(supergraphSdl);
  const fields = new Map();
  for (const d of doc.definitions) {
    if (!d.name || !d.fields) continue;
    const m = fields.get(d.name.value) ?? new Map();
    for (const f of d.fields) m.set(f.name.value, f);
    fields.set(d.name.value, m);
  }
  return {
    has: (type, field) => Boolean(fields.get(type)?.has(field)),
    field: (type, field) => fields.get(type)?.get(field),
    fields: (type) => [...(fields.get(type)?.keys() ?? [])],
  };
}
