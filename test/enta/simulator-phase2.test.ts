import { EntaRejectedError, LluOrder } from '../../src/enta';
import type { SimService } from '../../src/simulator';
import { sampleOrder } from './support/sample-order';
import { SimulatorFixture, startClientAndSimulator } from './support/simulator';

let fixture: SimulatorFixture;

beforeAll(async () => {
  fixture = await startClientAndSimulator();
});

afterAll(() => fixture.simulator.close());

beforeEach(() => fixture.simulator.clearRequests());

function services(): SimService[] {
  return [...fixture.simulator.data.services.values()];
}

function installed(): SimService {
  const found = services().find((service) => service.status === 'Installed' && service.connects);
  if (!found) throw new Error('the seeded data has no installed, connecting service');
  return found;
}

function requests() {
  return fixture.simulator.requests.map((request) => ({
    operation: request.operation,
    method: request.method,
    path: request.path,
    query: request.query,
    requestType: request.requestType,
  }));
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('client against the simulator, phase 2 reads', () => {
  it('checkUsernameAvailable tells a taken name from a free one', async () => {
    expect(await fixture.client.checkUsernameAvailable(installed().username)).toBe(false);
    expect(await fixture.client.checkUsernameAvailable('nobody.here.yet')).toBe(true);
    expect(requests()[1]).toMatchObject({
      operation: 'CheckUsernameAvailable',
      query: { username: 'nobody.here.yet' },
    });
  });

  it('getInterleaving returns the service setting', async () => {
    const service = installed();

    expect(await fixture.client.getInterleaving({ ref: service.ref })).toBe(
      service.lineFeatures.Interleaving,
    );
  });

  it('getAdslInstall and getNotes look a CLI up to a ref first', async () => {
    const service = installed();

    const events = await fixture.client.getAdslInstall({ cli: service.telephone });
    const notes = await fixture.client.getNotes({ username: service.username });

    expect(requests().map((request) => [request.operation, request.query])).toEqual([
      ['AdslAccount', { Telephone: service.telephone }],
      ['GetAdslInstall', { Ref: service.ref }],
      ['GetNotes', { Username: service.username }],
    ]);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.receivedAt).toMatch(ISO_DATE_TIME);
    expect(notes).toHaveLength(service.notes.length);
    for (const note of notes) expect(note.at).toMatch(ISO_DATE_TIME);
  });

  it('getBtFeed, pendingOrders and pstnPendingOrders read typed lists', async () => {
    const feed = await fixture.client.getBtFeed({ days: 30 });
    const pending = await fixture.client.pendingOrders();
    const pstn = await fixture.client.pstnPendingOrders();

    expect(requests()[0]).toMatchObject({ operation: 'GetBTFeed', query: { Days: '30' } });
    expect(feed.length).toBeGreaterThan(0);
    for (const record of feed) expect(record.at).toMatch(ISO_DATE_TIME);
    expect(pending.numberOfOrders).toBe(pending.orders.length);
    expect(pstn.numberOfOrders).toBe(pstn.orders.length);
    for (const order of [...pending.orders, ...pstn.orders]) {
      if (order.commitDate !== null) expect(order.commitDate).toMatch(ISO_DATE);
    }
  });

  it('getRateLimited and getBlocked name services by the ReturnType asked', async () => {
    const limited = await fixture.client.getRateLimited('Ref');
    const blocked = await fixture.client.getBlocked('Telephone');

    const expectedLimited = services().filter(
      (s) => s.rateLimitKbps !== undefined && ['Installed', 'Ceasing'].includes(s.status),
    );
    expect(limited.map((entry) => entry.service)).toEqual(
      expectedLimited.map((s) => ({ ref: s.ref })).sort((a, b) => a.ref.localeCompare(b.ref)),
    );
    expect(limited.length + blocked.length).toBeGreaterThan(0);
    for (const entry of blocked) expect(entry.service).toEqual({ cli: expect.any(String) });
    expect(requests().map((request) => request.query)).toEqual([
      { ReturnType: 'Ref' },
      { ReturnType: 'Telephone' },
    ]);
  });

  it('getBtFault reads a range and getOpenAdslFaults a service', async () => {
    const list = await fixture.client.getBtFault({ from: '2026-02-01', to: '2026-03-10' });
    const open = await fixture.client.getOpenAdslFaults({ ref: installed().ref });

    expect(requests()[0].query).toEqual({ start: '01/02/2026', end: '10/03/2026' });
    expect(list.faults.length).toBeGreaterThan(0);
    expect(list.totalResults).toBe(list.faults.length);
    for (const fault of [...list.faults, ...open]) expect(fault.reportedAt).toMatch(ISO_DATE_TIME);
  });

  it('getHeavyUsers reads byte counts', async () => {
    const users = await fixture.client.getHeavyUsers();

    expect(users.length).toBeGreaterThan(0);
    for (const user of users) expect(Number.isInteger(user.usageBytes)).toBe(true);
  });

  it('lastRadiusLog and connectionHistory read sessions in UK local time', async () => {
    const service = installed();

    const last = await fixture.client.lastRadiusLog({ ref: service.ref });
    const sessions = await fixture.client.connectionHistory({ ref: service.ref }, { days: 7 });

    expect(requests().map((request) => [request.operation, request.query])).toEqual([
      ['LastRadiusLog', { Ref: service.ref }],
      ['AdslAccount', { Ref: service.ref }],
      ['ConnectionHistory', { Username: service.username, Days: '7' }],
    ]);
    expect(last?.at).toMatch(ISO_DATE_TIME);
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      expect(session.startsAt).toMatch(ISO_DATE_TIME);
      expect(Number.isInteger(session.downloadBytes)).toBe(true);
    }
  });

  it('adslTopup and usageHistory read bytes', async () => {
    const service = installed();

    const allowance = await fixture.client.adslTopup({ ref: service.ref });
    const totals = await fixture.client.usageHistory({ ref: service.ref }, {
      from: '2026-03-01T00:00:00',
      to: '2026-03-08T00:00:00',
    });

    expect(allowance.usageAllowanceBytes).toBe(service.allowanceBytes);
    expect(requests()[1].query).toEqual({
      Ref: service.ref,
      StartDateTime: '01/03/2026 00:00:00',
      EndDateTime: '08/03/2026 00:00:00',
      RawDisplay: '1',
    });
    expect(totals.startsAt).toBe('2026-03-01T00:00:00+00:00');
    expect(totals.peakDownload).toBeLessThanOrEqual(totals.download);
  });

  it('getMaxReports reads reports of records', async () => {
    const reports = await fixture.client.getMaxReports({ ref: installed().ref });

    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(['Line RateChange', 'Service Profile']).toContain(report.name);
      for (const record of report.records) {
        if (record.syncAt !== null) expect(record.syncAt).toMatch(ISO_DATE_TIME);
      }
    }
  });

  it('requestMac asks for a MAC that then appears on the account', async () => {
    const service = services().find((s) => s.status === 'Installed' && !s.mac);
    if (!service) throw new Error('the seeded data has no installed service without a MAC');

    const result = await fixture.client.requestMac({ ref: service.ref });

    expect(['Requested', 'Issued']).toContain(result.status);
    expect(requests()[0]).toMatchObject({ operation: 'RequestMAC', query: { Ref: service.ref } });
  });

  it('getAdslUsage is refused by the simulator, which has no agreed shape for it', async () => {
    const query = { from: '2026-03-01', to: '2026-03-07', returnType: 'Ref' as const };

    await expect(fixture.client.getAdslUsage(query)).rejects.toBeInstanceOf(EntaRejectedError);
  });
});

