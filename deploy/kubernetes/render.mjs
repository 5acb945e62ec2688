// A small kustomize for the subset this folder uses, so CI needs no binary: no kustomize is packaged
// for the registries reached here (npm has none; Debian 12 has only kubernetes-client 1.20, whose
// built-in kustomize v2 lacks `patches`, `replicas` and `labels`). Where a kubectl is on PATH the
// check also renders with `kubectl kustomize` and requires the same objects (deploy/test).
//
// Supported: resources (files and folders with a kustomization.yaml), namespace, images (name ->
// newName/newTag), replicas, patches (strategic merge, from `path` or inline `patch`, matched by
// kind + name), configMapGenerator (files, literals; the name gets kustomize's content hash and every
// reference in a pod template follows it). Any other field is an error, never silently ignored.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches', 'configMapGenerator']);

export class RenderError extends Error {}

function readDocs(file) {
  const docs = YAML.parseAllDocuments(readFileSync(file, 'utf8'));
  const out = [];
  for (const d of docs) {
    if (d.errors.length) throw new RenderError(`${file}: ${d.errors[0].message}`);
    const v = d.toJS();
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

function kustomizationFile(dir) {
  for (const n of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) if (existsSync(path.join(dir, n))) return path.join(dir, n);
  throw new RenderError(`${dir}: no kustomization.yaml`);
}

const idOf = (o) => `${o.kind}/${o.metadata?.name}`;

/** Renders the kustomization in `dir` to a list of plain objects (in resource order). */
export function render(dir) {
  const file = kustomizationFile(dir);
  const [k] = readDocs(file);
  for (const key of Object.keys(k))
    if (!SUPPORTED.has(key)) throw new RenderError(`${file}: \`${key}\` is not supported by deploy/kubernetes/render.mjs (extend it or use a supported field)`);

  const objects = [];
  const generated = new Map(); // ConfigMap name -> hashed name
  for (const r of k.resources ?? []) {
    const p = path.resolve(dir, r);
    if (!existsSync(p)) throw new RenderError(`${file}: resource ${r} not found`);
    if (statSync(p).isDirectory()) {
      const sub = render(p);
      for (const [from, to] of sub.generated) generated.set(from, to);
      objects.push(...sub.objects);
    } else objects.push(...readDocs(p));
  }

  for (const g of k.configMapGenerator ?? []) {
    const data = {};
    for (const f of g.files ?? []) {
      const [key, rel] = f.includes('=') ? f.split('=', 2) : [path.basename(f), f];
      data[key] = readFileSync(path.resolve(dir, rel), 'utf8');
    }
    for (const l of g.literals ?? []) {
      const i = l.indexOf('=');
      data[l.slice(0, i)] = l.slice(i + 1);
    }
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data };
    if (!g.options?.disableNameSuffixHash) {
      cm.metadata.name = `${g.name}-${configMapHash(cm)}`;
      generated.set(g.name, cm.metadata.name);
    }
    objects.unshift(cm);
  }

  for (const p of k.patches ?? []) {
    if (p.target) throw new RenderError(`${file}: patches with \`target\` are not supported; name the object in the patch`);
    const docs = p.path ? readDocs(path.resolve(dir, p.path)) : YAML.parseAllDocuments(p.patch).map((d) => d.toJS());
    for (const patch of docs) {
      const i = objects.findIndex((o) => o.kind === patch.kind && o.metadata?.name === patch.metadata?.name);
      if (i < 0) throw new RenderError(`${file}: patch for ${idOf(patch)} matches no object`);
      objects[i] = strategicMerge(objects[i], patch, []);
    }
  }

  for (const r of k.replicas ?? []) {
    const targets = objects.filter((o) => ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind) && o.metadata.name === r.name);
    if (!targets.length) throw new RenderError(`${file}: replicas for ${r.name} matches no workload`);
    for (const t of targets) t.spec.replicas = r.count;
  }

  for (const img of k.images ?? []) {
    let used = false;
    for (const o of objects) {
      for (const c of podSpecOf(o) ? [...(podSpecOf(o).containers ?? []), ...(podSpecOf(o).initContainers ?? [])] : []) {
        const [name, tag] = splitImage(c.image);
        if (name !== img.name) continue;
        used = true;
        c.image = `${img.newName ?? name}${img.digest ? `@${img.digest}` : `:${img.newTag ?? tag ?? 'latest'}`}`;
      }
    }
    if (!used) throw new RenderError(`${file}: image ${img.name} is used by no container`);
  }

  if (k.namespace) for (const o of objects) o.metadata = { ...o.metadata, namespace: k.namespace };

  // references to generated ConfigMaps follow their hashed names
  for (const o of objects) {
    const spec = podSpecOf(o);
    if (!spec) continue;
    const rename = (ref) => ref && generated.has(ref.name) && (ref.name = generated.get(ref.name));
    for (const v of spec.volumes ?? []) rename(v.configMap);
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const e of c.env ?? []) rename(e.valueFrom?.configMapKeyRef);
      for (const e of c.envFrom ?? []) rename(e.configMapRef);
    }
  }

  const seen = new Set();
  for (const o of objects) {
    const id = `${idOf(o)}@${o.metadata?.namespace ?? ''}`;
    if (seen.has(id)) throw new RenderError(`${file}: ${idOf(o)} is defined twice`);
    seen.add(id);
  }
  return { objects, generated };
}

