import pino, { type Logger } from 'pino';
import { loggableError } from './errors';

/** Structured JSON logs. Never log tokens, passwords, NIKs or phone numbers. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { service: name },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', '*.nik', '*.phone'], remove: true },
    // every `{ err }` in a log line goes through this: a database error is logged as code, table and constraint only
    serializers: { err: loggableError },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
