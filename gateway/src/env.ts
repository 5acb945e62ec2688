import path from 'node:path';
import { authEnv, parseEnvOrExit, z } from '@kendari/kit';

const repoRoot = path.resolve(__dirname, '../..');

export const gatewayEnvShape = {
  ...authEnv,
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Any composed supergraph file can be served. */
  SUPERGRAPH_PATH: z.string().default(path.join(repoRoot, 'schema/supergraph.graphql')),
  /** Comma-separated origins allowed by CORS (the portal's). */
  CORS_ORIGINS: z.string().default('http://localhost:3000,http://127.0.0.1:3000'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  /** Seconds an anonymous answer to a public query may be served from the response cache (0 = off). */
  RESPONSE_CACHE_TTL: z.coerce.number().int().min(0).max(3600).default(10),
};

export type GatewayEnv = ReturnType<typeof loadGatewayEnv>;
export const loadGatewayEnv = () => parseEnvOrExit(gatewayEnvShape);

/** SUBGRAPH_<NAME>_URL overrides a subgraph's routing URL (deployments do not run on localhost). */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const m = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(k);
    if (m && v) out[m[1].toLowerCase()] = v;
  }
  return out;
}
