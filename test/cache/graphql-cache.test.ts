import { dashboardQuery, lastSevenDays } from '../../scripts/bench/dashboard';
import { firstAvailableDate } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let refs: string[];

beforeAll(async () => {
  stack = await startStack({ cache: true });
  const list = await stack.gql('{ services(first: 40) { nodes { ref } } }');
  refs = list.data!.services.nodes.map((node: { ref: string }) => node.ref);
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const operations = () => stack.simulator.requests.map((request) => request.operation);

const SERVICE = `query($r: ID) { service(ref: $r) { status interleaving
  lineFeatures { interleaving } } }`;
const MODIFY = `mutation($input: ModifyLineFeaturesInput!) { modifyLineFeatures(input: $input) {
  service { interleaving lineFeatures { interleaving } } } }`;

describe('the shared cache seen through GraphQL', () => {
  it('answers a warm repeat of the dashboard with no upstream call', async () => {
    const days = lastSevenDays(new Date());
    const cold = await stack.gql(dashboardQuery(20), days);
    const coldCalls = operations().length;
    stack.simulator.clearRequests();
    const warm = await stack.gql(dashboardQuery(20), days);

    expect(cold.errors).toBeUndefined();
    // 1 ListConnections, then per service one AdslAccount, UsageHistoryDetail, ConnectionHistory.
    expect(coldCalls).toBe(61);
    expect(warm.data).toEqual(cold.data);
    expect(operations()).toEqual([]);
  });

  it('shows a line feature change in the same response and in later ones', async () => {
    const ref = refs[21];
    const before = await stack.gql(SERVICE, { r: ref });
    const target = before.data!.service.interleaving === 'NO' ? 'YES' : 'NO';

    const changed = await stack.gql(
      `mutation($input: ModifyLineFeaturesInput!, $r: ID) {
        modifyLineFeatures(input: $input) { service { interleaving } }
        again: setCareLevel(input: { ref: $r, level: ENHANCED }) {
          service { interleaving careLevel } }
      }`,
      { input: { ref, interleaving: target }, r: ref },
    );
    const later = await stack.gql(SERVICE, { r: ref });
    const listed = await stack.gql('{ services(first: 30) { nodes { ref interleaving } } }');

    expect(changed.errors).toBeUndefined();
    expect(changed.data!.modifyLineFeatures.service.interleaving).toBe(target);
    expect(changed.data!.again.service).toEqual({ interleaving: target, careLevel: 'ENHANCED' });
    expect(later.data!.service.interleaving).toBe(target);
    expect(later.data!.service.lineFeatures.interleaving).toBe(target);
    const row = listed.data!.services.nodes.find((node: { ref: string }) => node.ref === ref);
    expect(row.interleaving).toBe(target);
  });

  it('shows the new value to a service named by username after a change by ref', async () => {
    const ref = refs[22];
    const named = await stack.gql('query($r: ID) { service(ref: $r) { username interleaving } }',
      { r: ref });
    const { username, interleaving } = named.data!.service;
    const target = interleaving === 'YES' ? 'NO' : 'YES';

    const changed = await stack.gql(MODIFY, { input: { ref, interleaving: target } });
    const byUsername = await stack.gql(
      'query($u: String) { service(username: $u) { interleaving } }', { u: username });

    expect(changed.data!.modifyLineFeatures.service.interleaving).toBe(target);
    expect(byUsername.data!.service.interleaving).toBe(target);
  });

  it('shows a ceased service as CEASING at once, in the list too', async () => {
    const ref = refs[23];
    await stack.gql(SERVICE, { r: ref });
    await stack.gql('{ services(first: 30) { nodes { ref status } } }');

    const ceased = await stack.gql(
      `mutation($input: CeaseServiceInput!) { ceaseService(input: $input) { orderRef } }`,
      { input: { ref, date: firstAvailableDate(new Date()) } },
    );
    const after = await stack.gql(SERVICE, { r: ref });
    const listed = await stack.gql('{ services(first: 30) { nodes { ref status } } }');

    expect(ceased.errors).toBeUndefined();
    expect(after.data!.service.status).toBe('CEASING');
    const row = listed.data!.services.nodes.find((node: { ref: string }) => node.ref === ref);
    expect(row.status).toBe('CEASING');
  });

  it('coalesces identical reads from concurrent requests into one call', async () => {
    const ref = refs[35];

    const replies = await Promise.all(
      Array.from({ length: 10 }, () => stack.gql(SERVICE, { r: ref })),
    );

    expect(new Set(replies.map((reply) => JSON.stringify(reply.data))).size).toBe(1);
    expect(operations()).toEqual(['AdslAccount']);
  });

  it('does not cache an unknown service', async () => {
    const query = '{ service(ref: "ADSL999999") { status } }';

    const first = await stack.gql(query);
    const second = await stack.gql(query);

    expect(first.data!.service).toBeNull();
    expect(second.data!.service).toBeNull();
    expect(operations()).toEqual(['AdslAccount', 'AdslAccount']);
  });
});
