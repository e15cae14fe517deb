import { addDays, firstAvailableDate } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

const CLI = '020 7946 0555';
const FIELDS = 'token state slots { date timeSlot } appointment { date timeSlot reference } error';

describe('appointments polled within the time limit', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.simulator.clearRequests());

  it('searches for slots and answers READY with them after polling', async () => {
    const from = firstAvailableDate(new Date());
    const result = await stack.gql(`mutation($i: RequestAppointmentsInput!) {
      requestAppointments(input: $i) { ${FIELDS} } }`,
    { i: { cli: CLI, from, attributes: [{ name: 'ExtensionKit', value: '1' }] } });

    expect(result.errors).toBeUndefined();
    const answer = result.data!.requestAppointments;
    expect(answer.state).toBe('READY');
    expect(answer.slots.length).toBeGreaterThan(0);
    expect(answer.slots.every((s: any) => s.date >= from && /^(AM|PM)$/.test(s.timeSlot)))
      .toBe(true);
    const [search, ...polls] = stack.simulator.requests;
    expect(search.operation).toBe('RequestAppointmentBook');
    const shortDate = `${from.slice(8)}/${from.slice(5, 7)}/${from.slice(2, 4)}`;
    expect(search.body).toContain(`<Date>${shortDate}</Date>`);
    expect(search.body).toContain('<TelephoneNumber>02079460555</TelephoneNumber>');
    expect(search.body).toContain('<AttributeName>ExtensionKit</AttributeName>');
    expect(polls.map((p) => p.operation)).toEqual(['Poll', 'Poll', 'Poll']);
  });

  it('books a slot and answers with the booking', async () => {
    const date = firstAvailableDate(new Date());
    const result = await stack.gql(`mutation($i: BookAppointmentInput!) {
      bookAppointment(input: $i) { ${FIELDS} } }`, { i: { cli: CLI, date, timeSlot: 'PM' } });

    expect(result.errors).toBeUndefined();
    expect(result.data!.bookAppointment).toMatchObject({ state: 'READY',
      appointment: { date, timeSlot: 'PM', reference: expect.stringMatching(/^APT\d{8}$/) } });
    expect(stack.simulator.requests[0].operation).toBe('RequestAppointmentSlot');
    expect(stack.simulator.requests[0].body).toContain('<TimeSlot>PM</TimeSlot>');
  });

  it('offers slots on a line checked by cli', async () => {
    const result = await stack.gql(`query($c: String, $d: Date!) { line(cli: $c) {
      appointments(from: $d) { state slots { date } } } }`,
    { c: CLI, d: firstAvailableDate(new Date()) });

    expect(result.errors).toBeUndefined();
    expect(result.data!.line.appointments.state).toBe('READY');
  });

  it('refuses early dates, bad numbers and bad attributes before any upstream call', async () => {
    const search = `mutation($i: RequestAppointmentsInput!) { requestAppointments(input: $i) {
      token } }`;
    const first = firstAvailableDate(new Date());
    const early = addDays(first, -1);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ cli: CLI, from: early }, 'from'],
      [{ cli: '12345', from: first }, 'cli'],
      [{ cli: CLI, from: first, attributes: [{ name: '<x>', value: '1' }] }, 'attributes.0.name'],
    ];

    for (const [input, field] of cases) {
      const result = await stack.gql(search, { i: input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const token = await stack.gql('{ appointmentRequest(token: "no spaces allowed") { state } }');
    expect(token.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('appointments slower than the time limit', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ env: { APPOINTMENT_POLL_TIMEOUT_MS: '0' } });
  });
  afterAll(() => stack.close());

  it('answers PENDING with a token that appointmentRequest later answers READY', async () => {
    const pending = await stack.gql(`mutation($i: RequestAppointmentsInput!) {
      requestAppointments(input: $i) { ${FIELDS} } }`,
    { i: { cli: CLI, from: firstAvailableDate(new Date()) } });

    expect(pending.data!.requestAppointments).toMatchObject({ state: 'PENDING', slots: null });
    const { token } = pending.data!.requestAppointments;

    let answer: any;
    for (let attempt = 0; attempt < 5 && answer?.state !== 'READY'; attempt++) {
      const polled = await stack.gql(`query($t: ID!) { appointmentRequest(token: $t) {
        ${FIELDS} } }`, { t: token });
      answer = polled.data!.appointmentRequest;
    }
    expect(answer).toMatchObject({ token, state: 'READY' });
    expect(answer.slots.length).toBeGreaterThan(0);
    const polls = stack.simulator.requests.filter((r) => r.operation === 'Poll');
    expect(polls[0].body).toContain(`<Token>${token}</Token>`);
  });
});
