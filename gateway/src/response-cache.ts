import { createHash } from 'node:crypto';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { nestingDepth } from './body';

/**
 * Root fields whose answer is the same for every anonymous caller: public reference data and
 * public statistics, nothing personal. Only operations made entirely of these may be cached.
 */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'kecamatans',
  'kecamatan',
  'kelurahans',
  'kelurahan',
  'agencies',
  'agency',
  'services',
  'service',
  'letterTypes',
  'serviceStatusBoard',
  'servicePointStatus',
  'fireStations',
  'fireStation',
  'emergencyStats',
  'jariStats',
  '__typename',
]);

interface Entry {
  body: string;
  expires: number;
  bytes: number;
}

interface Analysed {
  /** A hash of the normalised document, or null when the operation may not be cached. */
  documentHash: string | null;
}

/**
 * The response cache of the gateway: only anonymous (no Authorization header) query operations
 * whose root fields are all in the allow-list; keyed by a hash of the normalised document, the
 * operation name and the variables; kept `ttlSeconds`; only answers without errors; bounded (LRU by
 * entries and bytes).
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  /** Parsing is cached too: the same few documents arrive again and again. */
  private readonly documents = new Map<string, Analysed>();
  private bytes = 0;

  constructor(
    readonly ttlSeconds: number,
    readonly allow: ReadonlySet<string> = PUBLIC_ROOT_FIELDS,
    readonly maxEntries = 5_000,
    readonly maxBytes = 64 * 1024 * 1024,
    readonly maxDocuments = 2_000,
  ) {}

  get enabled() {
    return this.ttlSeconds > 0;
  }

  get size() {
    return this.entries.size;
  }

  /** The cache key of a request body, or null when the request must not be cached. */
  keyOf(body: unknown, authorization: string | undefined): string | null {
    if (!this.enabled || authorization) return null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || (extensions !== undefined && extensions !== null && typeof extensions === 'object' && Object.keys(extensions).length))
      return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    // stableStringify recurses: deeply nested variables are never cached (the gateway refuses them anyway)
    if (nestingDepth(variables, 32) > 32) return null;
    const documentHash = this.analyse(query, (operationName as string | null | undefined) ?? null);
    if (!documentHash) return null;
    // the document is hashed once (analyse); per request only the variables are added to the key,
    // as they are when short, hashed when long (keys stay small whatever a caller sends)
    const vars = stableStringify(variables ?? {});
    return `${documentHash}\0${String(operationName ?? '')}\0${vars.length <= 256 ? vars : createHash('sha256').update(vars).digest('base64url')}`;
  }

  get(key: string, now = Date.now()): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires <= now) {
      this.delete(key, e);
      return null;
    }
    // least recently used goes first: a hit moves the entry to the end
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.body;
  }

  /** Stores an answer if it has no errors. */
  set(key: string, body: string, now = Date.now()): boolean {
    if (hasErrors(body)) return false;
    const bytes = body.length * 2;
    if (bytes > this.maxBytes / 8) return false;
    const old = this.entries.get(key);
    if (old) this.delete(key, old);
    this.entries.set(key, { body, expires: now + this.ttlSeconds * 1000, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [k, e] = this.entries.entries().next().value as [string, Entry];
      this.delete(k, e);
    }
    return true;
  }

  private delete(key: string, e: Entry) {
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }

  private analyse(query: string, operationName: string | null): string | null {
    const cacheKey = `${operationName ?? ''}\0${query}`;
    let a = this.documents.get(cacheKey);
    if (!a) {
      const normalised = analyse(query, operationName, this.allow);
      a = { documentHash: normalised === null ? null : createHash('sha256').update(normalised).digest('base64url') };
      if (this.documents.size >= this.maxDocuments) this.documents.delete(this.documents.keys().next().value as string);
      this.documents.set(cacheKey, a);
    }
    return a.documentHash;
  }
}

/** The normalised document when the selected operation is a query of allow-listed root fields only. */
function analyse(query: string, operationName: string | null, allow: ReadonlySet<string>): string | null {
  let doc: DocumentNode;
  try {
    doc = parse(query, { noLocation: true });
  } catch {
    return null; // Apollo answers with the syntax error; never cached
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== 'query') return null;
  // every root selection must be a plain field of the allow-list: fragments at the root are not
  // followed, so they are simply not cached
  for (const sel of op.selectionSet.selections) {
    if (sel.kind !== Kind.FIELD || !allow.has(sel.name.value)) return null;
  }
  return print(doc);
}

function hasErrors(body: string): boolean {
  if (!body.includes('"errors"')) return false;
  try {
    const j = JSON.parse(body) as Record<string, unknown>;
    return j.errors !== undefined || !('data' in j) || j.data === null;
  } catch {
    return true;
  }
}

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
