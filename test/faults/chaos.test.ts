import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type GraphQLResult, type TestStack } from '../support/stack';
import { freeLines, orderInput, PLACE_ORDER } from './support';

/**
 * A mixed workload against a misbehaving Enta: one upstream call in ten is faulted, and the
 * server is restarted half-way. Counts requests and checks outcomes, never timing.
 */
const ORDERS = 200;
const TOTAL_REQUESTS = 2000;
const WORKERS = 16;
const KNOWN_CODES = new Set([
  'UPSTREAM_UNAVAILABLE', 'UPSTREAM_REJECTED', 'CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT',
]);

let stack: TestStack;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'enta-chaos-'));
  stack = await startStack({
    env: { STORE_PATH: join(folder, 'store.sqlite'), BREAKER_MIN_CALLS: '50' },
  });
  const faults = stack.simulator.faults;
  faults.set('AdslAccount', 'reset', { rate: 0.1 });
  faults.set('ListConnections', 'http503', { rate: 0.1 });
  faults.set('CreateADSLOrder', 'reset', { rate: 0.1, afterApply: true });
  faults.set('PendingOrders', 'truncated', { rate: 0.1 });
  faults.set('ModifyLineFeatures', 'http500', { rate: 0.1, afterApply: true });
  faults.set('ADSLChecker', 'malformed', { rate: 0.1 });
  faults.set('UsageHistoryDetail', 'entaError', { rate: 0.1 });
  faults.set('*', 'empty', { rate: 0.1 });
}, 30_000);
afterAll(async () => {
  await stack.close();
  rmSync(folder, { recursive: true, force: true });
});

const READS = [
  '{ services(first: 2) { nodes { ref username } } }',
  '{ service(ref: "ADSL100003") { status contact { email } } }',
  '{ line(cli: "020 7946 0005") { qualifies topSpeed } }',
  '{ service(ref: "ADSL100007") { ref usage(from: "2026-01-01", to: "2026-01-03") { date } } }',
];
const MODIFY = `mutation($input: ModifyLineFeaturesInput!) { modifyLineFeatures(input: $input) {
  changes { feature newValue } } }`;

interface Job {
  run: () => Promise<unknown>;
}

/** Every response the server gave, retries by the client included. */
const responses: GraphQLResult[] = [];

async function send(query: string, variables?: Record<string, unknown>) {
  const result = await stack.gql(query, variables);
  responses.push(result);
  return result;
}

it('keeps every order once and in the audit log through faults and a restart', async () => {
  const lines = freeLines(stack.simulator, ORDERS);
  const usernames = lines.map((_, i) => `chaos${i}`);
  const jobs = workload(usernames, lines);

  // Half the work, a restart on the same SQLite file, then the other half.
  const half = Math.floor(jobs.length / 2);
  await runPool(jobs.slice(0, half));
  await stack.restart();
  await runPool(jobs.slice(half));

  expect(responses.length).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
  for (const response of responses) expectWellFormed(response);

  const alive = await fetch(stack.app.url.replace('/graphql', '/healthz'));
  expect(alive.status).toBe(200);
  await expectOneOrderPerKeyAndAudited(usernames);
}, 90_000);

async function runPool(jobs: Job[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++].run();
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
}

/** Orders (some twice, some concurrently), reads and line-feature changes, shuffled. */
function workload(usernames: string[], lines: string[]): Job[] {
  const jobs: Job[] = usernames.map((username, i) => {
    const input = orderInput(lines[i], username, `key-${username}`);
    if (i % 10 === 0) return { run: () => Promise.all([untilSettled(input), untilSettled(input)]) };
    if (i % 4 === 0) return { run: () => untilSettled(input).then(() => untilSettled(input)) };
    return { run: () => untilSettled(input) };
  });
  for (let i = 0; jobs.length < TOTAL_REQUESTS; i += 1) {
    if (i % 10 === 9) {
      const input = { ref: `ADSL1000${10 + (i % 40)}`, interleaving: i % 20 ? 'YES' : 'NO',
        idempotencyKey: `modify-${i}` };
      jobs.push({ run: () => send(MODIFY, { input }) });
    } else {
      jobs.push({ run: () => send(READS[i % READS.length]) });
    }
  }
  // A fixed shuffle: the same interleaving on every run.
  return jobs.map((job, i) => ({ job, rank: (i * 7919) % jobs.length }))
    .sort((a, b) => a.rank - b.rank).map(({ job }) => job);
}

/** Sends an order as a careful client does: again, with the same key, until it is settled. */
async function untilSettled(input: ReturnType<typeof orderInput>): Promise<GraphQLResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await send(PLACE_ORDER, { input });
    const code = result.errors?.[0]?.extensions?.code;
    const retry = code === 'UPSTREAM_UNAVAILABLE' || code === 'CONFLICT';
    if (!retry || attempt === 30) return result;
    await new Promise((done) => setTimeout(done, 5));
  }
}

function expectWellFormed(response: GraphQLResult): void {
  expect([200, 400]).toContain(response.status);
  expect(response.data !== undefined || response.errors !== undefined).toBe(true);
  for (const error of response.errors ?? []) {
    expect(typeof error.message).toBe('string');
    expect(KNOWN_CODES).toContain(error.extensions?.code);
  }
}

async function expectOneOrderPerKeyAndAudited(usernames: string[]): Promise<void> {
  const wanted = new Set(usernames);
  const orders = stack.simulator.data.orders.filter(
    (order) => order.kind === 'provide' && wanted.has(order.username));
  const services = [...stack.simulator.data.services.values()].filter(
    (service) => wanted.has(service.username));
  expect(new Set(orders.map((order) => order.username)).size).toBe(orders.length);
  expect(services).toHaveLength(orders.length);
  expect(orders).toHaveLength(ORDERS);

  const audit = await stack.store.entries({ operation: 'placeOrder' });
  const audited = new Set(
    audit.filter((entry) => entry.outcome === 'succeeded').map((entry) => entry.upstreamRef));
  for (const order of orders) expect(audited).toContain(order.ourRef);
  expect(audit.some((entry) => entry.inputSummary.includes('correct-horse'))).toBe(false);
}
