import os from 'node:os';
import type { LoadResult } from './load';
import type { DashboardFigures, SoakFigures } from './phases';

export interface BenchFigures {
  settings: { latencyMs: number; durationSeconds: number; soakSeconds: number;
    warmupSeconds: number; rounds: number; connections: number;
    uncachedMaxConcurrent: number };
  dashboard: DashboardFigures;
  cached: LoadResult;
  apollo: LoadResult;
  bare: LoadResult;
  uncached: LoadResult;
  soak: SoakFigures;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function loadLine(name: string, result: LoadResult): string {
  const rps = result.requestsPerSecond.toFixed(0).padStart(7);
  const failures = result.failures ? `  (${result.failures} failed)` : '';
  const cpu = result.cpuMicrosPerRequest === undefined
    ? '' : `   CPU ${result.cpuMicrosPerRequest.toFixed(0)} us/req`;
  return `  ${name.padEnd(32)} ${rps} req/s   p50 ${result.p50Ms} ms   p99 ${result.p99Ms} ms` +
    cpu + failures;
}

/** The benchmark's figures, with each target and whether it was met, as plain text. */
export function formatReport(figures: BenchFigures): string {
  const { settings, dashboard, cached, apollo, bare, uncached, soak } = figures;
  const overheadMs = uncached.p50Ms - settings.latencyMs;
  const vsApollo = cached.requestsPerSecond / apollo.requestsPerSecond;
  const vsBare = cached.requestsPerSecond / bare.requestsPerSecond;
  const cpuVsApollo = (apollo.cpuMicrosPerRequest ?? 0) / (cached.cpuMicrosPerRequest ?? 1);
  const growth = soak.rssAtEndBytes / soak.rssAt10sBytes - 1;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';

  return [
    `enta-graphql benchmark: Node ${process.version}, ${os.cpus().length} cores (${cpu}), ` +
      `${os.platform()}`,
    `  upstream latency ${settings.latencyMs} ms, ${settings.connections} connections, ` +
      `${settings.durationSeconds} s per phase after ${settings.warmupSeconds} s warm-up, ` +
      `soak ${settings.soakSeconds} s, all on 127.0.0.1`,
    '',
    `Dashboard: ${dashboard.services} services with account fields, line features, contact, ` +
      '7 days of usage, sessions',
    `  cold: ${dashboard.coldCalls} upstream calls, minimum ${dashboard.minimumCalls} ` +
      `(${JSON.stringify(dashboard.byOperation)})  target = minimum: ` +
      verdict(dashboard.coldCalls === dashboard.minimumCalls),
    `  warm repeat: ${dashboard.warmCalls} upstream calls  target 0: ` +
      verdict(dashboard.warmCalls === 0),
    '',
    `Cached service(ref) query under load (best of ${settings.rounds} interleaved rounds):`,
    loadLine('ours (cache on)', cached),
    loadLine('baseline Apollo + type-graphql', apollo),
    loadLine('baseline bare node:http', bare),
    `  ours / Apollo baseline: ${pct(vsApollo)}  target >= 80%: ${verdict(vsApollo >= 0.8)}`,
    `  ours / bare node:http:  ${pct(vsBare)}`,
    `  by CPU per request, Apollo baseline / ours: ${pct(cpuVsApollo)} ` +
      '(throughput on a quiet machine would follow this)',
    '',
    `Uncached service(ref) query (cache off, ENTA_MAX_CONCURRENT=` +
      `${settings.uncachedMaxConcurrent}):`,
    loadLine('ours (cache off)', uncached),
    `  overhead above upstream latency at p50: ${overheadMs.toFixed(1)} ms  target < 5 ms: ` +
      verdict(overheadMs < 5),
    '',
    `Memory under load (cached server, ${settings.soakSeconds} s soak over 50 services):`,
    loadLine('soak', soak.load),
    `  RSS after 10 s: ${mb(soak.rssAt10sBytes)}, after ${settings.soakSeconds} s: ` +
      `${mb(soak.rssAtEndBytes)} (${growth >= 0 ? '+' : ''}${pct(growth)})  ` +
      `target flat within 10% and < 250 MB: ` +
      verdict(Math.abs(growth) <= 0.1 && soak.rssAtEndBytes < 250 * 1024 * 1024),
    '',
  ].join('\n');
}
