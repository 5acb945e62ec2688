import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The one list of error codes every subgraph and the gateway use in `extensions.code`.
 * Clients switch on these, never on message text.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** One invalid input field: `field` is the input path the portal puts the message next to. */
export interface FieldProblem {
  field: string;
  /** English message, for developers. */
  message: string;
  /** Bahasa Indonesia message, for residents (the portal shows this one). */
  messageId: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, messageId: string, extra: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, messageId, ...extra, ...(status ? { http: { status } } : {}) } });
  }
}

export const unauthenticated = (message = 'You must log in first', messageId = 'Silakan masuk terlebih dahulu') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, messageId);
export const forbidden = (message = 'You are not allowed to do this', messageId = 'Anda tidak berwenang melakukan ini') =>
  new AppError(ErrorCode.FORBIDDEN, message, messageId);
export const notFound = (what: string, whatId: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`, `${whatId} tidak ditemukan`);
export const conflict = (message: string, messageId: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, messageId, extra);
/** `retryAfterSeconds` and `retryAfter` carry the same seconds (`retryAfter` as the HTTP header is named). */
export const tooManyRequests = (retryAfterSeconds: number, message: string, messageId: string) =>
  new AppError(ErrorCode.TOO_MANY_REQUESTS, message, messageId, { retryAfterSeconds, retryAfter: retryAfterSeconds });

/** BAD_USER_INPUT naming every invalid field; the first one is also `extensions.field`. */
export function badInput(problems: FieldProblem[]): AppError {
  const [first] = problems;
  const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, message, first.messageId, { field: first.field, fields: problems });
}

export const badField = (field: string, message: string, messageId: string) => badInput([{ field, message, messageId }]);

// SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (server shutting down or starting)
const DB_UNAVAILABLE_STATE = /^(08|53|57P)/;
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * True when the database could not be reached or is going away (not when a statement was wrong): the
 * client may retry the same request, with its idempotency key, once the database is back.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as Record<string, unknown> | undefined, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = e.cause as Record<string, unknown> | undefined, depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (DB_UNAVAILABLE_STATE.test(code) || NET_UNAVAILABLE.has(code)) return true;
    if (e.name === 'ConnectionException') return true;
    const message = typeof e.message === 'string' ? e.message : '';
    // pg and knex say so only in words
    if (
      /Connection terminated|Connection ended unexpectedly|(connection error|was closed) and is not queryable|Timeout acquiring a connection|the database system is (shutting down|starting up)|terminating connection due to administrator command/i.test(
        message,
      ) ||
      // knex, when a statement is sent on a transaction it already rolled back because its connection was lost
      /Transaction query already complete/.test(message)
    )
      return true;
  }
  return false;
}

export const serviceUnavailable = () =>
  new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'The database is temporarily unavailable; nothing may have been saved, so try again in a moment (with the same idempotency key)',
    'Layanan sedang tidak dapat menyimpan atau membaca data. Silakan coba lagi sebentar lagi.',
    { retryable: true },
  );

/** Known application errors pass through; anything else is masked so no stack, SQL or personal data leaks. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log?: (err: unknown) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.code as string | undefined;
  const known = original instanceof AppError || (code !== undefined && code !== 'INTERNAL_SERVER_ERROR');
  if (known) {
    const { stacktrace: _ignored, exception: _ignored2, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  log?.(original);
  if (isDatabaseUnavailable(original)) {
    const e = serviceUnavailable();
    return {
      message: e.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, messageId: e.extensions.messageId, retryable: true },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageId: 'Terjadi kesalahan pada server. Silakan coba lagi.' },
  };
}

/**
 * What a log line may say about an error. A database error's message, detail and stack header carry
 * the statement with its values (a NIK, a phone, coordinates): its SQLSTATE, table, constraint and
 * column names are kept, with the stack frames and the reason with every statement and quoted value cut. Any other error keeps its message with every value it
 * may quote taken out (see `scrubbedMessage`), and its stack frames without the header that repeats it.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { message: String(err) };
  const e = err as Record<string, unknown>;
  const frames =
    typeof e.stack === 'string'
      ? e.stack
          .split('\n')
          .filter((l) => /^\s+at /.test(l))
          .slice(0, 12)
          .join('\n')
      : undefined;
  if (isDatabaseError(e)) {
    const pick = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
    return {
      type: String(e.name ?? 'DatabaseError'),
      // the reason without the statement or any quoted value (a refused value is quoted, in either quotes)
      message: typeof e.message === 'string' ? scrubbedMessage(e.message).replace(/"(?:[^"\\]|\\.)*"/g, '"…"') : undefined,
      code: pick('code') ?? pick('sqlState'),
      table: pick('table'),
      constraint: pick('constraint'),
      column: pick('column'),
      schema: pick('schema'),
      stack: frames,
    };
  }
  return {
    type: String(e.name ?? 'Error'),
    message: typeof e.message === 'string' ? scrubbedMessage(e.message) : undefined,
    code: e.code,
    stack: frames,
    ...(e.cause ? { cause: loggableError(e.cause) } : {}),
  };
}

/**
 * An error message without the values it may carry. Not every database failure arrives as a database
 * error: a connection lost mid-statement surfaces from knex as a plain Error whose message starts with
 * the statement ("insert into … - Connection terminated unexpectedly"), and libraries quote the value
 * they refused. So: a leading statement is cut, quoted literals, `=(…)` details and long digit runs (a
 * NIK, a phone number) are replaced. What is left (the reason, identifiers) is enough to debug.
 */
export function scrubbedMessage(message: string): string {
  return message
    .replace(/^\s*(?:select|insert|update|delete|with|set|begin|commit|rollback|lock|call)\b[\s\S]* - (?=[^\n]*$)/i, '[statement] - ')
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/=\([^)]*\)/g, '=(…)')
    .replace(/\+?\d[\d -]{5,}\d/g, '[number]');
}

/** A PostgreSQL error (pg's DatabaseError) or a MikroORM driver exception wrapping one. */
function isDatabaseError(e: Record<string, unknown>): boolean {
  const name = String(e.name ?? '');
  return (
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) ||
    'sqlState' in e ||
    'severity' in e ||
    /Exception$/.test(name) ||
    typeof e.sql === 'string' ||
    typeof e.query === 'string'
  );
}
