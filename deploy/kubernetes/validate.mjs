// Validation of rendered objects: the Kubernetes schemas (kubernetes-models) plus unknown fields
// (the schemas accept any extra property, so `readinesProbe:` would pass them), plus this project's
// rules: probes, resources, non-root, secrets by reference only, every subgraph deployed and routed,
// env names the processes actually read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { podSpecOf } from './render.mjs';

/** apiVersion + kind -> the kubernetes-models module exporting its class. */
const MODELS = {
  'v1/ConfigMap': 'kubernetes-models/v1',
  'v1/Service': 'kubernetes-models/v1',
  'v1/PersistentVolumeClaim': 'kubernetes-models/v1',
  'v1/Secret': 'kubernetes-models/v1',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2',
  'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1',
};
const TOP_LEVEL = new Set(['apiVersion', 'kind', 'metadata', 'spec', 'data', 'binaryData', 'immutable', 'stringData', 'type']);

/**
 * Runs the model's schema validation on a proxy that records which properties the compiled
 * validator looks at; a property it never looked at is not in the schema (a typo). Maps (labels,
 * annotations, data, resource quantities) are enumerated by the validator, so their keys count as seen.
 */
function validateStrict(Model, obj, where) {
  const read = new Map(); // object -> Set of property names read
  const enumerated = new WeakSet();
  const wrap = (target) =>
    target === null || typeof target !== 'object'
      ? target
      : new Proxy(target, {
          get(t, prop, receiver) {
            if (typeof prop === 'string') {
              if (!read.has(t)) read.set(t, new Set());
              read.get(t).add(prop);
            }
            return wrap(Reflect.get(t, prop, receiver));
          },
          ownKeys(t) {
            enumerated.add(t);
            return Reflect.ownKeys(t);
          },
        });
  const copy = structuredClone(obj);
  const model = new Model({});
  for (const [k, v] of Object.entries(copy)) model[k] = wrap(v);
  try {
    model.validate();
  } catch (err) {
    return [`${where}: ${err.message}`];
  }
  const problems = [];
  for (const k of Object.keys(copy)) if (!TOP_LEVEL.has(k)) problems.push(`${where}: unknown field .${k}`);
  const walk = (o, at) => {
    if (o === null || typeof o !== 'object') return;
    if (Array.isArray(o)) return o.forEach((x, i) => walk(x, `${at}[${i}]`));
    for (const [k, v] of Object.entries(o)) {
      if (!enumerated.has(o) && !read.get(o)?.has(k)) problems.push(`${where}: unknown field ${at}.${k}`);
      walk(v, `${at}.${k}`);
    }
  };
  for (const k of Object.keys(copy)) walk(copy[k], `.${k}`);
  return problems;
}

export async function schemaProblems(objects) {
  const problems = [];
  for (const o of objects) {
    const where = `${o.kind ?? '?'}/${o.metadata?.name ?? '?'}`;
    const mod = MODELS[`${o.apiVersion}/${o.kind}`];
    if (!mod) {
      problems.push(`${where}: ${o.apiVersion} ${o.kind} is not a kind this check knows (add it to MODELS in validate.mjs)`);
      continue;
    }
    const Model = (await import(mod))[o.kind];
    problems.push(...validateStrict(Model, o, where));
  }
  return problems;
}

/** Env names a process reads: zod shape keys in its env modules and `process.env.X` in its sources. */
export function envNamesRead(root, dirs) {
  const names = new Set();
  const scan = (p, name) => {
    if (!/\.(ts|tsx|mjs|js)$/.test(name) || /\.test\./.test(name)) return;
    const src = readFileSync(p, 'utf8');
    for (const m of src.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) names.add(m[1]);
    for (const m of src.matchAll(/process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) names.add(m[1]);
    if (/env\.ts$/.test(name)) for (const m of src.matchAll(/^\s+([A-Z][A-Z0-9_]{2,}):/gm)) names.add(m[1]);
  };
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    if (!statSync(dir).isDirectory()) return scan(dir, path.basename(dir));
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.next') || e.name === 'dist' || e.name === 'test') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else scan(p, e.name);
    }
  };
  for (const d of dirs) visit(path.join(root, d));
  return names;
}

const SECRET_ENV = ['AUTH_SECRET', 'DATABASE_URL', 'DATABASE_REPLICA_URLS', 'REDIS_URL'];
const containersOf = (o) => [...(podSpecOf(o)?.containers ?? []), ...(podSpecOf(o)?.initContainers ?? [])];

/**
 * The project's rules. `subgraphs` is [{ name, defaultPort }] (the kit's discoverSubgraphs()).
 * `envRead` maps a process kind ('gateway' | 'portal' | 'subgraph') to the env names it reads.
 */
