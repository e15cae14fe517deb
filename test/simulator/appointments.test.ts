import { RunningSimulator } from '../../src/simulator';
import { operationOf, postXml, requestDocument, startTestSimulator } from './support';

describe('simulator appointments', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => ({ simulator } = await startTestSimulator({ pollsBeforeReady: 2 })));
  afterAll(() => simulator.close());

  const ask = async (type: string, inner: string) =>
    operationOf((await postXml(simulator, 'Appointments', requestDocument(type, inner))).text);
  const poll = (token: string) => ask('Poll', `<Token>${token}</Token>`);

  it('answers Pending to the first polls, then the free slots', async () => {
    const { Token } = await ask(
      'RequestAppointmentBook',
      '<Date>23/03/26</Date><TelephoneNumber>02079460111</TelephoneNumber>' +
        '<listOfAttributes><Attributes><AttributeName>Floor</AttributeName>' +
        '<AttributeValue>Ground</AttributeValue></Attributes></listOfAttributes>',
    );

    expect((await poll(Token)).Status).toBe('Pending');
    expect((await poll(Token)).Status).toBe('Pending');
    const ready = await poll(Token);
    const slots = [ready.ListOfAppointment.Appointment].flat();
    expect(ready.Status).toBe('Complete');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0].Date).toMatch(/^\d{2}\/\d{2}\/26$/);
    expect(['AM', 'PM']).toContain(slots[0].TimeSlot);
  });

  it('books a slot with a reference', async () => {
    const { Token } = await ask(
      'RequestAppointmentSlot',
      '<Date>24/03/26</Date><TimeSlot>PM</TimeSlot><TelephoneNumber>02079460111</TelephoneNumber>',
    );
    await poll(Token);
    await poll(Token);
    const booked = await poll(Token);

    expect(booked.Status).toBe('Complete');
    expect(booked.Appointment).toMatchObject({ Date: '24/03/26', TimeSlot: 'PM' });
    expect(booked.Appointment.AppointmentReference).toMatch(/^APT\d{8}$/);
  });

  it('refuses an unknown token with 105', async () => {
    expect((await poll('TKN-NOT-ISSUED')).ErrorCode).toBe('105');
  });

  it('refuses a date in the past with 103', async () => {
    const reply = await ask(
      'RequestAppointmentBook',
      '<Date>01/01/26</Date><TelephoneNumber>02079460111</TelephoneNumber>',
    );

    expect(reply.ErrorCode).toBe('103');
  });
});
