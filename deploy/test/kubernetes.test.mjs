// The Kubernetes check itself: every overlay renders clean, and each kind of mistake fails it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';
import { render, strategicMerge, configMapHash } from '../kubernetes/render.mjs';
import { policyProblems, schemaProblems } from '../kubernetes/validate.mjs';
import { envRead, overlays, repoSubgraphs } from '../kubernetes/check.mjs';

const ctx = { subgraphs: repoSubgraphs(), envRead: envRead() };
const kota = overlays().find((o) => o.name === 'kota');
const objects = () => render(kota.dir).objects;
const deployment = (objs, name) => objs.find((o) => o.kind === 'Deployment' && o.metadata.name === name);
const problemsOf = async (objs) => [...(await schemaProblems(objs)), ...policyProblems(objs, ctx)];

test('every overlay renders and every object passes the schemas and the rules', async () => {
  assert.ok(overlays().length >= 2);
  for (const o of overlays()) {
    const { objects: objs } = render(o.dir);
    assert.deepEqual(await problemsOf(objs), [], o.name);
    assert.ok(
      objs.every((x) => x.metadata.namespace),
      `${o.name}: every object gets the overlay's namespace`,
    );
  }
});

test("the subgraph list is the repository's (discoverSubgraphs rule), all seven here", () => {
  assert.deepEqual(ctx.subgraphs.map((s) => s.name).sort(), ['core', 'firebutton', 'health', 'jakpa', 'jari', 'laika', 'permits']);
});

test('a misspelt field fails (the schemas alone accept unknown fields)', async () => {
  const objs = objects();
  const c = deployment(objs, 'core').spec.template.spec.containers[0];
  c.readinesProbe = c.readinessProbe;
  const p = await schemaProblems(objs);
  assert.ok(
    p.some((x) => x.includes('unknown field .spec.template.spec.containers[0].readinesProbe')),
    p.join('\n'),
  );
});

test('a wrong type fails', async () => {
  const objs = objects();
  deployment(objs, 'gateway').spec.replicas = 'dua';
  assert.ok((await schemaProblems(objs)).some((x) => /replicas must be integer/.test(x)));
});

test('a secret written as a literal, or a Secret object, fails', async () => {
  const objs = objects();
  const env = deployment(objs, 'jari').spec.template.spec.containers[0].env;
  env.find((e) => e.name === 'DATABASE_URL').value = 'postgres://kendari:rahasia@db:5432/kendari';
  delete env.find((e) => e.name === 'DATABASE_URL').valueFrom;
  objs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'satu-kendari', namespace: 'satu-kendari' }, stringData: { AUTH_SECRET: 'x' } });
  const p = policyProblems(objs, ctx);
  assert.ok(p.some((x) => x.includes('DATABASE_URL must come from a Secret')));
  assert.ok(p.some((x) => x.includes('Secrets must not be in the manifests')));
  assert.ok(p.some((x) => x.includes('a URL with a password')));
});

test('an env name no process reads fails (a typo in DATABASE_URL would start nothing)', () => {
  const objs = objects();
  deployment(objs, 'laika').spec.template.spec.containers[0].env.push({ name: 'DB_POOL_MAKS', value: '5' });
  assert.ok(policyProblems(objs, ctx).some((x) => x.includes('env DB_POOL_MAKS is read by no subgraph code')));
});

test('a subgraph without manifests, or without the gateway route, fails', () => {
  const objs = objects();
  const p = policyProblems(objs, { ...ctx, subgraphs: [...ctx.subgraphs, { name: 'pasar', defaultPort: 4008 }] });
  assert.ok(p.some((x) => x.includes('subgraph pasar (port 4008) has no Deployment')));
  const env = deployment(objs, 'gateway').spec.template.spec.containers[0].env;
  env.splice(
    env.findIndex((e) => e.name === 'SUBGRAPH_JARI_URL'),
    1,
  );
  assert.ok(policyProblems(objs, ctx).some((x) => x.includes('SUBGRAPH_JARI_URL must be http://jari:4007/graphql')));
});

test('probes, resources and the network policy are enforced', () => {
  const objs = objects();
  const c = deployment(objs, 'firebutton').spec.template.spec.containers[0];
  c.readinessProbe.httpGet.path = '/health';
  delete c.resources.limits.memory;
  objs.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'subgraphs-from-gateway').spec.ingress[0].from.push({ namespaceSelector: {} });
  const p = policyProblems(objs, ctx);
  assert.ok(p.some((x) => x.includes('readinessProbe must GET /ready')));
  assert.ok(p.some((x) => x.includes('resources.limits.memory is missing')));
  assert.ok(p.some((x) => x.includes('only the gateway may reach the subgraphs')));
});

test('strategic merge: lists of containers and env merge by name, null removes a key', () => {
  const base = {
    spec: {
      containers: [
        {
          name: 'a',
          env: [
            { name: 'X', value: '1' },
            { name: 'Y', value: '2' },
          ],
          resources: { limits: { cpu: '1' } },
        },
      ],
    },
  };
  const out = strategicMerge(base, { spec: { containers: [{ name: 'a', env: [{ name: 'Y', value: '3' }], resources: { limits: null } }] } }, []);
  assert.deepEqual(out.spec.containers[0].env, [
    { name: 'Y', value: '3' },
    { name: 'X', value: '1' },
  ]);
  assert.deepEqual(out.spec.containers[0].resources, {});
});

test("the generated ConfigMap name carries kustomize's content hash (value from kubectl kustomize 5.5)", () => {
  assert.equal(configMapHash({ data: { k: 'v' } }), 'bdg947hgcc');
  const objs = objects();
  const cm = objs.find((o) => o.kind === 'ConfigMap');
  assert.match(cm.metadata.name, /^supergraph-[a-z0-9]{10}$/);
  assert.equal(deployment(objs, 'gateway').spec.template.spec.volumes.find((v) => v.name === 'supergraph').configMap.name, cm.metadata.name);
});

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
test('the renderer gives the same objects as `kubectl kustomize`', { skip: kubectl.status !== 0 && 'no kubectl on PATH' }, () => {
  for (const o of overlays()) {
    const r = spawnSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', o.dir], { encoding: 'utf8', maxBuffer: 1e8 });
    assert.equal(r.status, 0, r.stderr);
    const theirs = YAML.parseAllDocuments(r.stdout).map((d) => d.toJS());
    const key = (x) => `${x.kind}/${x.metadata.namespace}/${x.metadata.name}`;
    const mine = new Map(render(o.dir).objects.map((x) => [key(x), JSON.parse(JSON.stringify(x))]));
    assert.deepEqual([...mine.keys()].sort(), theirs.map(key).sort(), o.name);
    for (const t of theirs) assert.ok(isDeepStrictEqual(mine.get(key(t)), t), `${o.name}: ${key(t)} differs from kubectl kustomize`);
  }
});
