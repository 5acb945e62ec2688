/**
 * Every environment variable the portal reads, parsed once with zod. A bad value stops the portal at start
 * (instrumentation.ts) with every problem listed, instead of a wrong default surfacing on a resident's page.
 * Nothing else in portal/ reads `process.env` (tests/portal/env.test.ts greps for it).
 * Relative imports only: tests import this module outside Next.js.
 */
import { z } from 'zod';
import { parseTrustedProxies } from './client-address';

/** An unset variable and an empty one mean the same: the default. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, value: z.input<T>) => z.preprocess(unsetIfEmpty, schema.default(value as never));

const flag = (value: boolean) =>
  withDefault(z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }), value ? 'true' : 'false').transform((v) => v === 'true' || v === '1');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

export const portalEnvSchema = z.object({
  /** Where the portal's server sends GraphQL (never the browser: the portal talks to the gateway only). */
  GATEWAY_URL: withDefault(httpUrl, 'http://127.0.0.1:4000/graphql'),
  /** The gateway's address as others reach it, shown on /pengembang; unset: the gateway's port on the visitor's host. */
  PUBLIC_GATEWAY_URL: optional(httpUrl),
  /** The portal's own public origin, printed in QR codes of issued permits. */
  PORTAL_PUBLIC_URL: withDefault(httpUrl, 'http://localhost:3000'),
  /** Session cookies only over HTTPS (set true behind TLS). */
  COOKIE_SECURE: flag(false),
  /** Whose `x-forwarded-for` the portal believes (lib/client-address.ts): IPs, CIDR ranges, loopback, private, none. */
  TRUSTED_PROXIES: withDefault(z.string(), 'none').superRefine((spec, ctx) => {
    try {
      parseTrustedProxies(spec);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message.replace(/^TRUSTED_PROXIES: /, '') });
    }
  }),
  /**
   * Send registered operations as their sha256 only (the gateway resolves it from the persisted-documents
   * manifest); a gateway that does not know the hash answers PERSISTED_QUERY_NOT_FOUND and gets the text once.
   * false: always send the text along with the hash.
   */
  PORTAL_SEND_HASH_ONLY: flag(true),
  /** Map tile URL template for the health finder's map (e.g. https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png); unset: no tiles. */
  MAP_TILE_URL: optional(z.string().regex(/^https:\/\/\S*\{z\}\S*$/, 'must be an https:// URL template with {z}, {x} and {y}')),
  NODE_ENV: withDefault(z.enum(['development', 'production', 'test']), 'production'),
  /** Where `next build` writes and `next start` reads (parallel builds: .next-<name>). */
  NEXT_DIST_DIR: withDefault(z.string().regex(/^\.next(-[\w.-]+)?$/, 'must be .next or .next-<name>'), '.next'),
});

export type PortalEnv = z.output<typeof portalEnvSchema>;

export class PortalEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid portal configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PortalEnvError';
  }
}

/** Parses `source` (the process environment by default); throws PortalEnvError naming every bad variable. */
export function parsePortalEnv(source: Record<string, string | undefined>): PortalEnv {
  const parsed = portalEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  throw new PortalEnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

let cached: PortalEnv | null = null;

/** The portal's settings, parsed at first use (and at start, by instrumentation.ts). */
export function portalEnv(): PortalEnv {
  cached ??= parsePortalEnv(process.env);
  return cached;
}

/** At start (instrumentation.ts): the settings, or every problem on stderr and exit 1, so the portal never serves with a bad one. */
export function portalEnvOrExit(): PortalEnv {
  try {
    return portalEnv();
  } catch (err) {
    if (!(err instanceof PortalEnvError)) throw err;
    console.error(`[portal] ${err.message}`);
    process.exit(1);
  }
}
