import { RunningSimulator } from '../../src/simulator';
import { ManualClock } from '../../src/clock';
import {
  getXml, operationOf, postXml, requestDocument, serviceLiveSince, startTestSimulator,
} from './support';

const DAY_MS = 24 * 60 * 60 * 1000;

function orderDocument(username: string, telephone: string, provisionDate: string) {
  return requestDocument(
    'ADSLOrder',
    '<ADSLAccount><Product>FAM30</Product><Title>Ms</Title><FirstName>Ada</FirstName>' +
      '<Surname>Lockwood</Surname><Street>Mill Lane</Street><Town>Leeds</Town>' +
      '<County>West Yorkshire</County><Postcode>LS6 2AB</Postcode>' +
      '<TelephoneDay>01134960555</TelephoneDay><Email>ada@example.com</Email>' +
      `<Telephone>${telephone}</Telephone><ProvisionDate>${provisionDate}</ProvisionDate>` +
      `<Username>${username}</Username><Password>s3cret-pass</Password></ADSLAccount>` +
      '<BillingAccount><PurchaseOrderNumber>PO-1</PurchaseOrderNumber></BillingAccount>',
  );
}

describe('simulator orders over time', () => {
  let simulator: RunningSimulator;
  let clock: ManualClock;
  beforeAll(async () => ({ simulator, clock } = await startTestSimulator()));
  afterAll(() => simulator.close());

  const status = async (ref: string) =>
    operationOf((await getXml(simulator, 'AdslAccount', { Ref: ref })).text).ADSLAccount.Status;

  it('takes a new order from Pending to Installed on its provision date', async () => {
    const placed = await postXml(
      simulator, 'CreateADSLOrder', orderDocument('adalock1', '01134960999', '20/03/2026'),
    );
    const ref = operationOf(placed.text).OurRef;
    expect(ref).toMatch(/^ADSL\d+$/);
    expect(await status(ref)).toBe('Pending');

    clock.advance(DAY_MS);
    const order = simulator.data.orders.find((candidate) => candidate.ourRef === ref);
    expect(order?.status).toBe('COMMITTED');

    clock.set(new Date('2026-03-20T00:00:01Z'));
    expect(await status(ref)).toBe('Installed');
    const stages = simulator.data.feedRecords
      .filter((record) => record.customerRef === ref)
      .map((record) => record.subStatus);
    expect(stages).toEqual(['ACKNOWLEDGED', 'COMMITTED', 'COMPLETED']);
  });

  it('refuses a username already taken with 110', async () => {
    const taken = [...simulator.data.services.values()][5].username;
    const reply = await postXml(
      simulator, 'CreateADSLOrder', orderDocument(taken, '01134960998', '01/06/2026'),
    );

    expect(operationOf(reply.text).ErrorCode).toBe('110');
  });

  it('ceases a service on its cease date', async () => {
    const service = serviceLiveSince(simulator, clock.now());
    await getXml(simulator, 'CeaseADSLOrder', { Ref: service.ref, ceaseDate: '01/04/2026' });
    expect(await status(service.ref)).toBe('Ceasing');

    clock.set(new Date('2026-04-01T08:00:00+01:00'));
    expect(await status(service.ref)).toBe('Ceased');
  });

  it('refuses a cease date before today with 103', async () => {
    const service = serviceLiveSince(simulator, clock.now());
    const reply = await getXml(simulator, 'CeaseADSLOrder', {
      Ref: service.ref, ceaseDate: '01/01/2026',
    });

    expect(operationOf(reply.text).ErrorCode).toBe('103');
  });
});
