import { RunningSimulator } from '../../src/simulator';
import { startTestSimulator } from './support';

describe('simulator authentication', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => ({ simulator } = await startTestSimulator()));
  afterAll(() => simulator.close());

  it('answers 401 with the Entanet realm when no credentials are sent', async () => {
    const response = await fetch(`${simulator.url}stable/AdslAccount.php?Ref=ADSL100001`);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="Entanet Partner Logon"');
  });

  it('answers 401 for a wrong password', async () => {
    const wrong = Buffer.from('sim-partner:not-the-password').toString('base64');
    const response = await fetch(`${simulator.url}stable/AdslAccount.php?Ref=ADSL100001`, {
      headers: { authorization: `Basic ${wrong}` },
    });

    expect(response.status).toBe(401);
  });

  it('records refused requests too, with the operation and the query as sent', async () => {
    simulator.clearRequests();
    await fetch(`${simulator.url}beta/AdslAccount.php?ref=ADSL100002`);

    expect(simulator.requests).toHaveLength(1);
    expect(simulator.requests[0]).toMatchObject({
      operation: 'AdslAccount',
      method: 'GET',
      uri: 'AdslAccount',
      query: { ref: 'ADSL100002' },
    });
  });
});
