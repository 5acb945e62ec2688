import path from 'node:path';
import { authEnv, drainEnv, parseEnvOrExit, redisUrl, trustedProxies, z } from '@kendari/kit/platform';

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
  /**
   * Longest time (s) an answer stays in the response cache (0 = off). Each answer's own max-age comes from
   * the schema's @cacheControl hints (5 min for reference data, 1 min for statistics, 10 s for boards).
   */
  RESPONSE_CACHE_TTL: z.coerce.number().int().min(0).max(3600).default(300),
  /** Prefix of the response cache's Redis keys (several deployments or test runs can share one Redis). */
  RESPONSE_CACHE_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,60}$/, 'letters, digits and _ : . - only')
    .default('satu-kendari:answer'),
  /** The public contract served to anonymous and API-key callers (written by `npm run compose`). */
  CONTRACT_PATH: z.string().default(path.join(repoRoot, 'schema/public.graphql')),
  /**
   * Trusted-document manifests, comma-separated (`{ "<sha256>": "<document>" }`; the portal's is written by its
   * codegen); a missing file is an empty list. Registered documents run on the whole graph for every caller.
   */
  TRUSTED_DOCUMENTS_PATH: z.string().default(path.join(repoRoot, 'portal/graphql/generated/persisted-documents.json')),
  /** `enforce`: the portal (apollographql-client-name satu-kendari-portal) may send registered documents only. */
  TRUSTED_DOCUMENTS: z.enum(['enforce', 'allow']).default(process.env.NODE_ENV === 'production' ? 'enforce' : 'allow'),
  /** Largest body forwarded to a subgraph's plain HTTP route (`/api/<subgraph>/...`, e.g. uploads). */
  PASSTHROUGH_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1_000_000_000)
    .default(25 * 1024 * 1024),
  /** Deadline of one `/api/<subgraph>/...` exchange, upload included. */
  PASSTHROUGH_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /**
   * How far V8 lets the old generation grow past what survived the last full collection, in percent (0: V8's
   * own choice, up to 4x for a process that allocates as fast as a gateway). The gateway's live heap is ~50 MiB
   * but each answer is garbage a moment later; at V8's own choice its RSS under load reached 350-370 MiB
   * against stock Apollo Gateway's 270-300. 60 keeps it near 200 (bench/results/heap-growing-ab.txt).
   */
  GATEWAY_HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(1000).default(60),
  /** Default deadline of one subgraph fetch; `SUBGRAPH_<NAME>_TIMEOUT_MS` overrides it per subgraph. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
  /** Quotas (callers.ts) and the response cache live in Redis when set, shared by every gateway process; else in each process. */
  REDIS_URL: redisUrl,
  /** Prefix of the quota counters' Redis keys. */
  QUOTA_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,60}$/, 'letters, digits and _ : . - only')
    .default('satu-kendari:quota'),
  /** Anonymous callers (no key, no token), per client address. */
  ANONYMOUS_QUOTA_PER_MINUTE: z.coerce.number().int().min(1).max(100_000_000).default(120),
  ANONYMOUS_QUOTA_PER_DAY: z.coerce.number().int().min(1).max(1_000_000_000).default(5000),
  /** How long a checked API key is believed (a revoked key keeps working at most this long). */
  API_KEY_CACHE_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  /** How often the calls counted per API key are sent to core. */
  API_KEY_USAGE_FLUSH_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  /** Seconds of `/ready` 503 after SIGTERM while requests are still served (kit `drainEnv`). */
  DRAIN_SECONDS: drainEnv.DRAIN_SECONDS,
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