export function policyProblems(objects, { subgraphs, envRead }) {
  const problems = [];
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);

  if (byKind('Secret').length)
    problems.push(
      `Secrets must not be in the manifests (${byKind('Secret')
        .map((s) => s.metadata.name)
        .join(', ')}): create them out of band`,
    );
  const text = JSON.stringify(objects);
  if (/(postgres(ql)?|rediss?):\/\/[^"\s]*:[^"\s@]*@/.test(text)) problems.push('a URL with a password is written in the manifests: reference a Secret');

  for (const d of byKind('Deployment')) {
    const name = d.metadata.name;
    const component = d.spec.template.metadata?.labels?.['app.kubernetes.io/component'];
    const pod = podSpecOf(d);
    if (pod.securityContext?.runAsNonRoot !== true) problems.push(`Deployment/${name}: pods must run as non-root (securityContext.runAsNonRoot)`);
    for (const c of containersOf(d)) {
      const where = `Deployment/${name} container ${c.name}`;
      const health = component === 'portal' ? '/' : '/health';
      const ready = component === 'portal' ? '/' : '/ready';
      if (c.readinessProbe?.httpGet?.path !== ready) problems.push(`${where}: readinessProbe must GET ${ready}`);
      if (c.livenessProbe?.httpGet?.path !== health) problems.push(`${where}: livenessProbe must GET ${health}`);
      for (const r of ['requests', 'limits'])
        for (const q of ['cpu', 'memory']) if (!c.resources?.[r]?.[q]) problems.push(`${where}: resources.${r}.${q} is missing`);
      if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation must be false`);
      const kind = component === 'subgraph' ? 'subgraph' : component;
      for (const e of c.env ?? []) {
        if (SECRET_ENV.includes(e.name) && (e.value !== undefined || !e.valueFrom?.secretKeyRef))
          problems.push(`${where}: ${e.name} must come from a Secret (valueFrom.secretKeyRef), never a literal`);
        const known = envRead[kind];
        if (known && !known.has(e.name) && !/^SUBGRAPH_[A-Z0-9_]+_URL$/.test(e.name))
          problems.push(`${where}: env ${e.name} is read by no ${kind} code (a typo?)`);
      }
      if (c.envFrom?.length) problems.push(`${where}: envFrom hides which variables are set; list them in env`);
    }
    const svc = find('Service', name);
    if (!svc) problems.push(`Deployment/${name}: no Service of the same name`);
    else if (
      !containersOf(d).some((c) => c.ports?.some((p) => p.name === svc.spec.ports?.[0]?.targetPort || p.containerPort === svc.spec.ports?.[0]?.targetPort))
    )
      problems.push(`Service/${name}: targetPort matches no container port`);
    if (!find('PodDisruptionBudget', name)) problems.push(`Deployment/${name}: no PodDisruptionBudget`);
    const sel = d.spec.selector.matchLabels;
    const labels = d.spec.template.metadata?.labels ?? {};
    if (!Object.entries(sel).every(([k, v]) => labels[k] === v)) problems.push(`Deployment/${name}: selector does not match the pod labels`);
  }

  const gateway = find('Deployment', 'gateway');
  const gatewayEnv = new Map((gateway?.spec.template.spec.containers[0].env ?? []).map((e) => [e.name, e.value]));
  for (const s of subgraphs) {
    const d = find('Deployment', s.name);
    if (!d) {
      problems.push(
        `subgraph ${s.name} (port ${s.defaultPort}) has no Deployment: node deploy/kubernetes/scaffold-subgraph.mjs ${s.name} ${s.defaultPort}, then add it to base/kustomization.yaml`,
      );
      continue;
    }
    if (d.spec.template.metadata?.labels?.['app.kubernetes.io/component'] !== 'subgraph')
      problems.push(`Deployment/${s.name}: label app.kubernetes.io/component must be "subgraph" (the NetworkPolicy selects on it)`);
    const port = d.spec.template.spec.containers[0].ports?.[0]?.containerPort;
    if (port !== s.defaultPort) problems.push(`Deployment/${s.name}: container port ${port}, the subgraph's port is ${s.defaultPort}`);
    const url = gatewayEnv.get(`SUBGRAPH_${s.name.toUpperCase()}_URL`);
    if (url !== `http://${s.name}:${s.defaultPort}/graphql`)
      problems.push(`Deployment/gateway: SUBGRAPH_${s.name.toUpperCase()}_URL must be http://${s.name}:${s.defaultPort}/graphql (is ${url ?? 'missing'})`);
  }

  const policies = byKind('NetworkPolicy');
  if (!policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && p.spec.policyTypes?.includes('Ingress') && !p.spec.ingress))
    problems.push('NetworkPolicy: a default deny of ingress is missing');
  const toSubgraphs = policies.filter((p) => p.spec.podSelector?.matchLabels?.['app.kubernetes.io/component'] === 'subgraph');
  const froms = toSubgraphs.flatMap((p) => (p.spec.ingress ?? []).flatMap((r) => r.from ?? []));
  if (!froms.length || froms.some((f) => f.podSelector?.matchLabels?.['app.kubernetes.io/component'] !== 'gateway' || f.namespaceSelector || f.ipBlock))
    problems.push('NetworkPolicy: only the gateway may reach the subgraphs');
  for (const s of subgraphs) {
    if (
      !toSubgraphs.some((p) =>
        (p.spec.ingress ?? []).some((r) => (r.ports ?? []).some((pt) => pt.port <= s.defaultPort && (pt.endPort ?? pt.port) >= s.defaultPort)),
      )
    )
      problems.push(`NetworkPolicy: subgraph port ${s.defaultPort} (${s.name}) is not opened to the gateway`);
  }

  const hpas = byKind('HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name);
  for (const n of ['gateway', 'core', 'jari']) if (!hpas.includes(n)) problems.push(`HorizontalPodAutoscaler for ${n} is missing`);
  for (const h of byKind('HorizontalPodAutoscaler'))
    if (!find(h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name))
      problems.push(`HorizontalPodAutoscaler/${h.metadata.name}: target ${h.spec.scaleTargetRef.name} does not exist`);

  const cm = objects.find((o) => o.kind === 'ConfigMap' && o.data?.['supergraph.graphql']);
  if (!cm) problems.push('the supergraph ConfigMap is missing');
  else if (!gateway?.spec.template.spec.volumes?.some((v) => v.configMap?.name === cm.metadata.name))
    problems.push('the gateway does not mount the supergraph ConfigMap');
  return problems;
}
