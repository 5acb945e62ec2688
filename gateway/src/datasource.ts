import http, { STATUS_CODES } from 'node:http';
import https from 'node:https';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

export interface ForwardingContext {
  authorization?: string;
  requestId?: string;
  clientIp?: string;
}

/**
 * Subgraph connections are reused (keep-alive) instead of opened per request: the default
 * make-fetch-happen fetcher of RemoteGraphQLDataSource plus its node-fetch Request/Headers objects
 * were the largest cost of the gateway in the profile. Idle sockets are closed before the
 * subgraphs' keepAliveTimeout (65 s), so a socket is never reused just as its server closes it.
 */
export function subgraphAgents(maxSockets = 256) {
  const opts = { keepAlive: true, keepAliveMsecs: 10_000, maxSockets, maxFreeSockets: maxSockets, timeout: 60_000, scheduling: 'lifo' as const };
  return { http: new http.Agent(opts), https: new https.Agent(opts) };
}

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

function post(url: URL, agents: ReturnType<typeof subgraphAgents>, headers: Record<string, string>, body: string): Promise<RawResponse> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method: 'POST', agent: url.protocol === 'https:' ? agents.https : agents.http, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => reject(Object.assign(new Error(`request to ${url.href} failed, reason: ${err.message}`), { code: err.code, cause: err })));
    req.end(body);
  });
}

const isJson = (contentType: string) => contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');

/**
 * A lean GraphQLDataSource: POSTs the subgraph operation over a keep-alive agent and forwards the
 * caller's token (each subgraph verifies it again), the request id and the caller's address. Same request body and
 * same errors as RemoteGraphQLDataSource (a non-2xx answer is "<status>: <text>" with
 * UNAUTHENTICATED/FORBIDDEN for 401/403), without its per-request fetch machinery.
 */
export class ForwardingDataSource<C extends ForwardingContext = ForwardingContext> implements GraphQLDataSource<C> {
  private readonly url: URL;

  constructor(
    readonly href: string,
    private readonly agents: ReturnType<typeof subgraphAgents>,
  ) {
    this.url = new URL(href);
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<C>) {
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context?.authorization) headers.authorization = context.authorization;
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    if (context?.clientIp) headers['x-forwarded-for'] = context.clientIp;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const res = await post(this.url, this.agents, headers, body);
    const parsed: unknown = isJson(res.contentType) ? JSON.parse(res.text) : res.text;
    // A subgraph answers some errors with an HTTP status (429 when throttled, 401 for a bad token) and a
    // normal GraphQL body: pass its errors through so the client keeps `extensions.code` and the message.
    if (isGraphQLErrorBody(parsed)) return parsed as Awaited<ReturnType<GraphQLDataSource<C>['process']>>;
    if (res.status < 200 || res.status > 299) {
      const extensions: Record<string, unknown> = { response: { url: this.href, status: res.status, statusText: STATUS_CODES[res.status] ?? '', body: parsed } };
      if (res.status === 401) extensions.code = 'UNAUTHENTICATED';
      else if (res.status === 403) extensions.code = 'FORBIDDEN';
      throw new GraphQLError(`${res.status}: ${STATUS_CODES[res.status] ?? ''}`, { extensions });
    }
    if (parsed === null || typeof parsed !== 'object') throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    return parsed as Awaited<ReturnType<GraphQLDataSource<C>['process']>>;
  }
}

function isGraphQLErrorBody(body: unknown): boolean {
  return body !== null && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors) && (body as { errors: unknown[] }).errors.length > 0;
}
