import { startStack, type TestStack } from '../support/stack';
import { HOSTILE_CASES, type HostileCase } from './requests';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

/** What must never appear in an answer: stack frames, paths, upstream details, credentials. */
const LEAKS = /\bat .+\(|\.ts:\d|node_modules|sim-password|sim-partner|\/xml\/|<\?xml/;

async function send(c: HostileCase): Promise<{ status: number; text: string }> {
  const method = c.method ?? 'POST';
  const body = c.gql ? JSON.stringify(c.gql) : c.body;
  const response = await fetch(stack.app.url + (c.search ?? ''), {
    method,
    headers: { 'content-type': 'application/json', ...c.headers },
    body: method === 'GET' ? undefined : body,
  });
  return { status: response.status, text: await response.text() };
}

describe('hostile requests', () => {
  it('has at least 40 cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
    'answers %s with a stable code and no upstream call',
    async (_name, c) => {
      const { status, text } = await send(c);
      const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };

      expect({ status, code: body.errors?.[0]?.extensions?.code })
        .toEqual({ status: c.status, code: c.code });
      expect(text).not.toMatch(LEAKS);
      expect(stack.simulator.requests).toHaveLength(0);
    },
  );
});
