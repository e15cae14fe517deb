import { EntaUnavailableError } from '../../src/enta';
import { startSimulator } from '../../src/simulator';
import { createTransport } from '../../src/enta';
import { createLogger } from '../../src/logger';

describe('a refused partner login', () => {
  it('is reported as a login problem for the operator, not as Enta being down', async () => {
    const simulator = await startSimulator({ username: 'partner', password: 'right' });
    const transport = createTransport({
      baseUrl: simulator.url, username: 'partner', password: 'wrong', apiVersion: 'stable',
      testMode: false, timeoutMs: 5000, logger: createLogger({ level: 'silent' }),
    });

    const failure = await transport.get('AdslAccount', { Ref: 'ADSL100001' }).catch((e) => e);
    await simulator.close();

    expect(failure).toBeInstanceOf(EntaUnavailableError);
    expect(failure.message).toMatch(/refused this server's partner login \(401\)/);
    expect(failure.message).toMatch(/ENTA_USERNAME and ENTA_PASSWORD/);
    expect(failure.message).not.toMatch(/wrong/);
  });
});
