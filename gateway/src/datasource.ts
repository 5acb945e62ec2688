import http, { STATUS_CODES } from 'node:http';
import https from 'node:https';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent as UndiciAgent, request } from 'undici';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

export interface ForwardingContext {
  authorization?: string;
  requestId?: string;
  clientIp?: string;
}

/**
 * Subgraph connections are reused (keep-alive) instead of opened per request: the default
 * make-fetch-happen fetcher of RemoteGraphQLDataSource plus its node-fetch Request/Headers objects
 * were the largest cost of the gateway in the profile. GraphQL fetches go through undici's pool
 * (`dispatcher`): its client costs about 40 % less CPU per request than node:http's (measured, same
 * server: 38 vs 60 µs). The node:http agents are kept for the upload passthrough, which streams.
 * Idle sockets are closed before the subgraphs' keepAliveTimeout (65 s), so a socket is never reused
 * just as its server closes it.
 */
export function subgraphAgents(maxSockets = 256) {
  const opts = { keepAlive: true, keepAliveMsecs: 10_000, maxSockets, maxFreeSockets: maxSockets, timeout: 60_000, scheduling: 'lifo' as const };
  return {
    http: new http.Agent(opts),
    https: new https.Agent(opts),
    dispatcher: new UndiciAgent({ connections: maxSockets, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000 }),
  };
}

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/** A subgraph fetch that did not complete: not reachable, or past its deadline. */
export class SubgraphUnavailableError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Largest subgraph answer read: past it the fetch is cut off (the gateway's own answer is capped smaller). */
export const MAX_SUBGRAPH_RESPONSE_BYTES = 32 * 1024 * 1024;

async function post(
  url: URL,
  agents: ReturnType<typeof subgraphAgents>,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<RawResponse> {
  // a deadline for the whole exchange (connect, wait, read): a frozen subgraph must not hold the answer
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new SubgraphUnavailableError(`no answer within ${timeoutMs} ms`, 'SUBGRAPH_TIMEOUT')), timeoutMs);
  let phase: 'request' | 'answer' = 'request';
  try {
    const res = await request(url, { dispatcher: agents.dispatcher, method: 'POST', headers, body, signal: deadline.signal });
    phase = 'answer';
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_SUBGRAPH_RESPONSE_BYTES) {
        deadline.abort(new SubgraphUnavailableError(`answer larger than ${MAX_SUBGRAPH_RESPONSE_BYTES} bytes`, 'SUBGRAPH_RESPONSE_TOO_LARGE'));
        throw deadline.signal.reason;
      }
      chunks.push(chunk);
    }
    const contentType = res.headers['content-type'];
    return {
      status: res.statusCode,
      contentType: String((Array.isArray(contentType) ? contentType[0] : contentType) ?? ''),
      text: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'),
    };
  } catch (err) {
    if (err instanceof SubgraphUnavailableError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (phase === 'answer') throw new SubgraphUnavailableError(`answer cut off: ${e.message}`, 'SUBGRAPH_CUT_OFF');
    // a refused or reset connection keeps its system code (ECONNREFUSED, ...); undici's own errors say UND_ERR_*
    throw new SubgraphUnavailableError(`request failed: ${e.message}`, e.code && !e.code.startsWith('UND_ERR') ? e.code : 'SUBGRAPH_UNREACHABLE');
  } finally {
    clearTimeout(timer);
  }
}

function isGraphQLErrorBody(body: unknown): boolean {
  return body !== null && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors) && (body as { errors: unknown[] }).errors.length > 0;
}

const isJson = (contentType: string) => contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');

type SubgraphRequest = { query: string; variables?: Record<string, unknown>; operationName?: string; extensions?: Record<string, unknown> };
type SubgraphResponse = { data?: Record<string, unknown> | null; errors?: Array<Record<string, unknown>>; extensions?: Record<string, unknown> };

/**
 * Entity fetches carry one representation per entity *occurrence*: a board of 100 service points
 * asks core for 100 `Agency` representations of ~20 agencies. Apollo Gateway does not deduplicate
 * them (Apollo Router and Hive do), so the subgraph resolved and serialised, and the gateway parsed,
 * every agency five times over. Only distinct representations are sent; the answer is expanded
 * back to one entry per original representation (a copy each, the gateway merges into them), and
 * an error at `_entities.<i>` is given to every position that asked for the same representation.
 */
