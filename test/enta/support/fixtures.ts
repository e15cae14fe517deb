import pino, { Logger } from 'pino';
import { Writable } from 'node:stream';

import { createTransport, Transport, TransportOptions } from '../../../src/enta/transport';
import { RecordingServer } from './recording-server';

export const TEST_CREDENTIALS = { username: 'partner-user', password: 's3cret-pass' };

/** A logger that writes nowhere. */
export const silentLogger: Logger = pino({ level: 'silent' });

/** A debug logger whose lines are collected, to read back what was logged. */
export function capturingLogger(): {
  logger: Logger;
  lines: () => Array<Record<string, unknown>>;
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines };
}

/** A transport aimed at the recording server, with short timeouts for tests. */
export function transportFor(
  server: RecordingServer,
  overrides: Partial<TransportOptions> = {},
): Transport {
  return createTransport({
    baseUrl: server.url,
    ...TEST_CREDENTIALS,
    apiVersion: 'stable',
    testMode: false,
    timeoutMs: 2000,
    logger: silentLogger,
    ...overrides,
  });
}

/** A reply document in Enta's usual envelope. */
export function envelope(inner: string, type = 'Reply'): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ResponseBlock Type="Live"><Response Type="${type}"><OperationResponse>${inner}` +
    '</OperationResponse></Response></ResponseBlock>'
  );
}

/** Enta's error reply, with HTTP 200. */
export function errorReply(code: string, description: string): string {
  return envelope(
    `<ErrorCode>${code}</ErrorCode><ErrorDescription>${description}</ErrorDescription>`,
    'Error',
  );
}
