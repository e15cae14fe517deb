import { ManualClock } from '../../src/clock';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let ref: string;
beforeAll(async () => {
  stack = await startStack({ clock: new ManualClock(new Date('2026-12-01T12:00:00Z')) });
  const list = await stack.gql('{ services(first: 1) { nodes { ref } } }');
  ref = list.data!.services.nodes[0].ref;
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const sum = (rows: any[], key: string) => rows.reduce((total, row) => total + row[key], 0);

describe.each([
  ['October', 10, '2026-10-31', '2026-10-25', 150],
  ['March', 3, '2026-03-31', '2026-03-29', 138],
])('usage in %s 2026, with its clock change', (_name, month, last, changeDay, rows) => {
  it('sums the month to the total of its daily rows, in one upstream call', async () => {
    const first = `2026-${String(month).padStart(2, '0')}-01`;
    const result = await stack.gql(`query($r: ID, $m: Int!, $f: Date!, $t: Date!) {
      service(ref: $r) { usageSummary(year: 2026, month: $m) { days totalDown totalUp peakDown
      peakUp } usage(from: $f, to: $t) { totalDown totalUp peakDown peakUp } } }`,
    { r: ref, m: month, f: first, t: last });

    expect(result.errors).toBeUndefined();
    const { usageSummary, usage } = result.data!.service;
    expect(usageSummary).toEqual({
      days: usage.length,
      totalDown: sum(usage, 'totalDown'),
      totalUp: sum(usage, 'totalUp'),
      peakDown: sum(usage, 'peakDown'),
      peakUp: sum(usage, 'peakUp'),
    });
    expect(usage).toHaveLength(Number(last.slice(8)));
    const details = stack.simulator.requests.filter((r) => r.operation === 'UsageHistoryDetail');
    const mm = first.slice(5, 7);
    expect(details.map((r) => r.query)).toEqual(
      [{ Ref: ref, startday: `01/${mm}/2026`, endday: `${last.slice(8)}/${mm}/2026` }]);
  });

  it('gives the clock-change day its ten-minute rows, summing to the daily row', async () => {
    const result = await stack.gql(`query($r: ID, $d: Date!) { service(ref: $r) {
      usageDetail(day: $d) { time down up } usage(from: $d, to: $d) { totalDown totalUp } } }`,
    { r: ref, d: changeDay });

    const { usageDetail, usage } = result.data!.service;
    expect(usageDetail).toHaveLength(rows);
    expect(sum(usageDetail, 'down')).toBe(usage[0].totalDown);
    expect(sum(usageDetail, 'up')).toBe(usage[0].totalUp);
  });
});