/**
 * The identity of a representation. Most are `{ __typename, id }`: keyed without serialising them
 * (JSON.stringify of every representation was 1 % of the gateway's CPU at 1000 list items); anything
 * else by its JSON. The two kinds never collide: only the JSON starts with `{`.
 */
function representationKey(rep: unknown): string {
  if (rep !== null && typeof rep === 'object') {
    const r = rep as Record<string, unknown>;
    if (typeof r.__typename === 'string' && typeof r.id === 'string') {
      let n = 0;
      for (const _ in r) n++;
      if (n === 2) return `${r.__typename}\u0000${r.id}`;
    }
  }
  return JSON.stringify(rep);
}

function dedupeRepresentations(variables: Record<string, unknown> | undefined): { variables: Record<string, unknown>; index: number[] } | null {
  const reps = variables?.representations;
  if (!Array.isArray(reps) || reps.length < 2) return null;
  const seen = new Map<string, number>();
  const unique: unknown[] = [];
  const index = new Array<number>(reps.length);
  for (let i = 0; i < reps.length; i++) {
    const key = representationKey(reps[i]);
    let at = seen.get(key);
    if (at === undefined) {
      at = unique.length;
      seen.set(key, at);
      unique.push(reps[i]);
    }
    index[i] = at;
  }
  if (unique.length === reps.length) return null;
  return { variables: { ...variables, representations: unique }, index };
}

const cloneJson = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(cloneJson);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in v as Record<string, unknown>) out[k] = cloneJson((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
};

function expandEntities(res: SubgraphResponse, index: number[]): SubgraphResponse {
  const entities = res.data?._entities;
  const out: SubgraphResponse = { ...res };
  if (Array.isArray(entities)) {
    const used = new Uint8Array(entities.length);
    const expanded = new Array<unknown>(index.length);
    for (let i = 0; i < index.length; i++) {
      const e = entities[index[i]];
      expanded[i] = used[index[i]] ? cloneJson(e) : e;
      used[index[i]] = 1;
    }
    out.data = { ...res.data, _entities: expanded };
  }
  if (res.errors) {
    const errors: Array<Record<string, unknown>> = [];
    for (const err of res.errors) {
      const path = err.path as Array<string | number> | undefined;
      if (Array.isArray(path) && path[0] === '_entities' && typeof path[1] === 'number') {
        for (let i = 0; i < index.length; i++) if (index[i] === path[1]) errors.push({ ...err, path: ['_entities', i, ...path.slice(2)] });
      } else errors.push(err);
    }
    out.errors = errors;
  }
  return out;
}

/** A query whose root selections are all fields: it can be merged with others into one request. */
interface Mergeable {
  op: OperationDefinitionNode;
  fragments: FragmentDefinitionNode[];
  /** response keys of the root fields */
  keys: string[];
}
const mergeableCache = new Map<string, Mergeable | null>();
function mergeable(query: string): Mergeable | null {
  let m = mergeableCache.get(query);
  if (m !== undefined) return m;
  m = null;
  try {
    const doc = parse(query, { noLocation: true });
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const fragments = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const op = ops[0];
    if (
      ops.length === 1 &&
      fragments.length + 1 === doc.definitions.length &&
      op.operation === 'query' &&
      !op.directives?.length &&
      op.selectionSet.selections.every((s) => s.kind === Kind.FIELD)
    ) {
      m = { op, fragments, keys: (op.selectionSet.selections as FieldNode[]).map((f) => (f.alias ?? f.name).value) };
    }
  } catch {
    m = null;
  }
  if (mergeableCache.size >= 1000) mergeableCache.delete(mergeableCache.keys().next().value as string);
  mergeableCache.set(query, m);
  return m;
}

const prefixOf = (i: number) => `b${i}_`;
const mergedCache = new Map<string, string>();
/** One query of several: variables, fragments and root response keys prefixed with `b<i>_`. */
function mergedQuery(parts: Mergeable[], queries: string[]): string {
  const cacheKey = queries.join('\u0000');
  const hit = mergedCache.get(cacheKey);
  if (hit) return hit;
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: FieldNode[] = [];
  const fragments: FragmentDefinitionNode[] = [];
  parts.forEach((part, i) => {
    const p = prefixOf(i);
    const rename = <T extends object>(node: T): T =>
      visit(node as never, {
        Variable: (n) => ({ ...n, name: { ...n.name, value: p + n.name.value } }),
        FragmentSpread: (n) => ({ ...n, name: { ...n.name, value: p + n.name.value } }),
        FragmentDefinition: (n) => ({ ...n, name: { ...n.name, value: p + n.name.value } }),
      }) as T;
    const op = rename(part.op);
    variableDefinitions.push(...(op.variableDefinitions ?? []));
    for (const f of op.selectionSet.selections as FieldNode[]) selections.push({ ...f, alias: { kind: Kind.NAME, value: p + (f.alias ?? f.name).value } });
    fragments.push(...part.fragments.map(rename));
  });
  const name = parts[0].op.name ? `${parts[0].op.name.value}__batch${parts.length}` : undefined;
  const doc: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: parts[0].op.operation,
        name: name ? { kind: Kind.NAME, value: name } : undefined,
        variableDefinitions,
        directives: [],
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
      ...fragments,
    ],
  };
  const text = print(doc);
  if (mergedCache.size >= 1000) mergedCache.delete(mergedCache.keys().next().value as string);
  mergedCache.set(cacheKey, text);
  return text;
}

