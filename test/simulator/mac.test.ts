import { ManualClock } from '../../src/clock';
import { RunningSimulator } from '../../src/simulator';
import { getXml, operationOf, startTestSimulator } from './support';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('simulator MAC requests', () => {
  let simulator: RunningSimulator;
  let clock: ManualClock;
  beforeAll(async () => ({ simulator, clock } = await startTestSimulator()));
  afterAll(() => simulator.close());

  const account = async (ref: string) =>
    operationOf((await getXml(simulator, 'AdslAccount', { Ref: ref })).text).ADSLAccount;

  it('issues the MAC one simulated day after the request, valid for 30 days', async () => {
    const service = [...simulator.data.services.values()].find(
      (candidate) => candidate.status === 'Installed' && !candidate.mac,
    )!;
    const requested = await getXml(simulator, 'RequestMAC', { Ref: service.ref });
    expect(operationOf(requested.text).Status).toBe('Requested');
    expect((await account(service.ref)).MAC).toBeUndefined();

    clock.advance(DAY_MS + 1000);
    const issued = await account(service.ref);
    const expiresInDays = (Date.parse(issued.MACExpires) - clock.now().getTime()) / DAY_MS;

    expect(issued.MAC).toMatch(/^[A-Z]{4}\d{8}\/[A-Z]{2}\d{2}[A-Z]$/);
    expect(Math.round(expiresInDays)).toBe(30);
    const again = await getXml(simulator, 'RequestMAC', { Ref: service.ref });
    expect(operationOf(again.text).Status).toBe('Issued');
  });
});
