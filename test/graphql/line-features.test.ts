import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let refs: string[];

beforeAll(async () => {
  stack = await startStack();
  const list = await stack.gql('{ services(first: 6) { nodes { ref } } }');
  refs = list.data!.services.nodes.map((node: { ref: string }) => node.ref);
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

describe('line feature mutations', () => {
  it('changes interleaving and shows the new value in the payload and on later reads', async () => {
    const before = await stack.gql('query($r: ID) { service(ref: $r) { interleaving } }',
      { r: refs[0] });
    const target = before.data!.service.interleaving === 'NO' ? 'YES' : 'NO';

    const result = await stack.gql(
      `mutation($input: ModifyLineFeaturesInput!) { modifyLineFeatures(input: $input) {
        changes { feature newValue } service { ref interleaving } } }`,
      { input: { ref: refs[0], interleaving: target } },
    );
    const after = await stack.gql('query($r: ID) { service(ref: $r) { interleaving } }',
      { r: refs[0] });

    expect(result.errors).toBeUndefined();
    const payload = result.data!.modifyLineFeatures;
    expect(payload.changes).toEqual([
      { feature: 'Interleaving', newValue: target === 'YES' ? 'Yes' : 'No' },
    ]);
    expect(payload.service).toEqual({ ref: refs[0], interleaving: target });
    expect(after.data!.service.interleaving).toBe(target);
  });

  it('sends only the features being changed', async () => {
    await stack.gql(
      `mutation($input: ModifyLineFeaturesInput!) { modifyLineFeatures(input: $input) {
        changes { feature } } }`,
      { input: { ref: refs[1], stabilityOption: 'SUPER_STABLE', elevatedBestEfforts: true,
        elevatedBestEffortsFee: '5' } },
    );

    const write = stack.simulator.requests.find((r) => r.operation === 'ModifyLineFeatures')!;
    expect(write.method).toBe('POST');
    expect(write.body).toContain('<StabilityOption>Super Stable</StabilityOption>');
    expect(write.body).toContain('<ElevatedBestEfforts>Yes</ElevatedBestEfforts>');
    expect(write.body).toContain('<ElevatedBestEffortsFee>5.00</ElevatedBestEffortsFee>');
    expect(write.body).not.toContain('<Interleaving>');
    expect(write.body).toContain(`<Ref>${refs[1]}</Ref>`);
  });

  it('sets enhanced care as maintenance category 4 and reads it back', async () => {
    const result = await stack.gql(
      `mutation($input: SetCareLevelInput!) { setCareLevel(input: $input) {
        service { careLevel lineFeatures { careLevel } } } }`,
      { input: { ref: refs[2], level: 'ENHANCED', fee: '15.00' } },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.setCareLevel.service.careLevel).toBe('ENHANCED');
    const write = stack.simulator.requests.find((r) => r.operation === 'ModifyLineFeatures')!;
    expect(write.body).toContain('<MaintenanceCategory>4</MaintenanceCategory>');
    expect(write.body).toContain('<MaintenanceCategoryFee>15.00</MaintenanceCategoryFee>');
  });

  it('refuses a change with no features, two ids or a malformed fee, calling nobody', async () => {
    const mutation = `mutation($input: ModifyLineFeaturesInput!) {
      modifyLineFeatures(input: $input) {
      changes { feature } } }`;
    const none = await stack.gql(mutation, { input: { ref: refs[3] } });
    const twoIds = await stack.gql(mutation,
      { input: { ref: refs[3], username: 'someone', interleaving: 'NO' } });
    const badFee = await stack.gql(mutation,
      { input: { ref: refs[3], upstreamFee: '1e3' } });

    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(twoIds.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badFee.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'upstreamFee' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('passes on Enta refusing a change to an unknown service as NOT_FOUND', async () => {
    const result = await stack.gql(
      `mutation { modifyLineFeatures(input: { ref: "ADSL999999", interleaving: NO }) {
        changes { feature } } }`,
    );

    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
