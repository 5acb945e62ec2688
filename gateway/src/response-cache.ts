import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import type { Logger } from '@kendari/kit/platform';
import { nestingDepth } from './body';

/** One stored answer: its body, its ETag and when it stops being fresh (ms since the epoch). */
export interface CachedAnswer {
  body: string;
  etag: string;
  expiresAt: number;
  /** The body as UTF-8, kept by the in-memory store: a hit is written without encoding it again. */
  utf8?: Buffer;
}

/** Where answers are kept: this process's memory, or Redis shared by every gateway process. */
export interface AnswerStore {
  get(key: string): Promise<CachedAnswer | null>;
  set(key: string, answer: CachedAnswer): Promise<void>;
  close(): Promise<void>;
}

/** A strong ETag of a body: the same bytes, the same tag, in every gateway process. */
export const etagOf = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Does an `If-None-Match` header name this tag (or `*`)? Weak comparison, as RFC 9110 asks for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/** Bounded LRU (entries and bytes) in this process. */
export class MemoryStore implements AnswerStore {
  private readonly entries = new Map<string, CachedAnswer & { bytes: number }>();
  private bytes = 0;

  constructor(
    readonly maxEntries = 5_000,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get size() {
    return this.entries.size;
  }

  async get(key: string): Promise<CachedAnswer | null> {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expiresAt <= Date.now()) {
      this.delete(key);
      return null;
    }
    // least recently used goes first: a hit moves the entry to the end
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  async set(key: string, answer: CachedAnswer): Promise<void> {
    const utf8 = answer.utf8 ?? Buffer.from(answer.body);
    const bytes = answer.body.length * 2 + utf8.length;
    if (bytes > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, { ...answer, utf8, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) this.delete(this.entries.keys().next().value as string);
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }
}

/**
 * Redis, shared by every gateway process. Redis is an optimisation here, never a dependency: while
 * it is down or slow every lookup is a miss (no command waits in a queue, each has a short
 * deadline), the gateway answers from the subgraphs, and the outage is logged once (and its end).
 */
export class RedisStore implements AnswerStore {
  private readonly client: Redis;
  private down = false;

  constructor(
    url: string,
    private readonly log: Logger,
    private readonly prefix = 'satu-kendari:answer:',
    commandTimeoutMs = 250,
  ) {
    this.client = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: commandTimeoutMs,
      connectTimeout: 2_000,
      // keep trying in the background, at most every 5 s
      retryStrategy: (times) => Math.min(times * 200, 5_000),
    });
    this.client.on('error', (err: Error & { code?: string }) => this.failed(err));
    this.client.on('ready', () => {
      if (this.down) this.log.info('response cache: Redis is back; answers are shared again');
      this.down = false;
    });
  }

  private failed(err: Error & { code?: string }) {
    if (this.down) return;
    this.down = true;
    // the URL may carry a password: only the error's code is logged
    this.log.warn({ code: err.code ?? err.name }, 'response cache: Redis unavailable; answering without the shared cache until it is back');
  }

  async get(key: string): Promise<CachedAnswer | null> {
    if (this.client.status !== 'ready') return null;
    try {
      const raw = await this.client.get(this.prefix + key);
      return raw ? decode(raw) : null;
    } catch (err) {
      this.failed(err as Error);
      return null;
    }
  }

  async set(key: string, answer: CachedAnswer): Promise<void> {
    const ttl = answer.expiresAt - Date.now();
    if (ttl <= 0 || this.client.status !== 'ready') return;
    try {
      await this.client.set(this.prefix + key, encode(answer), 'PX', ttl);
    } catch (err) {
      this.failed(err as Error);
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}

/** `<expiresAt>\n<etag>\n<body>`: one string, no JSON round trip of the body. */
const encode = (a: CachedAnswer) => `${a.expiresAt}\n${a.etag}\n${a.body}`;
function decode(raw: string): CachedAnswer | null {
  const i = raw.indexOf('\n');
  const j = raw.indexOf('\n', i + 1);
  if (i < 0 || j < 0) return null;
  const expiresAt = Number(raw.slice(0, i));
  if (!(expiresAt > Date.now())) return null;
  return { expiresAt, etag: raw.slice(i + 1, j), body: raw.slice(j + 1) };
}

/**
 * The gateway's response cache: answers to anonymous and API-key queries whose policy (cache-policy.ts,
 * from the schema's `@cacheControl` hints) allows it, each kept for its own max-age (capped by
 * `maxTtlSeconds`). Keys are hashes of the schema served, the normalised document, the operation
 * name and the variables. Only answers without errors are stored; token callers never reach it.
 */
export class ResponseCache {
  constructor(
    readonly store: AnswerStore,
    /** Longest time any answer is kept, whatever its hint says (RESPONSE_CACHE_TTL; 0 = off). */
    readonly maxTtlSeconds: number,
  ) {}

  get enabled() {
    return this.maxTtlSeconds > 0;
  }

  /** The key of one request, or null when its variables are not a plain object of sane depth. */
  keyOf(schemaName: string, documentHash: string, operationName: unknown, variables: unknown): string | null {
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    // stableStringify recurses: deeply nested variables are never cached (the gateway refuses them anyway)
    if (nestingDepth(variables, 32) > 32) return null;
    return createHash('sha256')
      .update(`${schemaName}\0${documentHash}\0${String(operationName ?? '')}\0${stableStringify(variables ?? {})}`)
      .digest('base64url');
  }

  get(key: string): Promise<CachedAnswer | null> {
    return this.store.get(key);
  }

  /** Stores an answer without errors for min(maxAge, cap) seconds; returns what was stored, or null. */
  async set(key: string, body: string, maxAgeSeconds: number, etag = etagOf(body), utf8?: Buffer): Promise<CachedAnswer | null> {
    const ttl = Math.min(maxAgeSeconds, this.maxTtlSeconds);
    if (ttl <= 0 || hasErrors(body)) return null;
    const answer = { body, etag, expiresAt: Date.now() + ttl * 1000, utf8 };
    await this.store.set(key, answer);
    return answer;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Whether an answer of Apollo Server carries errors (or no data), without reading it through: Apollo Server
 * writes `errors` before `data` (runHttpQuery's orderExecutionResultFields), so an answer without errors
 * starts with `{"data":`. Searching a 1000-item answer for `"errors"` and parsing it whenever a value
 * held that word was 4 % of the gateway's CPU at 1000 items. Any other start counts as errors: not cached.
 */
export function hasErrors(body: string): boolean {
  return !body.startsWith('{"data":{');
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
