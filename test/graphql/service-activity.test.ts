import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let sample: { ref: string; username: string; cli: string };

beforeAll(async () => {
  stack = await startStack();
  const list = await stack.gql('{ services(first: 1) { nodes { ref username cli } } }');
  sample = list.data!.services.nodes[0];
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const operations = () => stack.simulator.requests.map((r) => r.operation);
const request = (operation: string) =>
  stack.simulator.requests.find((r) => r.operation === operation)!;

describe('Service activity fields', () => {
  it('reads sessions with the username the list already holds, and no AdslAccount', async () => {
    const result = await stack.gql(`{ services(first: 2) { nodes { ref sessions(days: 3) {
      startedAt endedAt durationSeconds username uploadBytes downloadBytes terminationReason
    } } } }`);

    expect(result.errors).toBeUndefined();
    const [first] = result.data!.services.nodes;
    expect(first.sessions.length).toBeGreaterThan(0);
    expect(first.sessions[0].startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(typeof first.sessions[0].downloadBytes).toBe('number');
    expect(operations()).not.toContain('AdslAccount');
    expect(request('ListConnections').query.fields.split(',').sort()).toEqual(['Ref', 'Username']);
    expect(request('ConnectionHistory').query).toEqual({ Username: sample.username, Days: '3' });
  });

  it('gives a closed session its duration in seconds', async () => {
    const result = await stack.gql(`query($r: ID) { service(ref: $r) {
      sessions(days: 30) { startedAt endedAt durationSeconds } } }`, { r: sample.ref });

    const closed = result.data!.service.sessions.find((s: any) => s.endedAt !== null);
    expect(closed.durationSeconds).toBe(
      (Date.parse(closed.endedAt) - Date.parse(closed.startedAt)) / 1000);
  });

  it('names a service given by cli by its ref, after one AdslAccount shared by all fields',
    async () => {
      const result = await stack.gql(`query($c: String) { service(cli: $c) {
        lastAuthentication { at accepted result } notes { loggedAt engineer text }
        provisioningHistory { orderRef at name value } } }`, { c: sample.cli });

      expect(result.errors).toBeUndefined();
      expect(operations().filter((name) => name === 'AdslAccount')).toHaveLength(1);
      expect(request('AdslAccount').query).toEqual({ Telephone: sample.cli });
      for (const name of ['LastRadiusLog', 'GetNotes', 'GetAdslInstall']) {
        expect(request(name).query).toEqual({ Ref: sample.ref });
      }
      const history = result.data!.service.provisioningHistory;
      expect(history.map((e: any) => e.value)).toEqual(
        ['ACKNOWLEDGED', expect.stringMatching(/^COMMITTED \(commit date \d{4}-\d\d-\d\d\)$/),
          'COMPLETED']);
      expect(history[0]).toMatchObject({ orderRef: sample.ref, name: 'Provide' });
    });

  it('credits notes to an e-mail address or to Enta Staff', async () => {
    const list = await stack.gql(
      '{ services(first: 60) { nodes { ref notes { engineer text } } } }');
    const notes = list.data!.services.nodes.flatMap((n: any) => n.notes);

    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.engineer).toMatch(/^(Enta Staff|[^@\s]+@example\.com)$/);
    }
    expect(operations().filter((name) => name === 'GetNotes')).toHaveLength(60);
  });

  it('splits MAX reports into rate changes and profiles, speeds in bit/s', async () => {
    const result = await stack.gql(`query($r: ID) { service(ref: $r) { maxReports {
      rateChanges { syncAt downstreamSpeed upstreamSpeed } profiles { syncAt } } } }`,
    { r: sample.ref });

    const reports = result.data!.service.maxReports;
    expect(reports.rateChanges.length).toBeGreaterThan(0);
    expect(reports.rateChanges[0].downstreamSpeed % 1024).toBe(0);
    expect(request('GetMaxReports').query).toEqual({ Ref: sample.ref });
  });

  it('reads allowance, open faults, interleaving and regrade options by ref', async () => {
    const result = await stack.gql(`query($r: ID) { service(ref: $r) {
      allowance { monthlyBytes usedThisMonthBytes overuseMethod maxPaygAmount }
      openFaults { faultRef } interleavingStatus
      regradeOptions { cli qualifies products { productId } } } }`, { r: sample.ref });

    expect(result.errors).toBeUndefined();
    const service = result.data!.service;
    expect(service.allowance.monthlyBytes).toBeGreaterThan(2 ** 31);
    expect(service.allowance.maxPaygAmount).toMatch(/^\d+\.\d\d$/);
    expect(service.regradeOptions.cli).toBe(sample.cli);
    expect(['YES', 'NO', 'AUTO']).toContain(service.interleavingStatus);
    expect(request('ADSLTopup').query).toEqual({ Ref: sample.ref });
    expect(request('GetOpenADSLFaults').query).toEqual({ Ref: sample.ref });
    expect(request('GetInterleaving').query).toEqual({ Ref: sample.ref });
    expect(request('ADSLChecker').query).toEqual({ PhoneNo: sample.cli });
  });

  it('sends usage totals as UK local times and answers in bytes', async () => {
    const result = await stack.gql(`query($r: ID) { service(ref: $r) {
      usageTotals(from: "2026-10-01T00:00:00+01:00", to: "2026-10-02T00:00:00+01:00") {
        from to download upload peakDownload peakUpload } } }`, { r: sample.ref });

    expect(result.errors).toBeUndefined();
    expect(result.data!.service.usageTotals.from).toBe('2026-10-01T00:00:00+01:00');
    expect(request('UsageHistory').query).toEqual({ Ref: sample.ref,
      StartDateTime: '01/10/2026 00:00:00', EndDateTime: '02/10/2026 00:00:00', RawDisplay: '1' });
  });

  it('refuses bad days, ranges and months before any upstream call', async () => {
    const run = (fields: string) =>
      stack.gql(`query($r: ID) { service(ref: $r) { ${fields} } }`, { r: sample.ref });
    const cases: Array<[string, string]> = [
      ['sessions(days: 0) { startedAt }', 'days'],
      ['usageSummary(year: 2026, month: 13) { days }', 'month'],
      ['usageSummary(year: 1800, month: 1) { days }', 'year'],
      ['usageTotals(from: "2026-10-02T00:00:00Z", to: "2026-10-01T00:00:00Z") { download }', 'to'],
    ];

    for (const [fields, field] of cases) {
      const result = await run(fields);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(operations().filter((name) => name !== 'AdslAccount')).toEqual([]);
  });
});
