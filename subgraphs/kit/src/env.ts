import { z } from 'zod';

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

const DEV_SECRET = 'satu-kendari-dev-secret-do-not-use-in-production';

/** Settings every process that handles tokens needs. */
export const authEnv = {
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SECRET),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

/** Settings of one subgraph process. */
export function subgraphEnv(defaultPort: number) {
  return {
    ...authEnv,
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    SEED: z.enum(['auto', 'never']).default('auto'),
  };
}

/**
 * Parses the environment once at start. Every problem is listed, not just the first,
 * so an operator fixes the configuration in one go.
 */
export function parseEnv<S extends z.ZodRawShape>(shape: S, source: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const env = result.data as z.infer<z.ZodObject<S>> & { AUTH_SECRET?: string; NODE_ENV?: string };
  if (env.NODE_ENV === 'production' && env.AUTH_SECRET === DEV_SECRET) {
    throw new EnvError(['AUTH_SECRET: must be set in production (the development default is public)']);
  }
  return env;
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
