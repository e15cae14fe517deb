import { RunningSimulator } from '../../src/simulator';
import { getXml, operationOf, serviceLiveSince, startTestSimulator } from './support';

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('simulator usage', () => {
  let simulator: RunningSimulator;
  let ref: string;
  beforeAll(async () => {
    ({ simulator } = await startTestSimulator({ start: new Date('2026-11-10T12:00:00Z') }));
    ref = serviceLiveSince(simulator, new Date('2026-01-01')).ref;
  });
  afterAll(() => simulator.close());

  async function detail(day: string) {
    const reply = await getXml(simulator, 'UsageHistoryDetail', { Ref: ref, day });
    return asArray(operationOf(reply.text).Detail.Usage) as Array<Record<string, string>>;
  }

  async function dayTotal(day: string) {
    const reply = await getXml(simulator, 'UsageHistoryDetail', {
      Ref: ref, startday: day, endday: day,
    });
    return operationOf(reply.text).Day;
  }

  it('gives 10-minute rows that add up exactly to the day total, peak included', async () => {
    const rows = await detail('14/10/2026');
    const day = await dayTotal('14/10/2026');
    const sum = (pick: (row: Record<string, string>) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    const isPeak = (row: Record<string, string>) => row.Time > '08:00' && row.Time <= '18:00';

    expect(rows).toHaveLength(144);
    expect(sum((row) => Number(row.Down))).toBe(Number(day.Total.Down));
    expect(sum((row) => Number(row.Up))).toBe(Number(day.Total.Up));
    expect(sum((row) => (isPeak(row) ? Number(row.Down) : 0))).toBe(Number(day.Peak.Down));
  });

  it('has 138 rows on the spring clock change, without the skipped hour', async () => {
    const rows = await detail('29/03/2026');
    const times = rows.map((row) => row.Time);

    expect(rows).toHaveLength(138);
    expect(times.filter((time) => time.startsWith('01:') && time !== '01:00')).toEqual([]);
    expect(times[times.length - 1]).toBe('00:00');
  });

  it('has 150 rows on the autumn clock change, the repeated hour twice', async () => {
    const rows = await detail('25/10/2026');
    const times = rows.map((row) => row.Time);

    expect(rows).toHaveLength(150);
    expect(times.filter((time) => time === '01:30')).toHaveLength(2);
    expect(times[times.length - 1]).toBe('00:00');
  });

  it('returns the same figures for the same day on every read', async () => {
    expect(await detail('01/09/2026')).toEqual(await detail('01/09/2026'));
  });

  it('counts bytes beyond 2^31 for a heavy user\'s month', async () => {
    const heavy = [...simulator.data.services.values()]
      .filter((service) => service.status === 'Installed')
      .sort((a, b) => b.dailyDownBytes - a.dailyDownBytes)[0];
    const reply = await getXml(simulator, 'UsageHistoryDetail', {
      Ref: heavy.ref, startday: '01/10/2026', endday: '31/10/2026',
    });
    const days = asArray(operationOf(reply.text).Day) as Array<{ Total: { Down: string } }>;
    const month = days.reduce((total, day) => total + Number(day.Total.Down), 0);

    expect(days).toHaveLength(31);
    expect(month).toBeGreaterThan(2 ** 31);
  });
});
