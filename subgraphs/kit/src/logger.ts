import pino, { type Logger } from 'pino';
import { loggableError } from './errors';

/** Structured JSON logs at the level from the parsed settings (LOG_LEVEL). Never log tokens, passwords, NIKs or phone numbers. */
export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
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
