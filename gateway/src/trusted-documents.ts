import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Logger } from '@kendari/kit/platform';

/** The name the portal sends in `apollographql-client-name`. */
export const PORTAL_CLIENT_NAME = 'satu-kendari-portal';

export type TrustedDocumentsMode = 'enforce' | 'allow';

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Trusted documents (issue 17): the operations the portal ships with, as its build wrote them
 * (`{ "<sha256 hex>": "<document>" }`, portal/graphql/generated/persisted-documents.json), plus the
 * playground's example tabs as they are served. A registered document runs against the whole graph
 * for every caller, because the project wrote it: the portal's anonymous login, report and queue
 * operations lie outside the public contract. Authorisation still happens in the subgraphs.
 */
export class TrustedDocuments {
  private readonly documents = new Map<string, string>();
  /** sha256 of each document's text: a registered document sent in full is recognised too. */
  private readonly registered = new Set<string>();

  constructor(manifest: Record<string, string>, extra: readonly string[] = []) {
    for (const [hash, document] of Object.entries(manifest)) {
      this.documents.set(hash.toLowerCase(), document);
      this.registered.add(sha256Hex(document));
    }
    for (const document of extra) {
      const hash = sha256Hex(document);
      this.documents.set(hash, document);
      this.registered.add(hash);
    }
  }

  /**
   * The manifests at `paths` (comma-separated in TRUSTED_DOCUMENTS_PATH: the portal's, another client's, ...;
   * a missing file is an empty list, said once), plus `extra` documents.
   */
  static load(paths: readonly string[], log: Logger, extra: readonly string[] = []): TrustedDocuments {
    const manifest: Record<string, string> = {};
    for (const path of paths) {
      if (!existsSync(path)) {
        log.warn({ path }, 'trusted-document manifest not found: its documents are not registered');
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
      } catch (err) {
        throw new Error(`the trusted-document manifest ${path} is not valid JSON: ${(err as Error).message}`);
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error(`the trusted-document manifest ${path} must be an object { "<sha256>": "<document>" }`);
      const entries = Object.entries(parsed as Record<string, unknown>);
      const bad = entries.filter(([h, d]) => typeof d !== 'string' || !/^[0-9a-fA-F]{64}$/.test(h));
      if (bad.length) throw new Error(`the trusted-document manifest ${path} has ${bad.length} entries that are not "<sha256 hex>": "<document>"`);
      const mismatched = entries.filter(([h, d]) => sha256Hex(d as string) !== h.toLowerCase()).length;
      // a key that is not the text's sha256 still resolves (by key); the text itself is recognised by its own hash
      if (mismatched) log.warn({ path, entries: mismatched }, 'trusted documents whose key is not the sha256 of their text');
      Object.assign(manifest, parsed);
    }
    const docs = new TrustedDocuments(manifest, extra);
    log.info({ documents: docs.size, manifests: paths.length }, 'trusted documents loaded');
    return docs;
  }

  get size() {
    return this.documents.size;
  }

  byHash(hash: string): string | undefined {
    return this.documents.get(hash.toLowerCase());
  }

  isRegistered(queryHash: string): boolean {
    return this.registered.has(queryHash);
  }
}

export interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** The outcome for one request: the document to run (and whether it is trusted), or a refusal. */
export type DocumentResolution =
  | { ok: true; query: string | null; queryHash: string | null; trusted: boolean; params: GraphQLParams | null }
  | { ok: false; status: number; code: string; message: string; messageId: string };

const refuse = (status: number, code: string, message: string, messageId: string): DocumentResolution => ({ ok: false, status, code, message, messageId });

/**
 * Resolves `extensions.persistedQuery.sha256Hash` to its registered document (Apollo's own APQ cache
 * never decides: the extension is removed before Apollo sees the request) and says whether the
 * document is trusted. In `enforce` mode the portal may send registered documents only.
 */
export function resolveDocument(
  params: GraphQLParams | null,
  clientName: string | undefined,
  docs: TrustedDocuments,
  mode: TrustedDocumentsMode,
): DocumentResolution {
  if (!params) return { ok: true, query: null, queryHash: null, trusted: false, params };
  const ext =
    params.extensions && typeof params.extensions === 'object' && !Array.isArray(params.extensions) ? (params.extensions as Record<string, unknown>) : null;
  const persisted = ext?.persistedQuery as { sha256Hash?: unknown } | undefined;
  let query = typeof params.query === 'string' ? params.query : null;
  let queryHash = query === null ? null : sha256Hex(query);
  let out = params;
  if (persisted !== undefined) {
    const hash = typeof persisted === 'object' && persisted !== null && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : null;
    if (!hash || !/^[0-9a-f]{64}$/.test(hash))
      return refuse(400, 'BAD_REQUEST', 'extensions.persistedQuery.sha256Hash must be a sha256 hex string', 'Permintaan tidak valid');
    if (query !== null && queryHash !== hash)
      return refuse(400, 'BAD_REQUEST', 'The sha256 of the query does not match extensions.persistedQuery.sha256Hash', 'Permintaan tidak valid');
    if (query === null) {
      const registered = docs.byHash(hash);
      if (registered === undefined)
        return refuse(
          200,
          'PERSISTED_QUERY_NOT_FOUND',
          'PersistedQueryNotFound: no registered document has this hash; send the query',
          'Operasi tidak terdaftar',
        );
      query = registered;
      queryHash = sha256Hex(registered);
    }
    const { persistedQuery: _, ...rest } = ext!;
    // no `extensions: undefined`: Apollo Server refuses a present-but-undefined extensions (BAD_REQUEST)
    const { extensions: _ext, ...others } = params;
    out = Object.keys(rest).length ? { ...others, query, extensions: rest } : { ...others, query };
  }
  const trusted = queryHash !== null && docs.isRegistered(queryHash);
  if (!trusted && query !== null && mode === 'enforce' && clientName === PORTAL_CLIENT_NAME)
    return refuse(
      400,
      'OPERATION_NOT_REGISTERED',
      `Operations from ${PORTAL_CLIENT_NAME} must be registered (trusted documents are enforced); rebuild the portal`,
      'Operasi portal tidak terdaftar',
    );
  return { ok: true, query, queryHash, trusted, params: out };
}

/** GET: the request's parameters from its query string (JSON-valued ones parsed; Apollo answers bad JSON itself). */
export function paramsOfSearch(search: URLSearchParams): GraphQLParams {
  const json = (v: string | null): unknown => {
    if (v === null) return undefined;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  };
  return {
    query: search.get('query') ?? undefined,
    operationName: search.get('operationName') ?? undefined,
    variables: json(search.get('variables')),
    extensions: json(search.get('extensions')),
  };
}

/** GET: the query string Apollo sees once a persisted hash is resolved (query filled in, the extension gone). */
export function searchOfParams(original: URLSearchParams, params: GraphQLParams): string {
  const out = new URLSearchParams(original);
  if (typeof params.query === 'string') out.set('query', params.query);
  if (params.extensions === undefined) out.delete('extensions');
  else out.set('extensions', JSON.stringify(params.extensions));
  const s = out.toString();
  return s ? `?${s}` : '';
}
