import { loadConfig } from '../../src/config';
import { ourServerEnv } from '../../scripts/bench/our-server-env';

describe('the benchmark', () => {
  it('starts our server with settings that pass its start-up checks', () => {
    const config = loadConfig(ourServerEnv('http://127.0.0.1:4010/xml/', true, 64));

    expect(config.enta.baseUrl).toBe('http://127.0.0.1:4010/xml/');
    expect(config.auth.anonymousRole).toBe('admin');
    expect(config.enta.maxConcurrent).toBe(64);
  });
});
