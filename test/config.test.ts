import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { ConfigError } from '../src/errors';
import { startStack } from './support/stack';

describe('configuration', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses a HOST that is not an address', () => {
    expect(() => loadConfig({ HOST: 'not an address!' })).toThrow(/HOST must be an address/);
  });

  it('needs partner credentials for a real upstream', () => {
    expect(() => loadConfig({ ENTA_BASE_URL: 'https://api.example.test/xml/',
      AUTH_ANONYMOUS: 'admin' })).toThrow(/ENTA_USERNAME and ENTA_PASSWORD/);
  });

  it('says which port is taken when it cannot listen', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;

    const starting = startStack({ env: { PORT: String(port) } });

    await expect(starting).rejects.toThrow(ConfigError);
    await expect(starting).rejects.toThrow(`port ${port} on 127.0.0.1 is in use`);
    blocker.close();
  });
});
