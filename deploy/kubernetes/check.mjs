#!/usr/bin/env node
// `npm run -w @kendari/deploy check`: renders every overlay (render.mjs) and validates every object
// (validate.mjs). `--out DIR` also writes each overlay's rendered YAML there. Exit code 1 on any problem.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { render, toYaml } from './render.mjs';
import { envNamesRead, policyProblems, schemaProblems } from './validate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);

/** The subgraphs the repository has: the kit's discoverSubgraphs() (source, so no build is needed). */
export function repoSubgraphs() {
  const base = path.join(root, 'subgraphs');
  return readdirSync(base)
    .sort()
    .flatMap((name) => {
      try {
        const pkg = JSON.parse(readFileSync(path.join(base, name, 'package.json'), 'utf8'));
        if (pkg.name !== `@kendari/subgraph-${name}`) return [];
        const port = /defaultPort:\s*(\d+)/.exec(readFileSync(path.join(base, name, 'src/subgraph.ts'), 'utf8'));
        return port ? [{ name, defaultPort: Number(port[1]) }] : [];
      } catch {
        return [];
      }
    });
}

/** Prefer the kit's own discovery when it is built; the source scan above is the same rule. */
function subgraphs() {
  try {
    return require(path.join(root, 'subgraphs/kit/dist/discover.js'))
      .discoverSubgraphs(root)
      .map(({ name, defaultPort }) => ({ name, defaultPort }));
  } catch {
    return repoSubgraphs();
  }
}

export function envRead() {
  const kitEnv = readFileSync(path.join(root, 'subgraphs/kit/src/env.ts'), 'utf8');
  const authBlock = /export const authEnv = \{([\s\S]*?)\n\};/.exec(kitEnv)?.[1] ?? '';
  const authNames = [...authBlock.matchAll(/^\s+([A-Z][A-Z0-9_]{2,}):/gm)].map((m) => m[1]);
  const gateway = envNamesRead(root, ['gateway/src']);
  for (const n of authNames) gateway.add(n);
  const subgraph = envNamesRead(root, ['subgraphs']);
  const portal = envNamesRead(root, ['portal/app', 'portal/lib', 'portal/components', 'portal/proxy.ts', 'portal/next.config.ts']);
  // read by Next.js itself (`next start`)
  for (const n of ['PORT', 'HOSTNAME', 'NODE_ENV', 'NEXT_TELEMETRY_DISABLED']) portal.add(n);
  return { gateway, subgraph, portal };
}

export async function checkOverlay(dir, ctx) {
  const { objects } = render(dir);
  const problems = [...(await schemaProblems(objects)), ...policyProblems(objects, ctx)];
  return { objects, problems };
}

export function overlays() {
  const base = path.join(here, 'overlays');
  return readdirSync(base)
    .sort()
    .map((n) => ({ name: n, dir: path.join(base, n) }));
}

async function main() {
  const t0 = Date.now();
  const outIdx = process.argv.indexOf('--out');
  const out = outIdx > 0 ? path.resolve(process.argv[outIdx + 1]) : null;
  const ctx = { subgraphs: subgraphs(), envRead: envRead() };
  let failed = false;
  for (const o of overlays()) {
    let result;
    try {
      result = await checkOverlay(o.dir, ctx);
    } catch (err) {
      result = { objects: [], problems: [`render: ${err.message}`] };
    }
    const kinds = {};
    for (const x of result.objects) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, `${o.name}.yaml`), toYaml(result.objects));
    }
    if (result.problems.length) {
      failed = true;
      console.error(`overlay ${o.name}: ${result.problems.length} problem(s)\n  - ${result.problems.join('\n  - ')}`);
    } else
      console.log(
        `overlay ${o.name}: ${result.objects.length} objects valid (${Object.entries(kinds)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')})`,
      );
  }
  console.log(`subgraphs covered: ${ctx.subgraphs.map((s) => `${s.name}:${s.defaultPort}`).join(', ')} (${Date.now() - t0} ms)`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