const queryCache = new Map<string, boolean>();
/** Whether a subgraph operation is a query (only queries are shared between callers). */
function isQuery(query: string): boolean {
  let q = queryCache.get(query);
  if (q !== undefined) return q;
  try {
    const ops = parse(query, { noLocation: true }).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    q = ops.length === 1 && ops[0].operation === 'query';
  } catch {
    q = false;
  }
  if (queryCache.size >= 1000) queryCache.delete(queryCache.keys().next().value as string);
  queryCache.set(query, q);
  return q;
}

interface Pending {
  request: SubgraphRequest;
  resolve: (r: SubgraphResponse) => void;
  reject: (e: unknown) => void;
}

/**
 * A lean GraphQLDataSource: POSTs the subgraph operation over a keep-alive agent and forwards the
 * caller's token (each subgraph verifies it again), the request id and the caller's address. Same request body and
 * same errors as RemoteGraphQLDataSource (a non-2xx answer is "<status>: <text>" with
 * UNAUTHENTICATED/FORBIDDEN for 401/403), without its per-request fetch machinery.
 *
 * Things RemoteGraphQLDataSource does not do, the first two because of large entity hops (scenario 3):
 * duplicate representations are sent once (see dedupeRepresentations), and the queries one
 * incoming operation sends to the same subgraph in the same turn (e.g. `agency` and `service` of
 * each board item, or one entity fetch per aliased page) go as one request with prefixed root
 * fields, so the subgraph's loaders batch across them. What is batched is decided by the query
 * plan only (the fetches started by one step of it), never by timing; a batch whose answer has
 * no data gives each fetch its own errors, and a fetch that only lost its data to another one's
 * failure is sent again alone, so an error stays with the fetch it belongs to. Third: an identical
 * query of the same caller already on its way is not sent twice (see send()).
 */
export class ForwardingDataSource<C extends ForwardingContext = ForwardingContext> implements GraphQLDataSource<C> {
  private readonly url: URL;
  /** Subgraph queries on their way, by caller (token and address) and body: see send(). */
  private readonly inflight = new Map<string, Promise<RawResponse>>();
  /** Queries of one operation (its context) waiting for the end of the current turn. */
  private readonly waiting = new WeakMap<object, Pending[]>();

  constructor(
    readonly href: string,
    private readonly agents: ReturnType<typeof subgraphAgents>,
    private readonly batching = true,
    private readonly dedupe = true,
    /** Deadline of one fetch to this subgraph. */
    readonly timeoutMs = 5_000,
    readonly name = 'subgraph',
  ) {
    this.url = new URL(href);
  }

  async process(options: GraphQLDataSourceProcessOptions<C>) {
    const { request } = options;
    const context = options.context as C | undefined;
    if (!request.query) throw new Error('Missing query');
    const deduped = dedupeRepresentations(request.variables);
    const req: SubgraphRequest = {
      query: request.query,
      variables: deduped?.variables ?? request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    };
    let res: SubgraphResponse;
    try {
      res = this.batching && context && typeof context === 'object' && mergeable(req.query) ? await this.enqueue(context, req) : await this.send(context, req);
    } catch (err) {
      if (!(err instanceof SubgraphUnavailableError)) throw err;
      return unavailableResponse(request.query, request.variables, this.name, err) as Awaited<ReturnType<GraphQLDataSource<C>['process']>>;
    }
    return (deduped ? expandEntities(res, deduped.index) : res) as Awaited<ReturnType<GraphQLDataSource<C>['process']>>;
  }

