import 'reflect-metadata';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createEntaClient, createTransport } from '../../src/enta';
import { createLogger } from '../../src/logger';
import { startApp, type App } from '../../src/server/app';
import { startSimulator, type RunningSimulator } from '../../src/simulator';
import { openSqliteStore, type WriteStore } from '../../src/store';
import { postGraphQL } from '../support/stack';
import { startInFlightProxy, type InFlightProxy } from './in-flight-proxy';

const MAX_CONCURRENT = 3;

let simulator: RunningSimulator;
let proxy: InFlightProxy;
let app: App;
let store: WriteStore;

beforeAll(async () => {
  const logger = createLogger({ level: 'silent' });
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', ENTA_MAX_CONCURRENT: String(MAX_CONCURRENT),
  });
  // Latency keeps each call open long enough for any excess to overlap it.
  simulator = await startSimulator({ latencyMs: 25 });
  proxy = await startInFlightProxy(simulator.url);

  const transport = createTransport({ ...config.enta, baseUrl: proxy.url, logger });
  store = openSqliteStore({ path: ':memory:', ttlHours: 1 });
  app = await startApp({ config, enta: createEntaClient(transport), clock: systemClock, logger,
    store });
});
afterAll(async () => {
  await app.close();
  store.close();
  await proxy.close();
  await simulator.close();
});

describe('upstream concurrency cap', () => {
  it('queues a 30-service query so no more than the cap are in flight upstream', async () => {
    const result = await postGraphQL<Record<string, any>>(
      app.url, '{ services(first: 30) { nodes { ref careLevel contact { email } } } }');

    const accounts = simulator.requests.filter((r) => r.operation === 'AdslAccount');
    expect(result.errors).toBeUndefined();
    expect(accounts).toHaveLength(30);
    expect(proxy.maxInFlight()).toBe(MAX_CONCURRENT);
  });
});
