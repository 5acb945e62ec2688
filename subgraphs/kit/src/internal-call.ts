import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppError, ErrorCode } from './errors';
import { BodyTooLargeError, readBody } from './http';

/**
 * Calls between the platform's own processes (the gateway asking core about an API key) go to routes
 * under a subgraph's `/internal/`. Two guards:
 * - reach: the gateway's `/api/<subgraph>/...` passthrough forwards only to a subgraph's `/api/...`, so
 *   `/internal/` is never reachable from outside through the gateway;
 * - who: each call carries `x-internal-signature: t=<unix s>,n=<nonce>,s=<mac>`, an HMAC over time, nonce,
 *   method, path and the body's hash with a key derived from AUTH_SECRET (the processes share it; a key
 *   of its own so a signature is never also an access token). Valid for 30 s, each nonce once per process.
 */
export const INTERNAL_SIGNATURE_HEADER = 'x-internal-signature';
export const INTERNAL_CALL_MAX_SKEW_SECONDS = 30;
const INTERNAL_BODY_LIMIT = 1_000_000;

const derivedKeys = new Map<string, Buffer>();
function internalKey(secret: string): Buffer {
  let key = derivedKeys.get(secret);
  if (!key) {
    key = createHmac('sha256', secret).update('satu-kendari/internal-call/v1').digest();
    derivedKeys.set(secret, key);
  }
  return key;
}

const macOf = (secret: string, t: number, nonce: string, method: string, path: string, body: string) =>
  createHmac('sha256', internalKey(secret))
    .update(`${t}\n${nonce}\n${method.toUpperCase()}\n${path}\n${createHash('sha256').update(body).digest('hex')}`)
    .digest('base64url');

/** The header value for one call of `method path` with `body` (the exact bytes sent). */
export function signInternalCall(secret: string, method: string, path: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  const nonce = randomBytes(12).toString('base64url');
  return `t=${t},n=${nonce},s=${macOf(secret, t, nonce, method, path, body)}`;
}

/** Nonces seen in the last window (per process): a captured call cannot be replayed to this process. */
const seenNonces = new Map<string, number>();
function firstUse(nonce: string, nowMs: number): boolean {
  if (seenNonces.size > 10_000 || seenNonces.size % 256 === 0) {
    for (const [n, until] of seenNonces) if (until < nowMs) seenNonces.delete(n);
  }
  if (seenNonces.has(nonce)) return false;
  seenNonces.set(nonce, nowMs + 2 * INTERNAL_CALL_MAX_SKEW_SECONDS * 1000);
  return true;
}

export type InternalCallCheck = 'ok' | 'missing' | 'malformed' | 'expired' | 'bad-signature' | 'replayed';

export function verifyInternalCall(
  secret: string,
  header: string | undefined,
  method: string,
  path: string,
  body: string,
  now = Date.now(),
): InternalCallCheck {
  if (!header) return 'missing';
  const m = /^t=(\d{1,12}),n=([\w-]{8,64}),s=([\w-]{43})$/.exec(header.trim());
  if (!m) return 'malformed';
  const t = Number(m[1]);
  if (Math.abs(now / 1000 - t) > INTERNAL_CALL_MAX_SKEW_SECONDS) return 'expired';
  const expected = Buffer.from(macOf(secret, t, m[2], method, path, body));
  const given = Buffer.from(m[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad-signature';
  return firstUse(m[2], now) ? 'ok' : 'replayed';
}

/**
 * Reads and checks an internal call in a subgraph's `/internal/...` route handler: the parsed JSON body,
 * or UNAUTHENTICATED (401) without a valid signature, BAD_USER_INPUT (400) for a body that is not JSON.
 */
export async function readInternalCall(req: IncomingMessage, secret: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readBody(req, INTERNAL_BODY_LIMIT);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Body too large', 'Data terlalu besar');
    throw err;
  }
  const path = new URL(req.url ?? '/', 'http://internal').pathname;
  const header = req.headers[INTERNAL_SIGNATURE_HEADER];
  const check = verifyInternalCall(secret, Array.isArray(header) ? header[0] : header, req.method ?? 'GET', path, raw);
  if (check !== 'ok')
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Internal route: a signed call from the platform is required', 'Akses internal ditolak', {
      reason: `INTERNAL_CALL_${check.toUpperCase().replace('-', '_')}`,
    });
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Body is not valid JSON', 'Data tidak valid');
  }
}

/**
 * Makes a signed internal call (POST, JSON) to `origin + path` and returns the parsed answer; throws on a
 * transport failure, a timeout or a non-2xx answer (the error's `status` is the HTTP status).
 */
export async function callInternal<T>(origin: string, path: string, body: unknown, secret: string, timeoutMs = 2000): Promise<T> {
  const text = JSON.stringify(body);
  const res = await fetch(new URL(path, origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_SIGNATURE_HEADER]: signInternalCall(secret, 'POST', path, text) },
    body: text,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const answer = await res.text();
  if (!res.ok) throw Object.assign(new Error(`internal call ${path} answered ${res.status}`), { status: res.status });
  return JSON.parse(answer) as T;
}