export function podSpecOf(o) {
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(o.kind)) return o.spec?.template?.spec;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
  if (o.kind === 'Pod') return o.spec;
  return null;
}

function splitImage(image) {
  const at = image.indexOf('@');
  if (at >= 0) return [image.slice(0, at), null];
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, null];
}

/** List fields merged by a key (as Kubernetes' strategic merge does); other lists are replaced. */
const MERGE_KEYS = { containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath', imagePullSecrets: 'name' };
function mergeKeyOf(field, pathSoFar) {
  if (field === 'ports') return pathSoFar.includes('containers') || pathSoFar.includes('initContainers') ? 'containerPort' : 'port';
  return MERGE_KEYS[field];
}

export function strategicMerge(base, patch, at) {
  if (patch === null) return undefined;
  if (Array.isArray(patch)) {
    const key = mergeKeyOf(at[at.length - 1], at);
    if (!key || !Array.isArray(base)) return structuredClone(patch);
    // as kustomize (kyaml) orders them: the patch's items first, then the base's others
    const out = [];
    const rest = base.map((x) => structuredClone(x));
    for (const item of patch) {
      const i = rest.findIndex((x) => x?.[key] === item?.[key]);
      const found = i >= 0 ? rest.splice(i, 1)[0] : undefined;
      if (item?.$patch === 'delete') continue;
      out.push(found === undefined ? structuredClone(item) : strategicMerge(found, item, [...at, '[]']));
    }
    return [...out, ...rest];
  }
  if (typeof patch !== 'object' || typeof base !== 'object' || base === null || Array.isArray(base)) return structuredClone(patch);
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const merged = strategicMerge(base[k], v, [...at, k]);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  return out;
}

/**
 * kustomize's name suffix for a generated ConfigMap: sha256 of the JSON of {data, kind, name} (keys
 * sorted, as Go's encoding/json writes a map), its first 10 hex digits with 0,1,3,a,e replaced so the
 * suffix never spells a word (kustomize api/hasher). kustomize 5 looks the name up with a path its
 * lookup does not split, so the name it hashes is always "": matched here (checked against kubectl 1.32).
 */
export function configMapHash(cm) {
  const sorted = Object.fromEntries(
    Object.keys(cm.data)
      .sort()
      .map((key) => [key, cm.data[key]]),
  );
  const json = goJson({ data: sorted, kind: 'ConfigMap', name: '' });
  const hex = createHash('sha256').update(json).digest('hex');
  return [...hex.slice(0, 10)].map((c) => ({ 0: 'g', 1: 'h', 3: 'k', a: 'm', e: 't' })[c] ?? c).join('');
}

/** JSON as Go's encoding/json writes it: <, > and & escaped as \u003c, \u003e, \u0026 (and U+2028/9). */
function goJson(v) {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function toYaml(objects) {
  return objects.map((o) => YAML.stringify(o, { lineWidth: 0 })).join('---\n');
}
