import { getXml, startTestSimulator } from './support';

async function snapshot(seed: number) {
  const { simulator } = await startTestSimulator({ seed });
  try {
    const replies = [];
    for (const ref of ['ADSL100001', 'ADSL100077', 'ADSL100240']) {
      replies.push((await getXml(simulator, 'AdslAccount', { Ref: ref })).text);
    }
    replies.push(
      (await getXml(simulator, 'UsageHistoryDetail', { Ref: 'ADSL100003', day: '01/03/2026' }))
        .text,
    );
    return replies;
  } finally {
    await simulator.close();
  }
}

describe('simulator data set', () => {
  it('is the same for the same seed and start time', async () => {
    expect(await snapshot(42)).toEqual(await snapshot(42));
  });

  it('differs for another seed', async () => {
    expect(await snapshot(42)).not.toEqual(await snapshot(43));
  });

  it('holds 240 services by default, mostly live, some ceased and some pending', async () => {
    const { simulator } = await startTestSimulator();
    const statuses = [...simulator.data.services.values()].map((service) => service.status);
    await simulator.close();

    const share = (status: string) => statuses.filter((s) => s === status).length / 240;
    expect(statuses).toHaveLength(240);
    expect(share('Installed')).toBeGreaterThan(0.8);
    expect(share('Ceased')).toBeGreaterThan(0.03);
    expect(share('Pending')).toBeGreaterThan(0);
  });
});
