import { createEntaClient, EntaClient, EntaNotFoundError } from '../../src/enta';
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

const ACCOUNT = `<ADSLAccount><OurRef>ADSL100</OurRef><Username>jo@isp</Username>
  <Password>pw</Password><Telephone>02079460001</Telephone><Status>Installed</Status>
  <ConnectionType>FTTC</ConnectionType><Product>FAM30</Product><IPAddress>192.0.2.1</IPAddress>
  <ProvisionDate>Mon, 22 Jun 2026 10:00:00 +0100</ProvisionDate>
  <MAC>LSTL12345678/AB12C</MAC><MACExpires>Tue, 01 Dec 2026 00:00:00 +0000</MACExpires>
  <LineFeatures><Interleaving>Auto</Interleaving><StabilityOption>Standard</StabilityOption>
  <ElevatedBestEfforts>No</ElevatedBestEfforts><MaintenanceCategory>5</MaintenanceCategory>
  <Upstream>Standard</Upstream></LineFeatures>
  <ContactDetails><Email>jo@example.com</Email><TelDay>02079460002</TelDay><TelEve/>
  </ContactDetails>
  <PriceDetails><PeriodFee>15</PeriodFee><EnhancedCareFee>5.5</EnhancedCareFee>
  <ElevatedBestEffortsFee>0.00</ElevatedBestEffortsFee></PriceDetails></ADSLAccount>`;

