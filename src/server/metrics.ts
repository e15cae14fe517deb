import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppError } from '../errors';
import { shownOperationName } from './plugins/logging';

/** The server's Prometheus series, on one registry so tests and several apps do not collide. */
export interface Metrics {
  registry: Registry;
  graphqlRequests: Histogram<'operation' | 'outcome'>;
  upstreamCalls: Histogram<'operation' | 'outcome'>;
  cacheLookups: Counter<'operation' | 'result'>;
  breakerState: Gauge<'upstream'>;
  /** The breakers `breakerState` reads when scraped, by upstream name. */
  breakers: Map<string, () => string>;
}

/** Operation names come from clients; past this many distinct ones they count as `other`. */
const MAX_OPERATION_NAMES = 200;

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const breakers = new Map<string, () => string>();

  return {
    registry,
    graphqlRequests: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operations by name and outcome (ok or the first error code)',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    upstreamCalls: new Histogram({
      name: 'enta_call_duration_seconds',
      help: 'Calls to Enta by operation and outcome (ok, rejected, not_found, timeout, ...)',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: 'enta_cache_lookups_total',
      help: 'Shared cache lookups for Enta reads, by operation and result (hit, miss, coalesced)',
      labelNames: ['operation', 'result'],
      registers: [registry],
    }),
    breakerState: new Gauge({
      name: 'enta_circuit_breaker_open',
      help: '1 while the circuit breaker in front of Enta is open, else 0',
      labelNames: ['upstream'],
      registers: [registry],
      // Read at scrape time, so the series can never lag the breaker.
      collect() {
        for (const [upstream, state] of breakers) {
          this.set({ upstream }, state() === 'open' ? 1 : 0);
        }
      },
    }),
    breakers,
  };
}

/** The cache's `onLookup` hook: counts hits, misses and coalesced calls per operation. */
export function observeCache(metrics: Metrics) {
  return (operation: string, result: string): void => {
    metrics.cacheLookups.inc({ operation, result });
  };
}

/** Reports a breaker's state on `enta_circuit_breaker_open{upstream}`. */
export function watchBreaker(metrics: Metrics, upstream: string, state: () => string): void {
  metrics.breakers.set(upstream, state);
}

/** Times each GraphQL operation and labels it with its name and how it ended. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    const operation = shownOperationName(name) ?? 'anonymous';
    if (seen.has(operation)) return operation;
    if (seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(operation);
    return operation;
  };

  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlRequests.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          stopTimer({ operation: label(operationName), outcome: outcomeOf(errors) });
        },
      };
    },
  };
}

function outcomeOf(errors: readonly GraphQLError[] | undefined): string {
  const first = errors?.[0];
  if (!first) return 'ok';

  const original = unwrapResolverError(first);
  if (original instanceof AppError) return original.code;
  return String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
}

/** The transport's `onCall` hook: one observation per Enta call. */
export function observeUpstream(metrics: Metrics) {
  return (call: { operation: string; outcome: string; durationMs: number }): void => {
    metrics.upstreamCalls.observe(
      { operation: call.operation, outcome: call.outcome },
      call.durationMs / 1000,
    );
  };
}
