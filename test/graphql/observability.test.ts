import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  stack = await startStack({ logger: createLogger({ level: 'debug', destination }) });
});
afterAll(() => stack.close());

async function post(query: string, headers: Record<string, string> = {}) {
  return fetch(stack.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

describe('observability', () => {
  it('echoes the request id and stamps it on the upstream call log lines', async () => {
    const response = await post('query Probe { service(ref: "ADSL100003") { careLevel } }',
      { 'x-request-id': 'req-observe-1' });

    expect(response.headers.get('x-request-id')).toBe('req-observe-1');
    const tagged = lines.filter((line) => line.requestId === 'req-observe-1');
    expect(tagged.some((line) => String(line.msg).startsWith('Enta AdslAccount ok'))).toBe(true);
    expect(tagged.some((line) => line.msg === 'graphql.request')).toBe(true);
  });

  it('gives each request a fresh id when the caller sends none or a malformed one', async () => {
    const first = await post('{ firstAvailableDate }');
    const second = await post('{ firstAvailableDate }', { 'x-request-id': 'bad id with spaces' });

    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('sends no federated trace, even to a caller that asks for one', async () => {
    const response = await post('{ firstAvailableDate }',
      { 'apollo-federation-include-trace': 'ftv1' });
    const body = (await response.json()) as { data?: unknown; extensions?: { ftv1?: unknown } };

    expect(body.data).toBeDefined();
    expect(body.extensions?.ftv1).toBeUndefined();
  });

  it('exposes operations, upstream calls and process metrics on /metrics', async () => {
    await post('query Dash { services(first: 2) { nodes { ref careLevel } } }');
    await post('query Broken { service(ref: "ADSL1", username: "x") { ref } }');

    const text = await (await fetch(stack.app.url.replace('/graphql', '/metrics'))).text();

    expect(text).toMatch(
      /graphql_request_duration_seconds_count\{operation="Dash",outcome="ok"\} 1/);
    expect(text).toMatch(
      /graphql_request_duration_seconds_count\{operation="Broken",outcome="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(
      /enta_call_duration_seconds_count\{operation="ListConnections",outcome="ok"\} 1/);
    expect(text).toMatch(
      /enta_call_duration_seconds_count\{operation="AdslAccount",outcome="ok"\} [3-9]/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});

describe('what never reaches a log line or a metric label', () => {
  it('keeps an invalid order input, password included, out of the logs', async () => {
    const secret = 'correct-horse-battery-71';
    await stack.gql(`mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { order { ref } } }`, {
      i: {
        productId: 'FAM60', cli: '0161 496 0871', provisionDate: '2030-01-02',
        clientRef: '<bad>', username: 'logcheck01', password: secret,
        site: { title: 'Ms', firstName: 'Clara', surname: 'Trucker', building: '12',
          street: 'Pigeon Street', town: 'Manchester', county: 'Greater Manchester',
          postcode: 'M1 2JX', telephoneDay: '0161 496 0213', email: 'clara@example.com' },
      },
    });

    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    expect(text).toContain('invalid input');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('Pigeon Street');
  });

  it('labels a long or odd operation name as other', async () => {
    const name = `N${'x'.repeat(300)}`;
    await post(`query ${name} { firstAvailableDate }`);

    const text = await (await fetch(stack.app.url.replace('/graphql', '/metrics'))).text();
    expect(text).not.toContain(name);
    expect(text).toMatch(
      /graphql_request_duration_seconds_count\{operation="other",outcome="ok"\}/);
  });
});

describe('cache and breaker metrics', () => {
  let cached: TestStack;
  beforeAll(async () => {
    cached = await startStack({ cache: true });
  });
  afterAll(() => cached.close());

  it('counts cache misses and hits and shows the breaker closed', async () => {
    // Two different queries on one account: the second is a shared-cache hit.
    await cached.gql('{ service(ref: "ADSL100005") { careLevel } }');
    await cached.gql('{ service(ref: "ADSL100005") { contact { email } } }');

    const text = await (await fetch(cached.app.url.replace('/graphql', '/metrics'))).text();

    expect(text).toMatch(/enta_cache_lookups_total\{operation="adslAccount",result="miss"\} 1/);
    expect(text).toMatch(/enta_cache_lookups_total\{operation="adslAccount",result="hit"\} 1/);
    expect(text).toMatch(/enta_circuit_breaker_open\{upstream="enta"\} 0/);
  });
});
