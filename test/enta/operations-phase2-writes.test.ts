import { createEntaClient, EntaClient, EntaRejectedError, LluOrder } from '../../src/enta';
import { BadUserInputError } from '../../src/errors';
import { envelope, errorReply, transportFor } from './support/fixtures';
import { RecordingServer, startRecordingServer } from './support/recording-server';
import { sampleOrder } from './support/sample-order';

let server: RecordingServer;
let client: EntaClient;

beforeEach(async () => {
  server = await startRecordingServer();
  client = createEntaClient(transportFor(server));
});

afterEach(() => server.close());

function shortForm(inner: string): string {
  return `<ResponseBlock Type="Live"><OperationResponse>${inner}</OperationResponse>` +
    '</ResponseBlock>';
}

function sampleLluOrder(): LluOrder {
  const { billingAccount, customerRecord, ...adsl } = sampleOrder();
  return {
    ...adsl,
    provisionDate: '2026-11-02',
    charges: { initial: '10', recurring: '7.5' },
    radius: { username: 'zoe@isp', password: 'pw1', ipv4Addresses: 1, ipv6Enabled: false },
    billingAccount,
    customerRecord,
  };
}

describe('phase 2 writes', () => {
  it('updateAdslContact posts the short form and reads the new details', async () => {
    server.answer({
      body: shortForm(
        '<ADSLAccount><ContactDetails><Email>new@example.com</Email><TelDay>0161</TelDay>' +
          '</ContactDetails></ADSLAccount>',
      ),
    });

    const contact = await client.updateAdslContact(
      { ref: 'ADSL1' },
      { email: 'new@example.com', telDay: '0161' },
    );

    expect(server.calls[0].path).toBe('/xml/stable/UpdateADSLContact.php');
    expect(server.calls[0].part?.xml).toContain(
      '<ResponseBlock Type="Live"><OperationResponse Type="UpdateADSLContact"><ADSLAccount>' +
        '<Ref>ADSL1</Ref><ContactDetails><Email>new@example.com</Email><TelDay>0161</TelDay>' +
        '</ContactDetails></ADSLAccount></OperationResponse></ResponseBlock>',
    );
    expect(contact).toEqual({ email: 'new@example.com', telDay: '0161', telEve: null });
  });

  it('updateAdslPrice posts prices with two decimals and reads them back', async () => {
    server.answer({
      body: shortForm(
        '<ADSLAccount><PriceDetails><PeriodFee>19.5</PeriodFee></PriceDetails></ADSLAccount>',
      ),
    });

    const prices = await client.updateAdslPrice({ username: 'u1' }, { periodFee: '19.5' });

    expect(server.calls[0].part?.xml).toContain(
      '<OperationResponse Type="UpdateADSLPrice"><ADSLAccount><Username>u1</Username>' +
        '<PriceDetails><PeriodFee>19.50</PeriodFee></PriceDetails>',
    );
    expect(prices).toEqual({
      periodFee: '19.50',
      enhancedCareFee: null,
      elevatedBestEffortsFee: null,
    });
  });

  it('createLluOrder posts an LluOrder to CreateLluOrder with dd/mm/yy dates', async () => {
    server.answer({ body: envelope('<OurRef>LLU1</OurRef>') });

    const receipt = await client.createLluOrder(sampleLluOrder());

    const xml = server.calls[0].part?.xml ?? '';
    expect(server.calls[0].path).toBe('/xml/stable/CreateLluOrder.php');
    expect(xml).toContain('<Response Type="LluOrder">');
    expect(xml).toContain('<ProvisionDate>02/11/26</ProvisionDate>');
    expect(xml).toContain('<TelephoneDay>02079460002</TelephoneDay>');
    expect(xml).toContain('<TelephoneEvening>01614960003</TelephoneEvening>');
    expect(xml).toContain('<Charges><Initial>10.00</Initial><Recurring>7.50</Recurring></Charges>');
    expect(xml).toContain(
      '<IPAddresses><IPv4><NumberRequired>1</NumberRequired></IPv4><IPv6><Enabled>No</Enabled>',
    );
    expect(receipt).toEqual({ ourRef: 'LLU1' });
  });

  it('requestAppointmentBook posts date, telephone and attributes; returns the token', async () => {
    server.answer({ body: envelope('<Token>T-1</Token>') });

    const result = await client.requestAppointmentBook({
      date: '2027-02-01',
      cli: '02079460001',
      attributes: [{ name: 'Product', value: 'FTTC' }],
    });

    expect(server.calls[0].path).toBe('/xml/stable/Appointments.php');
    expect(server.calls[0].part?.xml).toContain(
      '<Response Type="RequestAppointmentBook"><OperationResponse><Date>01/02/27</Date>' +
        '<TelephoneNumber>02079460001</TelephoneNumber><listOfAttributes><Attributes>' +
        '<AttributeName>Product</AttributeName><AttributeValue>FTTC</AttributeValue>' +
        '</Attributes></listOfAttributes></OperationResponse>',
    );
    expect(result).toEqual({ token: 'T-1' });
  });

  it('requestAppointmentSlot posts the slot and refuses a slot other than AM or PM', async () => {
    server.answer({ body: envelope('<Token>T-2</Token>') });

    await client.requestAppointmentSlot({ date: '2027-02-01', cli: '0161', timeSlot: 'PM' });
    const bad = { date: '2027-02-01', cli: '0161', timeSlot: 'EVE' as 'PM' };

    expect(server.calls[0].part?.xml).toContain(
      '<Response Type="RequestAppointmentSlot"><OperationResponse><Date>01/02/27</Date>' +
        '<TimeSlot>PM</TimeSlot><TelephoneNumber>0161</TelephoneNumber></OperationResponse>',
    );
    await expect(client.requestAppointmentSlot(bad)).rejects.toBeInstanceOf(BadUserInputError);
  });

  it('poll reads pending, a slot list of one, a booking and a failure', async () => {
    const replies = [
      envelope('<Status>Pending</Status>'),
      envelope(
        '<Status>Complete</Status><ListOfAppointment><Appointment><Date>01/02/27</Date>' +
          '<TimeSlot>AM</TimeSlot></Appointment></ListOfAppointment>',
      ),
      envelope(
        '<Status>Complete</Status><Appointment><Date>02/02/27</Date><TimeSlot>PM</TimeSlot>' +
          '<AppointmentReference>APT-1</AppointmentReference></Appointment>',
      ),
      envelope('<Status>Failed</Status><ErrorDescription>No slots</ErrorDescription>'),
    ];
    server.answer(() => ({ body: replies.shift() }));

    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await client.poll('T-1'));

    expect(server.calls[0].part?.xml).toContain(
      '<Response Type="Poll"><OperationResponse><Token>T-1</Token></OperationResponse>',
    );
    expect(results).toEqual([
      { status: 'Pending', slots: null, appointment: null, errorDescription: null },
      {
        status: 'Complete',
        slots: [{ date: '2027-02-01', timeSlot: 'AM' }],
        appointment: null,
        errorDescription: null,
      },
      {
        status: 'Complete',
        slots: null,
        appointment: { date: '2027-02-02', timeSlot: 'PM', reference: 'APT-1' },
        errorDescription: null,
      },
      { status: 'Failed', slots: null, appointment: null, errorDescription: 'No slots' },
    ]);
  });

  it('poll passes an unknown token on as a rejection', async () => {
    server.answer({ body: errorReply('105', 'Unknown token') });

    await expect(client.poll('T-9')).rejects.toMatchObject({ entaCode: '105' });
    await expect(client.poll('T-9')).rejects.toBeInstanceOf(EntaRejectedError);
  });
});
