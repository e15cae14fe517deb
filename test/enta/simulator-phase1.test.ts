import { createTransport, EntaNotFoundError, EntaRejectedError } from '../../src/enta';
import { silentLogger } from './support/fixtures';
import type { SimService } from '../../src/simulator';
import { sampleOrder } from './support/sample-order';
import { SimulatorFixture, startClientAndSimulator } from './support/simulator';

let fixture: SimulatorFixture;

beforeEach(async () => {
  fixture = await startClientAndSimulator();
});

afterEach(() => fixture.simulator.close());

function installedService(): SimService {
  const services = [...fixture.simulator.data.services.values()];
  const found = services.find((service) => service.status === 'Installed');
  if (!found) throw new Error('the seeded data has no installed service');
  return found;
}

function lastRequest() {
  const { requests } = fixture.simulator;
  return requests[requests.length - 1];
}

describe('client against the simulator, phase 1', () => {
  it('adslChecker qualifies a line by CLI', async () => {
    const check = await fixture.client.adslChecker({ cli: '02079460123' });

    expect(lastRequest()).toMatchObject({
      operation: 'ADSLChecker',
      method: 'GET',
      path: '/xml/stable/ADSLChecker.php',
      query: { PhoneNo: '02079460123' },
    });
    expect(check.errorCode).toBe('0');
    expect(['R', 'A', 'G', null]).toContain(check.fixedRate);
    expect(check.mac).toBeNull();
  });

  it('adslAccount reads a seeded service by each kind of id', async () => {
    const service = installedService();

    const byRef = await fixture.client.adslAccount({ ref: service.ref });
    const byUsername = await fixture.client.adslAccount({ username: service.username });
    const byCli = await fixture.client.adslAccount({ cli: service.telephone });

    expect(byRef).toMatchObject({
      ref: service.ref,
      username: service.username,
      cli: service.telephone,
      status: 'Installed',
      product: service.product,
      provisionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+]0[01]:00$/),
    });
    expect(byRef.lineFeatures.maintenanceCategory).toBe(
      Number(service.lineFeatures.MaintenanceCategory),
    );
    expect(byUsername).toEqual(byRef);
    expect(byCli).toEqual(byRef);
    expect(fixture.simulator.requests.map((request) => request.query)).toEqual([
      { Ref: service.ref },
      { Username: service.username },
      { Telephone: service.telephone },
    ]);
  });

  it('adslAccount throws EntaNotFoundError for an unknown ref', async () => {
    await expect(fixture.client.adslAccount({ ref: 'ADSL999999' })).rejects.toBeInstanceOf(
      EntaNotFoundError,
    );
  });

  it('listConnections returns every live service with the asked fields', async () => {
    const live = [...fixture.simulator.data.services.values()].filter(
      (service) => service.status === 'Installed' || service.status === 'Ceasing',
    );

    const list = await fixture.client.listConnections({
      status: 'live',
      fields: ['Ref', 'Telephone', 'ProvisionDate'],
    });

    expect(lastRequest().query).toEqual({
      liveorceased: 'live',
      fields: 'Ref,Telephone,ProvisionDate',
    });
    expect(list.map((summary) => summary.ref).sort()).toEqual(live.map((s) => s.ref).sort());
    expect(Object.keys(list[0]).sort()).toEqual(['cli', 'provisionDate', 'ref']);
  });

  it('usageHistoryDetailRange returns one record per day', async () => {
    const service = installedService();

    const days = await fixture.client.usageHistoryDetailRange({ ref: service.ref }, {
      from: '2026-03-01',
      to: '2026-03-07',
    });

    expect(lastRequest().query).toEqual({
      Ref: service.ref,
      startday: '01/03/2026',
      endday: '07/03/2026',
    });
    expect(days.map((day) => day.date)).toEqual([
      '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06',
      '2026-03-07',
    ]);
    for (const day of days) expect(day.peakDown).toBeLessThanOrEqual(day.totalDown);
  });

  it('usageHistoryDetailDay returns 144 intervals on an ordinary day', async () => {
    const service = installedService();

    const rows = await fixture.client.usageHistoryDetailDay({ ref: service.ref }, '2026-03-02');

    expect(lastRequest().query).toEqual({ Ref: service.ref, day: '02/03/2026' });
    expect(rows).toHaveLength(144);
    expect(rows[0].endsAt).toBe('2026-03-02T00:10:00+00:00');
    expect(rows[143].endsAt).toBe('2026-03-03T00:00:00+00:00');
  });

  it('modifyLineFeatures posts a ModifyLineFeatures document and reads new values', async () => {
    const service = installedService();
    const care = service.lineFeatures.MaintenanceCategory === '4' ? 5 : 4;

    const changes = await fixture.client.modifyLineFeatures({ ref: service.ref }, {
      maintenanceCategory: care,
      maintenanceCategoryFee: '10',
    });

    expect(lastRequest()).toMatchObject({
      operation: 'ModifyLineFeatures',
      method: 'POST',
      path: '/xml/stable/ModifyLineFeatures.php',
      partName: 'userfile',
      fileName: 'XML.data',
      partContentType: 'application/octet-stream',
      documentType: 'Live',
      requestType: 'ModifyLineFeatures',
    });
    expect(changes).toContainEqual({ feature: 'MaintenanceCategory', newValue: String(care) });
    const account = await fixture.client.adslAccount({ ref: service.ref });
    expect(account.lineFeatures.maintenanceCategory).toBe(care);
  });

  it('createAdslOrder places an order the simulator then shows as Pending', async () => {
    const order = { ...sampleOrder(), username: 'zoe.example', cli: '01614960999' };
    order.provisionDate = '2026-03-27';

    const receipt = await fixture.client.createAdslOrder(order);

    expect(lastRequest()).toMatchObject({
      operation: 'CreateADSLOrder',
      path: '/xml/stable/CreateADSLOrder.php',
      requestType: 'ADSLOrder',
      documentType: 'Live',
    });
    expect(receipt.ourRef).toMatch(/^ADSL\d+$/);
    const account = await fixture.client.adslAccount({ ref: receipt.ourRef });
    expect(account).toMatchObject({ status: 'Pending', username: 'zoe.example' });
  });

  it('createAdslOrder passes the refusal of a date in the past on', async () => {
    const order = { ...sampleOrder(), username: 'zoe.early', cli: '01614960998' };
    order.provisionDate = '2026-03-09';

    await expect(fixture.client.createAdslOrder(order)).rejects.toMatchObject({
      constructor: EntaRejectedError,
      entaCode: '103',
    });
  });

  it('ceaseAdslOrder ceases a live service and the account shows it ceasing', async () => {
    const service = installedService();
    const id = { username: service.username };

    const result = await fixture.client.ceaseAdslOrder(id, '2026-03-27');

    expect(lastRequest()).toMatchObject({
      operation: 'CeaseADSLOrder',
      method: 'GET',
      query: { Username: service.username, ceaseDate: '27/03/2026' },
    });
    expect(result).toEqual({ ourRef: service.ref });
    const account = await fixture.client.adslAccount({ ref: service.ref });
    expect(account.status).toBe('Ceasing');
  });

  it('sends Type="Test" on writes in test mode', async () => {
    await fixture.simulator.close();
    fixture = await startClientAndSimulator({ testMode: true });
    const service = installedService();

    await fixture.client.modifyLineFeatures({ ref: service.ref }, { interleaving: 'Auto' });

    expect(lastRequest().documentType).toBe('Test');
  });

  it('usageHistoryDetailDay stamps the 150 intervals of the autumn change day', async () => {
    await fixture.simulator.close();
    fixture = await startClientAndSimulator({ start: new Date('2026-11-10T10:00:00Z') });
    const service = installedService();

    const rows = await fixture.client.usageHistoryDetailDay({ ref: service.ref }, '2026-10-25');

    expect(rows).toHaveLength(150);
    expect(rows.filter((row) => row.endsAt.startsWith('2026-10-25T01:30'))).toHaveLength(2);
    expect(new Set(rows.map((row) => row.endsAt)).size).toBe(150);
    expect(rows[149].endsAt).toBe('2026-10-26T00:00:00+00:00');
  });

  it('reports wrong credentials as unavailable with HTTP 401', async () => {
    const transport = createTransport({
      baseUrl: fixture.simulator.url,
      username: 'sim-partner',
      password: 'wrong',
      apiVersion: 'stable',
      testMode: false,
      timeoutMs: 5000,
      logger: silentLogger,
    });

    await expect(transport.get('PendingOrders', {})).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      stage: 'http',
      httpStatus: 401,
    });
  });
});
