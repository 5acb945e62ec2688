import path from 'node:path';
import { authEnv, parseEnvOrExit, trustedProxies, z } from '@kendari/kit/platform';

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
  /** Whose x-forwarded-for is believed: nobody unless told (`npm start` says `loopback`: the portal beside it). */
  TRUSTED_PROXIES: trustedProxies('none'),
  /** Seconds an anonymous answer to a public query may be served from the response cache (0 = off). */
  RESPONSE_CACHE_TTL: z.coerce.number().int().min(0).max(3600).default(10),
  /** Largest body forwarded to a subgraph's plain HTTP route (`/api/<subgraph>/...`, e.g. uploads). */
  PASSTHROUGH_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1_000_000_000)
    .default(25 * 1024 * 1024),
  /** Deadline of one `/api/<subgraph>/...` exchange, upload included. */
  PASSTHROUGH_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Default deadline of one subgraph fetch; `SUBGRAPH_<NAME>_TIMEOUT_MS` overrides it per subgraph. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
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

/** SUBGRAPH_<NAME>_TIMEOUT_MS: the deadline of one fetch to that subgraph (a positive whole number of ms). */
export function subgraphTimeouts(env: NodeJS.ProcessEnv = process.env): Record<string, number> {
  const out: Record<string, number> = {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(env)) {
    const m = /^SUBGRAPH_([A-Z0-9_]+)_TIMEOUT_MS$/.exec(k);
    if (!m || v === undefined || v === '') continue;
    const ms = Number(v);
    if (!Number.isInteger(ms) || ms < 50 || ms > 600_000) problems.push(`${k}: must be a whole number of milliseconds between 50 and 600000 (got "${v}")`);
    else out[m[1].toLowerCase()] = ms;
  }
  if (problems.length) throw new Error(`invalid environment:\n  ${problems.join('\n  ')}`);
  return out;
}
