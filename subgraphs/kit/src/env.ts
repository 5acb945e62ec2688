import { z } from 'zod';
import { TrustedProxies } from './http';

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/**
 * Secrets that were public at some point (an earlier default, documentation placeholders): a token
 * signed with one of them could be forged by anyone, so no process starts with them.
 */
export const KNOWN_PUBLIC_SECRETS: readonly string[] = ['satu-kendari-dev-secret-do-not-use-in-production', 'change-me-to-a-long-random-secret-of-32-chars'];
const PLACEHOLDER = /change.?me|your.?secret|do.?not.?use|placeholder|example|^(secret|password)+$/i;

/** There is no default: `npm start` generates one at first start (scripts/start.mjs) and hands it to every process. */
export const authSecretSchema = z
  .string({
    error: 'is required: a random string of at least 32 characters shared by the gateway and every subgraph (npm start generates one in .data/auth-secret)',
  })
  .min(32, 'must be at least 32 characters')
  .refine((s) => !KNOWN_PUBLIC_SECRETS.includes(s), 'is a publicly known value; generate a random one (e.g. `openssl rand -base64 48`)')
  .refine((s) => !PLACEHOLDER.test(s) && new Set(s).size >= 10, 'looks like a placeholder, not a random secret');

/** Settings every process that handles tokens needs. */
export const authEnv = {
  AUTH_SECRET: authSecretSchema,
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

/**
 * DRAIN_SECONDS: how long a process keeps serving after SIGTERM while its `/ready` says 503, so a load
 * balancer (Kubernetes endpoints, HAProxy's health check) stops sending it new requests before it closes
 * (kit `drainer`). 0 by default so Ctrl-C under `npm start` stays quick; deployments set it.
 */
export const drainEnv = {
  DRAIN_SECONDS: z.coerce.number().min(0).max(300).default(0),
};

/** Settings of one subgraph process. */
export function subgraphEnv(defaultPort: number) {
  return {
    ...authEnv,
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** PostgreSQL statement_timeout of every connection (0 = none). */
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
    /** Execution budget of one GraphQL operation: no data-loader batch starts after it. */
    EXECUTION_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    SEED: z.enum(['auto', 'never']).default('auto'),
    /** Comma-separated postgres:// URLs of streaming replicas; only reads that ask for `connectionType: 'read'` go there. */
    DATABASE_REPLICA_URLS: replicaUrls,
    /** Throttles count in Redis when set (shared by every replica), else in this database (`kit.throttle`). */
    REDIS_URL: redisUrl,
    /** Whose `x-forwarded-for` this subgraph believes: by default the gateway on loopback. */
    TRUSTED_PROXIES: trustedProxies('loopback'),
    ...drainEnv,
  };
}

/** Settings of a subgraph that stores files (permits, jari): its `configure` hands them to kit `configureUploads`. */
export const uploadsEnv = {
  /** The folder uploaded files are kept in (shared by every replica of the subgraph); default `<repo>/.data/uploads`. */
  UPLOADS_DIR: z.string().min(1).optional(),
};

export const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional();

/**
 * TRUSTED_PROXIES: comma-separated IP addresses, CIDR ranges, `loopback`, `private` or `none`; the peers
 * whose `x-forwarded-for` this process believes (the rule: kit `TrustedProxies`).
 */
export const trustedProxies = (defaultSpec: string) =>
  z
    .string()
    .default(defaultSpec)
    .transform((spec, ctx) => {
      try {
        return new TrustedProxies(spec);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    });

/** A comma-separated list of postgres:// URLs (empty or unset: no replicas). */
export const replicaUrls = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/, error: 'each entry must be a postgres:// URL' })));

/**
 * Parses the environment once at start. Every problem is listed, not just the first,
 * so an operator fixes the configuration in one go.
 */
export function parseEnv<S extends z.ZodRawShape>(shape: S, source: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  return result.data as z.infer<z.ZodObject<S>>;
}

/** For a process entry point: print the problems and exit 1 instead of a stack trace. */
export function parseEnvOrExit<S extends z.ZodRawShape>(shape: S): z.infer<z.ZodObject<S>> {
  try {
    return parseEnv(shape);
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

export { z };