describe('phase 1 operations', () => {
  it('adslChecker sends the CLI and MAC and reads the verdicts', async () => {
    server.answer({
      body: envelope(
        '<ErrorCode>0</ErrorCode><FullMsg>ok</FullMsg><FixedRate><RAG>G</RAG></FixedRate>' +
          '<RateAdaptive><RAG>A</RAG></RateAdaptive><Max><RAG>G</RAG><Speed>7150</Speed></Max>' +
          '<WBC><RAG>R</RAG><Speed>0</Speed></WBC><MAC><Valid>N</Valid>' +
          '<ReasonCode>EXPIRED</ReasonCode></MAC>',
      ),
    });

    const check = await client.adslChecker({ cli: '02079460001', mac: 'M/1' });

    expect(server.calls[0].path).toBe('/xml/stable/ADSLChecker.php');
    expect(server.calls[0].query).toEqual({ PhoneNo: '02079460001', MACcode: 'M/1' });
    expect(check).toEqual({
      errorCode: '0',
      message: 'ok',
      fixedRate: 'G',
      rateAdaptive: 'A',
      max: { rag: 'G', speedKbps: 7150 },
      wbc: { rag: 'R', speedKbps: 0 },
      mac: { valid: false, reasonCode: 'EXPIRED' },
    });
  });

  it('adslChecker checks a postcode and leaves out absent groups', async () => {
    server.answer({ body: envelope('<ErrorCode>0</ErrorCode><FullMsg>x</FullMsg>') });

    const check = await client.adslChecker({ postcode: 'SW1A 1AA' });

    expect(server.calls[0].query).toEqual({ PostCode: 'SW1A 1AA' });
    expect(check).toMatchObject({ fixedRate: null, max: null, wbc: null, mac: null });
  });

  it('adslAccount reads every group with ISO dates and money with two places', async () => {
    server.answer({ body: envelope(ACCOUNT) });

    const account = await client.adslAccount({ username: 'jo@isp' });

    expect(server.calls[0].query).toEqual({ Username: 'jo@isp' });
    expect(account).toEqual({
      ref: 'ADSL100',
      username: 'jo@isp',
      password: 'pw',
      cli: '02079460001',
      status: 'Installed',
      connectionType: 'FTTC',
      product: 'FAM30',
      ipAddress: '192.0.2.1',
      provisionDate: '2026-06-22T10:00:00+01:00',
      ceaseDate: null,
      mac: 'LSTL12345678/AB12C',
      macExpires: '2026-12-01T00:00:00+00:00',
      lineFeatures: {
        interleaving: 'Auto',
        stabilityOption: 'Standard',
        elevatedBestEfforts: false,
        maintenanceCategory: 5,
        upstream: 'Standard',
      },
      contact: { email: 'jo@example.com', telDay: '02079460002', telEve: null },
      prices: { periodFee: '15.00', enhancedCareFee: '5.50', elevatedBestEffortsFee: '0.00' },
    });
  });

  it('adslAccount throws EntaNotFoundError for an unknown service', async () => {
    server.answer({ body: errorReply('102', 'No such service') });

    await expect(client.adslAccount({ ref: 'ADSL0' })).rejects.toBeInstanceOf(EntaNotFoundError);
  });

  it('refuses a service id naming no service, or two, before any call', async () => {
    await expect(client.adslAccount({ ref: ' ' })).rejects.toBeInstanceOf(BadUserInputError);
    const two = { ref: 'A', cli: 'B' } as unknown as { ref: string };
    await expect(client.adslAccount(two)).rejects.toBeInstanceOf(BadUserInputError);
    expect(server.calls).toHaveLength(0);
  });

  it('adslAccount fails at the shape stage when ADSLAccount is missing', async () => {
    server.answer({ body: envelope('<Nothing/>') });

    await expect(client.adslAccount({ ref: 'A' })).rejects.toMatchObject({ stage: 'shape' });
  });

  it('listConnections asks for the fields and maps one record to a list of one', async () => {
    server.answer({
      body: envelope(
        '<ADSLAccount><Ref>ADSL1</Ref><Telephone>0161</Telephone>' +
          '<ProvisionDate>Mon, 22 Feb 2010 10:00:00 +0000</ProvisionDate></ADSLAccount>',
      ),
    });

    const list = await client.listConnections({
      status: 'live',
      fields: ['Ref', 'Telephone', 'ProvisionDate'],
    });

    expect(server.calls[0].rawQuery).toBe(
      'liveorceased=live&fields=Ref%2CTelephone%2CProvisionDate',
    );
    expect(list).toEqual([
      { ref: 'ADSL1', cli: '0161', provisionDate: '2010-02-22T10:00:00+00:00' },
    ]);
  });

  it('listConnections returns an empty list for an empty reply', async () => {
    server.answer({ body: '' });

    expect(await client.listConnections({ status: 'ceased', fields: ['Ref'] })).toEqual([]);
  });

  it('usageHistoryDetailRange sends dd/mm/yyyy days and reads each day', async () => {
    server.answer({
      body: envelope(
        '<Day><Date>2026-10-24</Date><Total><Up>10</Up><Down>20</Down></Total>' +
          '<Peak><Up>1</Up><Down>2</Down></Peak></Day>' +
          '<Day><Date>2026-10-25</Date><Total><Up>30</Up><Down>40</Down></Total>' +
          '<Peak><Up>3</Up><Down>4</Down></Peak></Day>',
      ),
    });

    const days = await client.usageHistoryDetailRange({ ref: 'ADSL1' }, {
      from: '2026-10-24',
      to: '2026-10-25',
    });

    expect(server.calls[0].query).toEqual({
      Ref: 'ADSL1',
      startday: '24/10/2026',
      endday: '25/10/2026',
    });
    expect(days).toEqual([
      { date: '2026-10-24', totalDown: 20, totalUp: 10, peakDown: 2, peakUp: 1 },
      { date: '2026-10-25', totalDown: 40, totalUp: 30, peakDown: 4, peakUp: 3 },
    ]);
  });

  it('usageHistoryDetailRange refuses impossible or reversed ranges before any call', async () => {
    const id = { ref: 'A' };
    await expect(
      client.usageHistoryDetailRange(id, { from: '2026-02-30', to: '2026-03-01' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    await expect(
      client.usageHistoryDetailRange(id, { from: '2026-03-02', to: '2026-03-01' }),
    ).rejects.toBeInstanceOf(BadUserInputError);
    expect(server.calls).toHaveLength(0);
  });

  it('usageHistoryDetailDay stamps rows with end times across the autumn change', async () => {
    const rows = [
      ['00:50', 1, 2],
      ['01:00', 3, 4],
      ['01:00', 5, 6],
      ['00:00', 7, 8],
    ];
    const usage = rows.map(
      ([time, down, up]) => `<Usage><Time>${time}</Time><Down>${down}</Down><Up>${up}</Up></Usage>`,
    );
    server.answer({ body: envelope(`<Detail>${usage.join('')}</Detail>`) });

    const records = await client.usageHistoryDetailDay({ cli: '0161' }, '2026-10-25');

    expect(server.calls[0].query).toEqual({ Telephone: '0161', day: '25/10/2026' });
    expect(records).toEqual([
      { endsAt: '2026-10-25T00:50:00+01:00', down: 1, up: 2 },
      { endsAt: '2026-10-25T01:00:00+01:00', down: 3, up: 4 },
      { endsAt: '2026-10-25T01:00:00+00:00', down: 5, up: 6 },
      { endsAt: '2026-10-26T00:00:00+00:00', down: 7, up: 8 },
    ]);
  });

  it('usageHistoryDetailDay reads a single row as a list of one', async () => {
    server.answer({
      body: envelope('<Detail><Usage><Time>00:10</Time><Down>9</Down><Up>8</Up></Usage></Detail>'),
    });

    const records = await client.usageHistoryDetailDay({ ref: 'A' }, '2026-01-05');

    expect(records).toEqual([{ endsAt: '2026-01-05T00:10:00+00:00', down: 9, up: 8 }]);
  });

  it('modifyLineFeatures posts only the changed features and reads the new values', async () => {
    server.answer({
      body: envelope(
        '<ADSLAccount><LineFeatures><MAINTENANCECATEGORY><NewValue>4</NewValue>' +
          '</MAINTENANCECATEGORY><Interleaving><NewValue>No</NewValue></Interleaving>' +
          '</LineFeatures></ADSLAccount>',
      ),
    });

    const changes = await client.modifyLineFeatures({ ref: 'ADSL1' }, {
      interleaving: 'No',
      maintenanceCategory: 4,
      maintenanceCategoryFee: '10',
      elevatedBestEfforts: true,
    });

    const [call] = server.calls;
    expect(call.path).toBe('/xml/stable/ModifyLineFeatures.php');
    expect(call.part?.xml).toContain(
      '<Response Type="ModifyLineFeatures"><OperationResponse><ADSLAccount><Ref>ADSL1</Ref>' +
        '<LineFeatures><Interleaving>No</Interleaving><ElevatedBestEfforts>Yes' +
        '</ElevatedBestEfforts><MaintenanceCategory>4</MaintenanceCategory>' +
        '<MaintenanceCategoryFee>10.00</MaintenanceCategoryFee></LineFeatures></ADSLAccount>',
    );
    expect(changes).toEqual([
      { feature: 'MaintenanceCategory', newValue: '4' },
      { feature: 'Interleaving', newValue: 'No' },
    ]);
  });

  it('modifyLineFeatures refuses an empty change or a bad fee before any call', async () => {
    await expect(client.modifyLineFeatures({ ref: 'A' }, {})).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(
      client.modifyLineFeatures({ ref: 'A' }, { upstream: 'Fast', upstreamFee: 'lots' }),
    ).rejects.toMatchObject({ field: 'upstreamFee' });
    expect(server.calls).toHaveLength(0);
  });

  it('createAdslOrder posts an ADSLOrder document and reads the receipt', async () => {
    server.answer({ body: envelope('<OurRef>ADSL200</OurRef><TelephonePaymentCode/>') });

    const receipt = await client.createAdslOrder(sampleOrder());

    const xml = server.calls[0].part?.xml ?? '';
    expect(server.calls[0].path).toBe('/xml/stable/CreateADSLOrder.php');
    expect(xml).toContain('<Response Type="ADSLOrder"><OperationResponse><ADSLAccount>');
    expect(xml).toContain('<Product>FAM30</Product><ProductInitialFee>0.00</ProductInitialFee>');
    expect(xml).toContain('<FirstName>Zo&#235;</FirstName>');
    expect(xml).toContain('<Telephone>02079460001</Telephone><ProvisionDate>02/11/2026');
    expect(xml).toContain('<AssignIPV6>Yes</AssignIPV6></ADSLAccount><BillingAccount>');
    expect(xml).toContain('<PurchaseOrderNumber>PO-1</PurchaseOrderNumber>');
    expect(xml).toContain('<CustomerRecord><cCustomerID>New</cCustomerID><cTitle>Ms</cTitle>');
    expect(xml).not.toContain('MAC');
    expect(xml).not.toContain('AppointmentDetails');
    expect(receipt).toEqual({ ourRef: 'ADSL200', telephonePaymentCode: null });
  });

  it('createAdslOrder sends a migration order when a MAC is given', async () => {
    server.answer({
      body: envelope('<OurRef>ADSL201</OurRef><TelephonePaymentCode>77</TelephonePaymentCode>'),
    });

    const receipt = await client.createAdslOrder({
      ...sampleOrder(),
      mac: 'LSTL1/ZZ',
      appointmentReference: 'APT-9',
    });

    const xml = server.calls[0].part?.xml ?? '';
    expect(xml).toContain('<Response Type="ADSLMigrationOrder">');
    expect(xml).toContain('<MAC>LSTL1/ZZ</MAC>');
    expect(xml).toContain('<AppointmentDetails><AppointmentReference>APT-9<');
    expect(receipt.telephonePaymentCode).toBe('77');
  });

  it('ceaseAdslOrder sends the id and dd/mm/yyyy date and reads the acceptance', async () => {
    server.answer({
      body: '<ResponseBlock Type="Live"><Response Type="CeaseADSLOrder">' +
        '<OperationResponse Type="Accept"><OurRef>ADSL1</OurRef></OperationResponse>' +
        '</Response></ResponseBlock>',
    });

    const result = await client.ceaseAdslOrder({ ref: 'ADSL1' }, '2026-12-01');

    expect(server.calls[0].method).toBe('GET');
    expect(server.calls[0].query).toEqual({ Ref: 'ADSL1', ceaseDate: '01/12/2026' });
    expect(result).toEqual({ ourRef: 'ADSL1' });
  });

  it('ceaseAdslOrder treats a reply without Accept as a shape failure', async () => {
    server.answer({ body: envelope('<OurRef>ADSL1</OurRef>') });

    await expect(client.ceaseAdslOrder({ ref: 'ADSL1' }, '2026-12-01')).rejects.toMatchObject({
      stage: 'shape',
    });
  });
});
