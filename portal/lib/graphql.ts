/**
 * The portal's GraphQL client. The portal talks to the gateway only, always from the server, and sends only
 * operations written as `graphql(`...`)` documents (graphql/README.md): each is typed from the schema and
 * registered by its sha256 in graphql/generated/persisted-documents.json, the manifest the gateway loads.
 * Relative imports only: tests import this module outside Next.js.
 */
import manifestJson from '../graphql/generated/persisted-documents.json';
import type { TypedDocumentString } from '../graphql/generated/graphql';
import portalPackage from '../package.json';
import { portalEnv } from './env';

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

/** A document made by `graphql(`...`)`: its result and variable types ride along. */
export type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;
export type ResultOf<D> = D extends Document<infer R, any> ? R : never;
export type VariablesOf<D> = D extends Document<any, infer V> ? V : never;

const manifest: Readonly<Record<string, string>> = manifestJson;

/** The registered text of a document and its operation name, by the hash codegen put on it. */
export function registered(doc: Document<any, any>): { hash: string; text: string; operationName: string } {
  const hash: unknown = doc.__meta__?.hash;
  const text = typeof hash === 'string' ? manifest[hash] : undefined;
  if (typeof hash !== 'string' || text === undefined)
    throw new Error('GraphQL document not in graphql/generated/persisted-documents.json: write it with graphql(`...`) and run `npm run codegen -w portal`');
  // the printed text may list fragments first; the operation follows the start or a closing brace
  const name = /(?:^|\}\s*)(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(text)?.[1];
  if (!name) throw new Error(`GraphQL document ${hash} has no named operation`);
  return { hash, text, operationName: name };
}

/** Who is calling, for the gateway's per-client figures and its persisted-document rules. */
export const CLIENT_HEADERS = { 'apollographql-client-name': 'satu-kendari-portal', 'apollographql-client-version': portalPackage.version } as const;

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
    return null; // outside a request (build time, tests)
  }
}

/**
 * Public answers (no token) kept for `revalidate` seconds in this process. Only complete answers are kept:
 * an error is never cached, so a section says "unavailable" while its subgraph is down and recovers as
 * soon as it is back.
 */
const publicCache = new Map<string, { until: number; data: unknown }>();
const PUBLIC_CACHE_MAX = 500;

/** Runs a registered operation; throws GqlError (with the gateway's `extensions.code`) on any error. */
export async function gql<TResult, TVariables>(doc: Document<TResult, TVariables>, variables: TVariables, opts: GqlOptions = {}): Promise<TResult> {
  const op = registered(doc);
  const cacheKey = !opts.token && opts.revalidate ? JSON.stringify([op.hash, variables ?? null]) : null;
  if (cacheKey) {
    const hit = publicCache.get(cacheKey);
    if (hit && hit.until > Date.now()) return hit.data as TResult;
    const data = await send<TResult>(op, variables, opts);
    if (publicCache.size >= PUBLIC_CACHE_MAX) publicCache.delete(publicCache.keys().next().value!);
    publicCache.set(cacheKey, { until: Date.now() + opts.revalidate! * 1000, data });
    return data;
  }
  return send<TResult>(op, variables, opts);
}

type Body<T> = { data?: T | null; errors?: RawError[] };

/** The gateway does not know the hash (not loaded the newest manifest yet) or takes no hash-only bodies at all. */
const wantsText = (body: Body<unknown>) =>
  body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED') ?? false;

async function send<T>(op: ReturnType<typeof registered>, variables: unknown, opts: GqlOptions): Promise<T> {
  const env = portalEnv();
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...CLIENT_HEADERS };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const xff = await forwardedFor();
  if (xff) headers['x-forwarded-for'] = xff;
  const deadline = AbortSignal.timeout(opts.timeoutMs ?? 8000);
  const persistedQuery = { version: 1, sha256Hash: op.hash };

  const post = async (withText: boolean) => {
    const payload = { operationName: op.operationName, variables: variables ?? {}, extensions: { persistedQuery }, ...(withText ? { query: op.text } : {}) };
    let res: Response;
    try {
      res = await fetch(env.GATEWAY_URL, { method: 'POST', headers, body: JSON.stringify(payload), signal: deadline, cache: 'no-store' });
    } catch (err) {
      throw new GqlError(`gateway unreachable: ${(err as Error)?.message}`, 'UNAVAILABLE');
    }
    try {
      return { res, body: (await res.json()) as Body<T> };
    } catch {
      throw new GqlError(`gateway answered ${res.status} without JSON`, res.status === 429 ? 'TOO_MANY_REQUESTS' : 'UNAVAILABLE');
    }
  };

  let { res, body } = await post(!env.PORTAL_SEND_HASH_ONLY);
  // once, with the same hash: the text lets a gateway check it against the hash and answer
  if (env.PORTAL_SEND_HASH_ONLY && wantsText(body)) ({ res, body } = await post(true));
  if (body.errors?.length) {
    if (opts.partial && body.data) return body.data;
    throw toGqlError(body.errors);
  }
  if (!body.data) throw new GqlError(`gateway answered ${res.status} without data`, 'UNAVAILABLE');
  return body.data;
}

/** For page sections: never throws, so one failing subgraph does not take the page down. */
export async function tryGql<TResult, TVariables>(
  doc: Document<TResult, TVariables>,
  variables: TVariables,
  opts: GqlOptions = {},
): Promise<{ data: TResult; error: null } | { data: null; error: GqlError }> {
  try {
    return { data: await gql(doc, variables, opts), error: null };
  } catch (err) {
    const e = err instanceof GqlError ? err : new GqlError(String((err as Error)?.message ?? err), 'INTERNAL_SERVER_ERROR');
    if (!e.notYetAvailable) console.error(`[portal] ${e.code}: ${e.message}`);
    return { data: null, error: e };
  }
}