  private enqueue(context: C, request: SubgraphRequest): Promise<SubgraphResponse> {
    return new Promise((resolve, reject) => {
      let queue = this.waiting.get(context);
      if (!queue) {
        queue = [];
        this.waiting.set(context, queue);
        // after the promise jobs of this turn: every fetch this step of the plan starts is queued by then
        process.nextTick(() => {
          this.waiting.delete(context);
          this.flush(context, queue!);
        });
      }
      queue.push({ request, resolve, reject });
    });
  }

  private flush(context: C, queue: Pending[]) {
    if (queue.length === 1) {
      const [one] = queue;
      this.send(context, one.request).then(one.resolve, one.reject);
      return;
    }
    const parts = queue.map((q) => mergeable(q.request.query)!);
    const variables: Record<string, unknown> = {};
    queue.forEach((q, i) => {
      for (const [k, v] of Object.entries(q.request.variables ?? {})) variables[prefixOf(i) + k] = v;
    });
    const query = mergedQuery(
      parts,
      queue.map((q) => q.request.query),
    );
    const name = parts[0].op.name ? `${parts[0].op.name.value}__batch${parts.length}` : undefined;
    this.send(context, { query, variables, operationName: name }).then(
      (res) => {
        const own = queue.map(() => [] as Array<Record<string, unknown>>);
        const shared: Array<Record<string, unknown>> = [];
        for (const err of res.errors ?? []) {
          const path = err.path as Array<string | number> | undefined;
          const m = Array.isArray(path) && typeof path[0] === 'string' ? /^b(\d+)_/.exec(path[0]) : null;
          const i = m ? Number(m[1]) : -1;
          if (m && i < queue.length) own[i].push({ ...err, path: [(path![0] as string).slice(m[0].length), ...path!.slice(1)] });
          else shared.push(err);
        }
        queue.forEach((q, i) => {
          const errors = [...own[i], ...shared];
          const extra = { ...(errors.length ? { errors } : {}), ...(res.extensions ? { extensions: res.extensions } : {}) };
          if (!res.data) {
            // no data at all: a fetch with errors of its own (or errors for the whole request) gets
            // them; one that only lost its data to another fetch's failure is asked again alone
            if (errors.length) q.resolve({ data: null, ...extra });
            else this.send(context, q.request).then(q.resolve, q.reject);
            return;
          }
          const p = prefixOf(i);
          const data: Record<string, unknown> = {};
          for (const key of parts[i].keys) if (p + key in res.data) data[key] = res.data[p + key];
          q.resolve({ data, ...extra });
        });
      },
      (err) => {
        for (const q of queue) q.reject(err);
      },
    );
  }

  private async send(context: C | undefined, request: SubgraphRequest): Promise<SubgraphResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context?.authorization) headers.authorization = context.authorization;
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    if (context?.clientIp) headers['x-forwarded-for'] = context.clientIp;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    // The same query with the same token from the same address, while an identical one is still on
    // its way, waits for that one's answer instead of asking the subgraph again (Hive Gateway and
    // Apollo Router do the same). Only queries; each caller parses the answer into its own objects
    // (the gateway writes into them). The x-request-id is the first caller's.
    const key = this.dedupe && isQuery(request.query) ? `${context?.authorization ?? ''}\u0000${context?.clientIp ?? ''}\u0000${body}` : null;
    let pending = key === null ? undefined : this.inflight.get(key);
    if (!pending) {
      pending = post(this.url, this.agents, headers, body, this.timeoutMs);
      if (key !== null) {
        this.inflight.set(key, pending);
        const done = () => this.inflight.delete(key);
        pending.then(done, done);
      }
    }
    const res = await pending;
    const parsed: unknown = isJson(res.contentType) ? JSON.parse(res.text) : res.text;
    // A subgraph answers some errors with an HTTP status (429 when throttled, 401 for a bad token) and a
    // normal GraphQL body: pass its errors through so the client keeps `extensions.code` and the message.
    if (isGraphQLErrorBody(parsed)) return parsed as SubgraphResponse;
    // 502/503/504 without a GraphQL body come from a load balancer (HAProxy, an ingress) with no healthy
    // replica behind it, or a subgraph draining: the same as an unreachable subgraph, so the client gets
    // SERVICE_UNAVAILABLE at the path and the rest of the answer, never the balancer's page.
    if (res.status === 502 || res.status === 503 || res.status === 504)
      throw new SubgraphUnavailableError(`answered HTTP ${res.status}`, res.status === 504 ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNREACHABLE');
    if (res.status < 200 || res.status > 299) {
      const extensions: Record<string, unknown> = {
        response: { url: this.href, status: res.status, statusText: STATUS_CODES[res.status] ?? '', body: parsed },
      };
      if (res.status === 401) extensions.code = 'UNAUTHENTICATED';
      else if (res.status === 403) extensions.code = 'FORBIDDEN';
      throw new GraphQLError(`${res.status}: ${STATUS_CODES[res.status] ?? ''}`, { extensions });
    }
    if (parsed === null || typeof parsed !== 'object') throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    return parsed as SubgraphResponse;
  }
}

