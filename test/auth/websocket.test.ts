import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let wsUrl: string;

beforeAll(async () => {
  stack = await startStack({ env: authEnv({ MAX_BODY_BYTES: '4096' }) });
  wsUrl = stack.app.url.replace('http', 'ws');
});
afterAll(() => stack.close());

/** The first thing a subscription yields or throws, as text. */
async function firstOutcome(headers: Record<string, string>, query: string): Promise<string> {
  const client = createClient({
    url: wsUrl, webSocketImpl: WebSocket, connectionParams: headers, retryAttempts: 0,
    lazy: true,
  });
  try {
    const events = client.iterate({ query });
    const first = await events.next();
    await events.return?.();
    return JSON.stringify(first.value);
  } catch (error) {
    // graphql-ws rejects with the socket's close event when the server closes it.
    if (error && typeof error === 'object' && 'code' in error) return `close ${error.code}`;
    return JSON.stringify(error instanceof Error ? error.message : error);
  } finally {
    await client.dispose();
  }
}

/** Opens a raw socket and reports how it ended: 'open' or the close code. */
function rawSocket(headers: Record<string, string>, send?: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
    socket.on('open', () => {
      if (send === undefined) {
        socket.close();
        resolve('open');
      } else {
        socket.send(send);
      }
    });
    socket.on('close', (code) => resolve(String(code)));
    socket.on('error', () => resolve('refused'));
  });
}

describe('subscriptions over WebSocket', () => {
  it('runs only subscriptions: a query is sent back to HTTP', async () => {
    const admin = await bearer({ role: 'admin' });
    const outcome = await firstOutcome(admin, '{ services(first: 1) { totalCount } }');

    expect(outcome).toMatch(/only subscriptions run/);
    expect(stack.simulator.requests.filter((r) => r.operation === 'ListConnections'))
      .toHaveLength(0);
  });

  it('refuses a customer the reseller-wide order feed at once', async () => {
    const customer = await bearer({ role: 'customer', services: ['ADSL100001'] });
    const outcome = await firstOutcome(customer, 'subscription { orderUpdates { orderRef } }');

    expect(outcome).toMatch(/FORBIDDEN|may not subscribe/);
  });

  it('closes a connection that brings no valid credentials', async () => {
    const outcome = await firstOutcome({ authorization: 'Bearer not-a-token' },
      'subscription { orderUpdates { orderRef } }');

    expect(outcome).toMatch(/4403|Forbidden/i);
  });

  it('refuses a socket opened from another site, and a message over the size limit', async () => {
    // graphql-ws reports a socket error on the console itself; that is the library's line.
    const libraryReport = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const crossSite = await rawSocket({ origin: 'http://evil.example' });
    const oversized = await rawSocket({},
      JSON.stringify({ type: 'connection_init', payload: { junk: 'a'.repeat(10_000) } }));
    libraryReport.mockRestore();

    expect(crossSite).toBe('refused');
    expect(oversized).toBe('1009');
  });
});
