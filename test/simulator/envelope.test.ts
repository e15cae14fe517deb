import { RunningSimulator } from '../../src/simulator';
import {
  TEST_START, getXml, operationOf, parseXml, serviceLiveSince, startTestSimulator,
} from './support';

describe('simulator reply envelopes', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => ({ simulator } = await startTestSimulator()));
  afterAll(() => simulator.close());

  it('wraps a read in ResponseBlock, Response and OperationResponse as text/xml', async () => {
    const reply = await getXml(simulator, 'AdslAccount', { Ref: 'ADSL100001' });
    const root = parseXml(reply.text).ResponseBlock;

    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/xml');
    expect(root['@Type']).toBe('Live');
    expect(root.Response['@Type']).toBe('AdslAccount');
    expect(root.Response.OperationResponse.ADSLAccount.OurRef).toBe('ADSL100001');
  });

  it('matches query field names without regard to case', async () => {
    const reply = await getXml(simulator, 'AdslAccount', { rEF: 'ADSL100001' });

    expect(operationOf(reply.text).ADSLAccount.OurRef).toBe('ADSL100001');
  });

  it('answers an unknown service with error 102 and HTTP 200', async () => {
    const reply = await getXml(simulator, 'AdslAccount', { Ref: 'ADSL999999' });
    const response = parseXml(reply.text).ResponseBlock.Response;

    expect(reply.status).toBe(200);
    expect(response['@Type']).toBe('Error');
    expect(response.OperationResponse.ErrorCode).toBe('102');
  });

  it('answers two service ids at once with error 101 naming the fields', async () => {
    const reply = await getXml(simulator, 'AdslAccount', { Ref: 'ADSL100001', Username: 'x' });
    const error = operationOf(reply.text);

    expect(error.ErrorCode).toBe('101');
    expect(error.ErrorDescription).toMatch(/Ref, Username or Telephone/);
  });

  it('sends a list of one as a single element', async () => {
    const service = serviceLiveSince(simulator, new Date('2026-01-01'));
    const reply = await getXml(simulator, 'UsageHistoryDetail', {
      Ref: service.ref, startday: '02/03/2026', endday: '02/03/2026',
    });
    const day = operationOf(reply.text).Day;

    expect(Array.isArray(day)).toBe(false);
    expect(day.Date).toBe('2026-03-02');
  });

  it('accepts a cease with Type="Accept" on OperationResponse', async () => {
    const service = serviceLiveSince(simulator, TEST_START);
    const reply = await getXml(simulator, 'CeaseADSLOrder', {
      Ref: service.ref, ceaseDate: '30/03/2026',
    });
    const operation = operationOf(reply.text);

    expect(operation['@Type']).toBe('Accept');
    expect(operation.OurRef).toBe(service.ref);
  });

  it('refuses an impossible cease date with error 103', async () => {
    const reply = await getXml(simulator, 'CeaseADSLOrder', {
      Ref: 'ADSL100001', ceaseDate: '31/02/2026',
    });

    expect(operationOf(reply.text).ErrorCode).toBe('103');
  });
});
