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
export const notFound = (what: string, whatId: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} not found`, `${whatId} tidak ditemukan`);
export const conflict = (message: string, messageId: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, messageId, extra);
export const tooManyRequests = (retryAfterSeconds: number, message: string, messageId: string) =>
  new AppError(ErrorCode.TOO_MANY_REQUESTS, message, messageId, { retryAfterSeconds });

/** BAD_USER_INPUT naming every invalid field; the first one is also `extensions.field`. */
export function badInput(problems: FieldProblem[]): AppError {
  const [first] = problems;
  const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, message, first.messageId, { field: first.field, fields: problems });
}

export const badField = (field: string, message: string, messageId: string) => badInput([{ field, message, messageId }]);

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
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageId: 'Terjadi kesalahan pada server. Silakan coba lagi.' },
  };
}
