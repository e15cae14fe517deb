import { isAdvanceable } from './clock';
import type { HttpContext } from './http';

/** A control endpoint's answer, sent as JSON. */
export interface ControlAnswer {
  status: number;
  body: unknown;
}

/**
 * Test controls: `GET /_sim/requests` lists what arrived; `POST /_sim/clock/advance?ms=N`
 * moves simulated time forward (state catches up on the next request).
 */
export function controlRoute(context: HttpContext, method: string, url: URL): ControlAnswer {
  if (url.pathname === '/_sim/requests' && method === 'GET') {
    return { status: 200, body: context.requests };
  }

  if (url.pathname === '/_sim/clock/advance' && method === 'POST') {
    const ms = Number(url.searchParams.get('ms'));
    if (!Number.isInteger(ms) || ms < 0) {
      const error = 'ms must be a whole number of milliseconds, 0 or more';
      return { status: 400, body: { error } };
    }
    const clock = context.state.clock;
    if (!isAdvanceable(clock)) {
      return { status: 409, body: { error: 'this clock cannot be moved' } };
    }
    clock.advance(ms);
    return { status: 200, body: { now: clock.now().toISOString() } };
  }

  return { status: 404, body: { error: 'unknown control endpoint' } };
}
