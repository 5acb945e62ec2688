import pino, { type Logger } from 'pino';

/** Structured JSON logs. Never log tokens, passwords, NIKs or phone numbers. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', '*.nik', '*.phone'], remove: true },
  });
}
export type { Logger };
