import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';

describe('log redaction', () => {
  it('keeps credentials and tokens out of log lines', () => {
    const lines: string[] = [];
    const destination = new Writable({ write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    } });
    const logger = createLogger({ level: 'info', destination });

    logger.info({ req: { headers: { authorization: 'Bearer abc.def.ghi',
      'x-api-key': 'key-123' } }, token: 'tok-456', apiKey: 'key-789',
    variables: { input: { password: 'pw-1', email: 'someone@example.com' } } }, 'event');

    expect(lines.join('')).not.toMatch(/abc\.def|key-123|tok-456|key-789|pw-1|someone@/);
  });
});