const MAX_UNAVAILABLE_ERRORS = 100;

/**
 * The answer of a subgraph that could not be asked: no data, and SERVICE_UNAVAILABLE errors with paths
 * the gateway maps into the client's answer (`<rootField>` for a root fetch, `_entities.<i>.<field>` for
 * an entity fetch, which becomes e.g. `kelurahans.3.fireStations`). The rest of the answer stands.
 */
function unavailableResponse(query: string, variables: Record<string, unknown> | undefined, subgraph: string, err: SubgraphUnavailableError): SubgraphResponse {
  const tooLarge = err.code === 'SUBGRAPH_RESPONSE_TOO_LARGE';
  const extensions = tooLarge
    ? { code: 'RESPONSE_TOO_LARGE', messageId: 'Jawaban terlalu besar. Minta lebih sedikit data per permintaan.', limit: MAX_SUBGRAPH_RESPONSE_BYTES }
    : {
        code: 'SERVICE_UNAVAILABLE',
        messageId: 'Layanan ini sementara tidak tersedia. Silakan coba lagi nanti.',
        reason: err.code === 'SUBGRAPH_TIMEOUT' ? 'TIMEOUT' : 'UNREACHABLE',
      };
  const message = tooLarge ? `The ${subgraph} service's answer is too large` : `The ${subgraph} service is temporarily unavailable`;
  const keys = rootKeysOf(query);
  const reps = variables?.representations;
  const errors: Array<Record<string, unknown>> = [];
  if (keys.entityField !== undefined && Array.isArray(reps)) {
    for (let i = 0; i < reps.length && errors.length < MAX_UNAVAILABLE_ERRORS; i++)
      errors.push({ message, path: keys.entityField ? ['_entities', i, keys.entityField] : ['_entities', i], extensions });
  } else if (keys.root.length) {
    for (const key of keys.root) errors.push({ message, path: [key], extensions });
  } else errors.push({ message, extensions });
  return { data: null, errors };
}

const rootKeysCache = new Map<string, { root: string[]; entityField?: string | null }>();
/** Response keys of the root fields, and for an `_entities` fetch the first field asked of each entity. */
function rootKeysOf(query: string): { root: string[]; entityField?: string | null } {
  let hit = rootKeysCache.get(query);
  if (hit) return hit;
  hit = { root: [] };
  try {
    const doc = parse(query, { noLocation: true });
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const sel of op?.selectionSet.selections ?? []) {
      if (sel.kind !== Kind.FIELD) continue;
      if (sel.name.value === '_entities') {
        let first: string | null = null;
        for (const inner of sel.selectionSet?.selections ?? []) {
          const fields = inner.kind === Kind.INLINE_FRAGMENT ? inner.selectionSet.selections : [inner];
          const f = fields.find((x): x is FieldNode => x.kind === Kind.FIELD && x.name.value !== '__typename');
          if (f) {
            first = (f.alias ?? f.name).value;
            break;
          }
        }
        hit.entityField = first;
      } else hit.root.push((sel.alias ?? sel.name).value);
    }
  } catch {
    /* unparsable: one error without a path */
  }
  if (rootKeysCache.size >= 1000) rootKeysCache.delete(rootKeysCache.keys().next().value as string);
  rootKeysCache.set(query, hit);
  return hit;
}
