/** The portal talks to the gateway only, always from the server. */
export const GATEWAY_URL = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

export type FieldIssue = { field: string; message: string; messageId?: string };

/** A GraphQL or transport error, normalised: `code` like BAD_USER_INPUT, `messageId` in Bahasa Indonesia. */
export class GqlError extends Error {
  constructor(
    message: string,
    public code: string,
    public messageId?: string,
    public fields: FieldIssue[] = [],
    public serviceName?: string,
  ) {
    super(message);
    this.name = 'GqlError';
  }
  /** The gateway does not know the operation: the subgraph is not part of the graph yet. */
  get notYetAvailable() {
    return this.code === 'GRAPHQL_VALIDATION_FAILED';
  }
  /** Per-field messages keyed by the input field name ("input.nik" → "nik"). */
  fieldMap(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) {
      const key = f.field.replace(/^input\./, '');
      if (!out[key]) out[key] = f.messageId ?? f.message;
    }
    return out;
  }
}

type RawError = { message?: string; extensions?: Record<string, any> };

/** The gateway wraps some subgraph errors (non-200 answers) in extensions.response.body.errors. */
function unwrap(err: RawError): RawError {
  const inner = err.extensions?.response?.body?.errors?.[0];
  return inner ? unwrap(inner) : err;
}

export function toGqlError(errors: RawError[]): GqlError {
  const e = unwrap(errors[0] ?? {});
  const ext = e.extensions ?? {};
  const outerCode = errors[0]?.extensions?.code;
  const fields: FieldIssue[] = Array.isArray(ext.fields) ? ext.fields : [];
  return new GqlError(e.message ?? 'GraphQL error', String(ext.code ?? outerCode ?? 'INTERNAL_SERVER_ERROR'), ext.messageId, fields, ext.serviceName);
}

export type GqlOptions = {
  token?: string | null;
  timeoutMs?: number;
  /** Cache public data for this many seconds; personal data (with a token) is never cached. */
  revalidate?: number;
  /** When some fields failed but others have data, return the partial data instead of throwing. */
  partial?: boolean;
};

/**
 * The resident's address, so that per-client limits in the graph (emergency and letter-guessing throttles)
 * apply to each resident and not to the portal as a whole. By the time a page or action runs, the request's
 * `x-forwarded-for` holds exactly the one address the portal decided (instrumentation.ts: the socket's peer,
 * the browser's own header only behind a trusted proxy); the gateway believes it only from the portal.
 */
async function forwardedFor(): Promise<string | null> {
  try {
    const { headers } = await import('next/headers');
    return (await headers()).get('x-forwarded-for');
  } catch {
    return null; // outside a request (build time)
  }
}

/**
 * Public answers (no token) kept for `revalidate` seconds in this process. Only complete answers are kept:
 * an error is never cached, so a section says "unavailable" while its subgraph is down and recovers as
 * soon as it is back.
 */
const publicCache = new Map<string, { until: number; data: unknown }>();
const PUBLIC_CACHE_MAX = 500;

export async function gql<T = any>(query: string, variables?: Record<string, unknown>, opts: GqlOptions = {}): Promise<T> {
  const cacheKey = !opts.token && opts.revalidate ? JSON.stringify([query, variables ?? null]) : null;
  if (cacheKey) {
    const hit = publicCache.get(cacheKey);
    if (hit && hit.until > Date.now()) return hit.data as T;
    const data = await send<T>(query, variables, opts);
    if (publicCache.size >= PUBLIC_CACHE_MAX) publicCache.delete(publicCache.keys().next().value!);
    publicCache.set(cacheKey, { until: Date.now() + opts.revalidate! * 1000, data });
    return data;
  }
  return send<T>(query, variables, opts);
}

async function send<T>(query: string, variables: Record<string, unknown> | undefined, opts: GqlOptions): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const xff = await forwardedFor();
  if (xff) headers['x-forwarded-for'] = xff;
  let res: Response;
  try {
    res = await fetch(GATEWAY_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 8000),
      cache: 'no-store',
    });
  } catch (err) {
    throw new GqlError(`gateway unreachable: ${(err as Error)?.message}`, 'UNAVAILABLE');
  }
  let body: { data?: T | null; errors?: RawError[] };
  try {
    body = await res.json();
  } catch {
    throw new GqlError(`gateway answered ${res.status} without JSON`, res.status === 429 ? 'TOO_MANY_REQUESTS' : 'UNAVAILABLE');
  }
  if (body.errors?.length) {
    if (opts.partial && body.data) return body.data;
    throw toGqlError(body.errors);
  }
  if (!body.data) throw new GqlError(`gateway answered ${res.status} without data`, 'UNAVAILABLE');
  return body.data;
}

/** For page sections: never throws, so one failing subgraph does not take the page down. */
export async function tryGql<T = any>(
  query: string,
  variables?: Record<string, unknown>,
  opts: GqlOptions = {},
): Promise<{ data: T; error: null } | { data: null; error: GqlError }> {
  try {
    return { data: await gql<T>(query, variables, opts), error: null };
  } catch (err) {
    const e = err instanceof GqlError ? err : new GqlError(String((err as Error)?.message ?? err), 'INTERNAL_SERVER_ERROR');
    if (!e.notYetAvailable) console.error(`[portal] ${e.code}: ${e.message}`);
    return { data: null, error: e };
  }
}
