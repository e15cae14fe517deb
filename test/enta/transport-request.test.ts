import { Transport } from '../../src/enta/transport';
import { envelope, TEST_CREDENTIALS, transportFor } from './support/fixtures';
import { RecordingServer, startRecordingServer } from './support/recording-server';

let server: RecordingServer;
let transport: Transport;

beforeEach(async () => {
  server = await startRecordingServer();
  server.answer({ body: envelope('<Available>true</Available>') });
  transport = transportFor(server);
});

afterEach(() => server.close());

describe('transport requests', () => {
  it('sends a read as a GET to {base}{version}/{Uri}.php with Basic auth and headers', async () => {
    await transport.get('CheckUsernameAvailable', { username: 'jo' });

    const [call] = server.calls;
    expect(call.method).toBe('GET');
    expect(call.path).toBe('/xml/stable/CheckUsernameAvailable.php');
    expect(call.headers.accept).toBe('text/xml');
    expect(call.headers['mime-version']).toBe('1.0');
    const basic = Buffer.from(`${TEST_CREDENTIALS.username}:${TEST_CREDENTIALS.password}`);
    expect(call.headers.authorization).toBe(`Basic ${basic.toString('base64')}`);
  });

  it('URL-encodes query values, leaves out empty ones and adds no stray &', async () => {
    await transport.get('ADSLChecker', {
      PostCode: 'SW1A 1AA',
      MACcode: 'A&B#1=2',
      EUPostCode: '',
      PhoneNo: undefined,
    });

    const [call] = server.calls;
    expect(call.rawQuery).toBe('PostCode=SW1A%201AA&MACcode=A%26B%231%3D2');
    expect(call.query).toEqual({ PostCode: 'SW1A 1AA', MACcode: 'A&B#1=2' });
  });

  it('sends no query string when every parameter is empty', async () => {
    await transport.get('PendingOrders', { Days: '' });

    expect(server.calls[0].rawQuery).toBe('');
  });

  it('uses the configured API version and a base URL without a trailing slash', async () => {
    const beta = transportFor(server, { apiVersion: 'beta', baseUrl: server.url.slice(0, -1) });

    await beta.post('RequestAppointmentBook', {});

    expect(server.calls[0].path).toBe('/xml/beta/Appointments.php');
  });

  it('posts a write as one multipart file part userfile / XML.data / octet-stream', async () => {
    await transport.post('ModifyLineFeatures', { ADSLAccount: { Ref: 'ADSL1' } });

    const [call] = server.calls;
    expect(call.method).toBe('POST');
    expect(call.path).toBe('/xml/stable/ModifyLineFeatures.php');
    expect(call.part).toMatchObject({
      name: 'userfile',
      fileName: 'XML.data',
      contentType: 'application/octet-stream',
    });
    expect(call.headers['content-type']).toMatch(
      /^multipart\/form-data; type="text\/xml"; boundary=-+[0-9a-f]+$/,
    );
    expect(call.headers.accept).toBe('text/xml');
    expect(call.headers.authorization).toMatch(/^Basic /);
  });

  it('writes the full document form with the catalogue request type and Type="Live"', async () => {
    await transport.post('CreateLLUOrder', {
      ADSLAccount: { Product: 'LLU1', Telephone: '02079460000' },
    });

    const [call] = server.calls;
    expect(call.path).toBe('/xml/stable/CreateLluOrder.php');
    expect(call.part?.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<ResponseBlock Type="Live"><Response Type="LluOrder"><OperationResponse>' +
        '<ADSLAccount><Product>LLU1</Product><Telephone>02079460000</Telephone></ADSLAccount>' +
        '</OperationResponse></Response></ResponseBlock>\n',
    );
  });

  it('writes the short form for contact updates, with Type="Test" in test mode', async () => {
    const testing = transportFor(server, { testMode: true });

    await testing.post('UpdateADSLContact', { ADSLAccount: { Username: 'jo' } });

    expect(server.calls[0].part?.xml).toContain(
      '<ResponseBlock Type="Test"><OperationResponse Type="UpdateADSLContact">' +
        '<ADSLAccount><Username>jo</Username></ADSLAccount></OperationResponse></ResponseBlock>',
    );
  });

  it('takes a request type override for the migration order', async () => {
    await transport.post('CreateADSLOrder', { ADSLAccount: { MAC: 'X' } }, {
      requestType: 'ADSLMigrationOrder',
    });

    expect(server.calls[0].part?.xml).toContain('<Response Type="ADSLMigrationOrder">');
  });

  it('escapes markup and sends each non-ASCII character as one character reference', async () => {
    await transport.post('UpdateADSLContact', {
      ADSLAccount: { Ref: 'ADSL1', ContactDetails: { Email: 'a<b>&"c\'@é.com', TelDay: '😀' } },
    });

    expect(server.calls[0].part?.xml).toContain(
      '<Email>a&lt;b&gt;&amp;&quot;c&apos;@&#233;.com</Email><TelDay>&#128512;</TelDay>',
    );
  });

  it('leaves out empty fields, empty groups and writes repeated elements', async () => {
    await transport.post('RequestAppointmentBook', {
      Date: '01/02/27',
      TelephoneNumber: '',
      Empty: { Inner: undefined },
      listOfAttributes: {
        Attributes: [
          { AttributeName: 'a', AttributeValue: '1' },
          { AttributeName: 'b', AttributeValue: '2' },
        ],
      },
    });

    expect(server.calls[0].part?.xml).toContain(
      '<OperationResponse><Date>01/02/27</Date><listOfAttributes>' +
        '<Attributes><AttributeName>a</AttributeName><AttributeValue>1</AttributeValue>' +
        '</Attributes><Attributes><AttributeName>b</AttributeName>' +
        '<AttributeValue>2</AttributeValue></Attributes>' +
        '</listOfAttributes></OperationResponse>',
    );
  });

  it('refuses to send an operation with the wrong verb', async () => {
    await expect(transport.get('Poll', {})).rejects.toThrow('Poll is not sent with GET');
    await expect(transport.post('AdslAccount', {})).rejects.toThrow(/not sent with POST/);
    expect(server.calls).toHaveLength(0);
  });
});
