// The Dockerfiles cannot be built here (no container engine); this keeps them in step with what the
// cluster topology runs, and with the rules the manifests assume (non-root, Node 20, multi-stage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRY } from '../cluster/topology.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../docker');
const read = (kind) => readFileSync(path.join(dir, `${kind}.Dockerfile`), 'utf8');

for (const kind of ['subgraph', 'gateway', 'portal']) {
  test(`${kind}.Dockerfile: multi-stage, Node 20, non-root, ignores local builds`, () => {
    const f = read(kind);
    const froms = [...f.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
    assert.ok(froms.length >= 2, 'multi-stage');
    assert.match(f, /^ARG NODE_VERSION=20\./m);
    assert.ok(
      froms.every((x) => x.startsWith('node:${NODE_VERSION}')),
      froms.join(),
    );
    assert.match(f.split(/^FROM /m).at(-1), /^USER 10001:10001$/m, 'the last stage runs as uid 10001 (the manifests say runAsUser 10001)');
    assert.match(f, /npm ci /, 'installs from the lockfile');
    const ignore = readFileSync(path.join(dir, `${kind}.Dockerfile.dockerignore`), 'utf8');
    for (const p of ['**/node_modules', '.data', '**/dist']) assert.ok(ignore.includes(p), p);
  });
}

test('each image runs what the topology runs', () => {
  assert.match(read('subgraph'), /WORKDIR \/app\/subgraphs\/\$\{SUBGRAPH\}[\s\S]*CMD \["node", "dist\/index\.js"\]/);
  assert.equal(ENTRY.subgraph, 'dist/index.js');
  assert.ok(read('gateway').includes(`CMD ["node", "${ENTRY.gateway}"]`));
  assert.ok(read('portal').includes(`next/dist/bin/${ENTRY.portal[0]} ${ENTRY.portal[1]}`));
});
