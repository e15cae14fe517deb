import { startSimulator } from '../../src/simulator';

/** The simulator in its own process, for the benchmark: `READY <base url>` once listening. */
async function main(): Promise<void> {
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    latencyMs: Number(process.env.BENCH_LATENCY_MS ?? '150'),
  });
  process.stdout.write(`READY ${simulator.url}\n`);
  process.once('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
}

void main();
