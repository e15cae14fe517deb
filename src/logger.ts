import pino, { Logger } from 'pino';
import { currentRequestId } from './request-scope';

export type { Logger };

/** Paths whose values never reach a log line: credentials and end customers' personal data. */
const REDACT_PATHS = [
  // class-validator reports carry the whole input object they checked.
  'err.extensions.validationErrors',
  '*.target',
  'password',
  '*.password',
  '*.Password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-api-key"]',
  '*.headers["x-api-key"]',
  'token',
  '*.token',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'variables.input.token',
  'variables.input.password',
  'variables.input.email',
  'variables.input.telephoneDay',
  'variables.input.telephoneEvening',
];

export interface LoggerOptions {
  level: string;
  /** Where lines go; tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

/** One JSON event per line; the root of every child logger in the process. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { service: 'enta-graphql' },
      // Every line written while serving a request carries its id, upstream calls included.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    options.destination,
  );
}
