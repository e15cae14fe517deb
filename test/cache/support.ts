import { createCachingClient, createCachePolicy, createLruReadCache } from '../../src/cache';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createEntaClient, createTransport, type EntaClient } from '../../src/enta';
import { createLogger } from '../../src/logger';
import { startSimulator, type RunningSimulator } from '../../src/simulator';

/** A real simulator, and a caching client over it whose TTL clock the test moves. */
export interface CachedUpstream {
  simulator: RunningSimulator;
  client: EntaClient;
  /** Moves the cache's clock (not the simulator's) forward. */
  advance(ms: number): void;
  /** Upstream calls so far, as `Operation` names. */
  operations(): string[];
  close(): Promise<void>;
}

export async function startCachedUpstream(): Promise<CachedUpstream> {
  const logger = createLogger({ level: 'silent' });
  const config = loadConfig({});
  const simulator = await startSimulator();
  const transport = createTransport({ ...config.enta, baseUrl: simulator.url, logger });

  let nowMs = 1_000_000;
  const client = createCachingClient(createEntaClient(transport), {
    cache: createLruReadCache({ maxEntries: 100, now: () => nowMs }),
    policy: createCachePolicy(systemClock),
    logger,
  });

  return {
    simulator,
    client,
    advance: (ms) => {
      nowMs += ms;
    },
    operations: () => simulator.requests.map((request) => request.operation),
    close: () => simulator.close(),
  };
}
