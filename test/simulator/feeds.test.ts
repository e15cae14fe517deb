import { ManualClock } from '../../src/clock';
import { RunningSimulator } from '../../src/simulator';
import {
  getXml, operationOf, parseXml, serviceLiveSince, startTestSimulator,
} from './support';

const DAY_MS = 24 * 60 * 60 * 1000;
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('simulator order feeds', () => {
  let simulator: RunningSimulator;
  let clock: ManualClock;
  beforeAll(async () => ({ simulator, clock } = await startTestSimulator()));
  afterAll(() => simulator.close());

  it('shows a cease in PendingOrders, the BT feed and install history as it moves', async () => {
    const service = serviceLiveSince(simulator, clock.now());
    await getXml(simulator, 'CeaseADSLOrder', { Ref: service.ref, ceaseDate: '20/03/2026' });

    const pending = operationOf((await getXml(simulator, 'PendingOrders')).text).Orders;
    const mine = asArray(pending.Order).find((order: any) => order.OurRef === service.ref);
    expect(mine).toMatchObject({ OrderType: 'Cease', Status: 'ACKNOWLEDGED' });
    expect(Number(pending.NumberOfOrders)).toBe(asArray(pending.Order).length);

    clock.advance(DAY_MS);
    const feed = operationOf((await getXml(simulator, 'GetBTFeed', { Days: '2' })).text);
    const stages = asArray(feed.Records.Record)
      .filter((record: any) => record.CustomerRef === service.ref)
      .map((record: any) => [record.SubStatus, record.CommitDate]);
    expect(stages).toEqual([['ACKNOWLEDGED', ''], ['COMMITTED', '20-Mar-2026']]);

    clock.set(new Date('2026-03-20T09:00:00Z'));
    const installReply = await getXml(simulator, 'GetAdslInstall', { Ref: service.ref });
    const install = operationOf(installReply.text);
    const last = asArray(install.InstallReturns.InstallReturn).at(-1) as any;
    expect(last).toMatchObject({ OrderType: 'Cease', LineItemSubstatus: 'COMPLETED' });
    expect(Number(last.DateReceived)).toBe(Date.parse('2026-03-20T00:00:00Z') / 1000);
  });

  it('answers GetRateLimited with OperationResponse directly under the root', async () => {
    const reply = parseXml((await getXml(simulator, 'GetRateLimited', { ReturnType: 'Ref' })).text);
    const accounts = asArray(reply.ResponseBlock.OperationResponse.ADSLAccount) as any[];

    expect(reply.ResponseBlock.Response).toBeUndefined();
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts[0].Ref).toMatch(/^ADSL\d+$/);
    expect(Number(accounts[0].RateLimit)).toBeGreaterThan(0);
  });
});