describe('client against the simulator, phase 2 writes', () => {
  it('updateAdslContact and updateAdslPrice post short-form documents', async () => {
    const service = installed();

    const contact = await fixture.client.updateAdslContact({ ref: service.ref }, {
      email: 'new.contact@example.com',
    });
    const prices = await fixture.client.updateAdslPrice({ ref: service.ref }, { periodFee: '21' });

    const recorded = fixture.simulator.requests;
    expect(recorded.map((request) => [request.path, request.requestType])).toEqual([
      ['/xml/stable/UpdateADSLContact.php', 'UpdateADSLContact'],
      ['/xml/stable/UpdateADSLPrice.php', 'UpdateADSLPrice'],
    ]);
    expect(recorded[0].body).not.toContain('<Response ');
    expect(contact.email).toBe('new.contact@example.com');
    expect(prices.periodFee).toBe('21.00');
    const account = await fixture.client.adslAccount({ ref: service.ref });
    expect(account.contact.email).toBe('new.contact@example.com');
  });

  it('createLluOrder places an LLU order', async () => {
    const { billingAccount, customerRecord, ...site } = sampleOrder();
    const order: LluOrder = {
      ...site,
      cli: '01614960777',
      provisionDate: '2026-03-27',
      charges: { initial: '0', recurring: '12' },
      radius: { username: 'llu.customer', password: 'pw', ipv4Addresses: 1, ipv6Enabled: true },
      billingAccount,
      customerRecord,
    };

    const receipt = await fixture.client.createLluOrder(order);

    expect(requests()[0]).toMatchObject({
      operation: 'CreateLLUOrder',
      path: '/xml/stable/CreateLluOrder.php',
      requestType: 'LluOrder',
    });
    expect(receipt.ourRef).toMatch(/^ADSL\d+$/);
  });

  it('books an appointment: search, poll for slots, book one, poll for the booking', async () => {
    const cli = installed().telephone;

    const search = await fixture.client.requestAppointmentBook({ date: '2026-03-23', cli });
    let slots = await fixture.client.poll(search.token);
    while (slots.status === 'Pending') slots = await fixture.client.poll(search.token);
    const slot = slots.slots?.[0];
    if (!slot) throw new Error('the simulator offered no slot');
    const booking = await fixture.client.requestAppointmentSlot({
      date: slot.date,
      cli,
      timeSlot: slot.timeSlot as 'AM' | 'PM',
    });
    let booked = await fixture.client.poll(booking.token);
    while (booked.status === 'Pending') booked = await fixture.client.poll(booking.token);

    const recorded = fixture.simulator.requests;
    expect(recorded[0]).toMatchObject({
      operation: 'RequestAppointmentBook',
      path: '/xml/stable/Appointments.php',
      requestType: 'RequestAppointmentBook',
    });
    expect(recorded[0].body).toContain('<Date>23/03/26</Date>');
    expect(slots.status).toBe('Complete');
    expect(slot.date).toMatch(ISO_DATE);
    expect(booked).toMatchObject({
      status: 'Complete',
      appointment: { date: slot.date, timeSlot: slot.timeSlot, reference: expect.any(String) },
    });
  });

  it('poll passes the unknown-token refusal on', async () => {
    await expect(fixture.client.poll('TKN-NOPE')).rejects.toMatchObject({ entaCode: '105' });
  });
});
