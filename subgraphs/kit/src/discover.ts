import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DiscoveredSubgraph {
  name: string;
  dir: string;
  defaultPort: number;
  /** The environment variable that overrides its routing URL in the gateway. */
  urlVariable: string;
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
 * The subgraphs as declared in subgraphs/manifest.json (name, port, URL variable), in manifest order.
 * Compose, `npm start`, the cross-service tests, the bench and the cluster all use this one list;
 * callers that need a build filter on `dist/index.js`.
 */
export function discoverSubgraphs(root = repoRoot()): DiscoveredSubgraph[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'subgraphs/manifest.json'), 'utf8')) as {
    subgraphs: Array<{ name: string; port: number; urlVariable: string }>;
  };
  return manifest.subgraphs.map((s) => ({ name: s.name, dir: path.join(root, 'subgraphs', s.name), defaultPort: s.port, urlVariable: s.urlVariable }));
}
