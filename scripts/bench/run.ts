import path from 'node:path';
import { startChild, type Child } from './children';
import { ourServerEnv } from './our-server-env';
import { runLoad, runMeasuredLoad, type LoadResult } from './load';
import {
  firstRefs, measureDashboard, postJsonAnswer, serviceBodies, soak, warm,
} from './phases';
import { formatReport, type BenchFigures } from './report';

/*
 * `npm run bench`: starts the simulator, our server (cache on, then off) and two baselines,
 * each in its own process on 127.0.0.1, drives them with autocannon from this process, and
 * prints the figures. Settings come from BENCH_* variables; see README, "Performance".
 */

const SOAK_SERVICES = 50;
const UNCACHED_MAX_CONCURRENT = 64;

function settingsFromEnv(): BenchFigures['settings'] {
  const read = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`);
    return value;
  };
  return {
    latencyMs: read('BENCH_LATENCY_MS', 150),
    durationSeconds: read('BENCH_DURATION_SECONDS', 10),
    soakSeconds: read('BENCH_SOAK_SECONDS', 60),
    warmupSeconds: read('BENCH_WARMUP_SECONDS', 3),
    rounds: Math.max(1, read('BENCH_ROUNDS', 2)),
    connections: read('BENCH_CONNECTIONS', 50),
    uncachedMaxConcurrent: UNCACHED_MAX_CONCURRENT,
  };
}

const script = (name: string) => path.join(__dirname, `${name}.js`);
const serverMain = path.join(__dirname, '..', '..', 'src', 'main.js');

async function main(): Promise<void> {
  const settings = settingsFromEnv();
  const running: Child[] = [];
  const start = async (name: string, file: string, env: Record<string, string>) => {
    const child = await startChild(name, file, env);
    running.push(child);
    return child;
  };
  // Each server first gets a short unmeasured run, so that no figure includes JIT warm-up.
  const load = async (server: Child, bodies: string[]) => {
    const phase = { url: server.url, bodies, connections: settings.connections };
    await runLoad({ ...phase, durationSeconds: settings.warmupSeconds });
    return runMeasuredLoad(server, { ...phase, durationSeconds: settings.durationSeconds });
  };
  const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

  try {
    progress('starting the simulator and our server');
    const simulator = await start('simulator', script('serve-simulator'),
      { BENCH_LATENCY_MS: String(settings.latencyMs) });
    const cachedServer = await start('ours', serverMain, ourServerEnv(simulator.url, true));

    progress('dashboard');
    const dashboard = await measureDashboard(cachedServer, simulator.url);
    const refs = await firstRefs(cachedServer.url, SOAK_SERVICES);
    const one = serviceBodies([refs[0]]);

    progress('cached service query and baselines');
    await warm(cachedServer.url, [refs[0]]);
    const answer = await postJsonAnswer(cachedServer.url, refs[0]);
    const apolloServer = await start('apollo', script('baseline-apollo'),
      { BENCH_RESPONSE_JSON: answer });
    const bareServer = await start('bare', script('baseline-http'),
      { BENCH_RESPONSE_JSON: answer });
    const [cached, apollo, bare] = await inRounds(settings.rounds,
      [cachedServer, apolloServer, bareServer].map((server) => () => load(server, one)));
    await apolloServer.stop();
    await bareServer.stop();

    progress('uncached service query');
    const uncachedServer = await start('ours, cache off', serverMain,
      ourServerEnv(simulator.url, false, UNCACHED_MAX_CONCURRENT));
    const uncached = await load(uncachedServer, serviceBodies(refs));
    await uncachedServer.stop();

    progress(`soak for ${settings.soakSeconds} s`);
    await warm(cachedServer.url, refs);
    const soaked = await soak(cachedServer, serviceBodies(refs), settings.soakSeconds,
      settings.connections);

    const figures = { settings, dashboard, cached, apollo, bare, uncached, soak: soaked };
    process.stdout.write(formatReport(figures));
  } finally {
    await Promise.all(running.map((child) => child.stop()));
  }
}

/**
 * Runs each phase once per round, interleaved, and keeps each one's best round: a neighbour's
 * burst of work on a shared machine then costs every server alike, or none.
 */
async function inRounds(rounds: number, phases: Array<() => Promise<LoadResult>>)
  : Promise<LoadResult[]> {
  const best: LoadResult[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, phase] of phases.entries()) {
      const result = await phase();
      if (!best[index] || result.requestsPerSecond > best[index].requestsPerSecond) {
        best[index] = result;
      }
    }
  }
  return best;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
