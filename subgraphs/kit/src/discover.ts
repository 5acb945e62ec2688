import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DiscoveredSubgraph {
  name: string;
  dir: string;
  defaultPort: number;
}

/** The repository root: the folder holding turbo.json above this file. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, 'turbo.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`no turbo.json above ${from}`);
}

/**
 * Every subgraphs/<name> whose package is `@kendari/subgraph-<name>`, with the defaultPort its
 * src/subgraph.ts declares. Compose, `npm start` and the cross-service tests all use this list.
 */
export function discoverSubgraphs(root = repoRoot()): DiscoveredSubgraph[] {
  const base = path.join(root, 'subgraphs');
  return readdirSync(base)
    .sort()
    .flatMap((name) => {
      const dir = path.join(base, name);
      const pkg = path.join(dir, 'package.json');
      if (!existsSync(pkg) || JSON.parse(readFileSync(pkg, 'utf8')).name !== `@kendari/subgraph-${name}`) return [];
      const def = path.join(dir, 'src/subgraph.ts');
      const port = existsSync(def) ? /defaultPort:\s*(\d+)/.exec(readFileSync(def, 'utf8')) : null;
      if (!port) return [];
      return [{ name, dir, defaultPort: Number(port[1]) }];
    });
}
