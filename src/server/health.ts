import type { IncomingMessage, ServerResponse } from 'node:http';

/** What readiness depends on; each check says whether its part can serve. */
export interface ReadinessChecks {
  /** The idempotency and audit store is open. */
  storeOpen: () => boolean;
  /** 'open' means Enta calls would fail fast: not ready. */
  breakerState: () => string;
  /** True once shutdown has begun: stop sending us traffic. */
  shuttingDown: () => boolean;
}

export const HEALTH_PATHS = ['/healthz', '/readyz'];

/**
 * `/healthz`: the process is alive and answering (200, nothing checked).
 * `/readyz`: it can do its work: store open, breaker not open, not shutting down (200),
 * else 503, with each check's state in the body either way.
 */
export function answerHealth(
  req: IncomingMessage,
  res: ServerResponse,
  checks: ReadinessChecks,
): void {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });

  const state = {
    store: checks.storeOpen() ? 'open' : 'closed',
    breaker: checks.breakerState(),
    shuttingDown: checks.shuttingDown(),
  };
  const ready = state.store === 'open' && state.breaker !== 'open' && !state.shuttingDown;
  sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...state });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}
