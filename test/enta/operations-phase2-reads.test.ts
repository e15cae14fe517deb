import { createEntaClient, EntaClient } from '../../src/enta';
import { BadUserInputError } from '../../src/errors';
import { envelope, transportFor } from './support/fixtures';
import { RecordingServer, startRecordingServer } from './support/recording-server';

let server: RecordingServer;
let client: EntaClient;

beforeEach(async () => {
  server = await startRecordingServer();
  client = createEntaClient(transportFor(server));
});

afterEach(() => server.close());

/** One ADSLAccount, opened by `account`, in a reply with no Response element. */
const ROOT_LEVEL = (account: string) =>
  `<ResponseBlock Type="Live"><OperationResponse>${account}</ADSLAccount></OperationResponse>` +
  '</ResponseBlock>';

describe('phase 2 reads', () => {
  it('checkUsernameAvailable sends the username and reads the answer', async () => {
    server.answer({ body: envelope('<Available>false</Available>') });

    expect(await client.checkUsernameAvailable('jo@isp')).toBe(false);
    expect(server.calls[0].query).toEqual({ username: 'jo@isp' });
  });

  it('getInterleaving reads Interleave', async () => {
    server.answer({ body: envelope('<Interleave>Auto</Interleave>') });

    expect(await client.getInterleaving({ ref: 'ADSL1' })).toBe('Auto');
  });

  it('getAdslInstall reads install returns with Unix and dd-Mon-yyyy dates', async () => {
    server.answer({
      body: envelope(
        '<InstallReturns><InstallReturn><DateReceived>1266832800</DateReceived>' +
          '<OrderType>Provide</OrderType><LineItemSubstatus>COMMITTED</LineItemSubstatus>' +
          '<CommitDate>05-Mar-2010</CommitDate></InstallReturn></InstallReturns>',
      ),
    });

    const events = await client.getAdslInstall({ username: 'jo' });

    expect(server.calls[0].query).toEqual({ Username: 'jo' });
    expect(events).toEqual([
      {
        receivedAt: '2010-02-22T10:00:00+00:00',
        orderType: 'Provide',
        substatus: 'COMMITTED',
        commitDate: '2010-03-05',
      },
    ]);
  });

  it('looks a telephone number up through AdslAccount for ref-or-username operations', async () => {
    server.answer((call) =>
      call.path.endsWith('AdslAccount.php')
        ? {
            body: envelope(
              '<ADSLAccount><OurRef>ADSL7</OurRef><Username>u7</Username>' +
                '<Telephone>0161</Telephone><Status>Installed</Status></ADSLAccount>',
            ),
          }
        : { body: envelope('<Notes/>') },
    );

    expect(await client.getNotes({ cli: '0161' })).toEqual([]);
    expect(server.calls.map((call) => [call.path, call.query])).toEqual([
      ['/xml/stable/AdslAccount.php', { Telephone: '0161' }],
      ['/xml/stable/GetNotes.php', { Ref: 'ADSL7' }],
    ]);
  });

  it('getBtFeed sends Days and reads records', async () => {
    server.answer({
      body: envelope(
        '<Records><Record><Telephone>0161</Telephone><CustomerRef>ADSL1</CustomerRef>' +
          '<OrderType>Provide</OrderType><SubStatus>COMPLETED</SubStatus><CommitDate/>' +
          '<Timestamp>Mon, 22 Feb 2010 10:00:00 +0000</Timestamp></Record></Records>',
      ),
    });

    const records = await client.getBtFeed({ days: 3 });

    expect(server.calls[0].query).toEqual({ Days: '3' });
    expect(records).toEqual([
      {
        cli: '0161',
        customerRef: 'ADSL1',
        orderType: 'Provide',
        substatus: 'COMPLETED',
        commitDate: null,
        at: '2010-02-22T10:00:00+00:00',
      },
    ]);
    await expect(client.getBtFeed({ days: 0 })).rejects.toBeInstanceOf(BadUserInputError);
  });

  it('pendingOrders and pstnPendingOrders read the order list', async () => {
    server.answer({
      body: envelope(
        '<Orders><NumberOfOrders>1</NumberOfOrders><Order><OurRef>ADSL1</OurRef>' +
          '<Status>COMMITTED</Status><ProvisionDate>Mon, 01 Mar 2010 00:00:00 +0000' +
          '</ProvisionDate><CommitDate>05-Mar-2010</CommitDate></Order></Orders>',
      ),
    });

    const adsl = await client.pendingOrders();
    const pstn = await client.pstnPendingOrders();

    expect(server.calls.map((call) => call.path)).toEqual([
      '/xml/stable/PendingOrders.php',
      '/xml/stable/PSTNPendingOrders.php',
    ]);
    expect(adsl).toEqual(pstn);
    expect(adsl.numberOfOrders).toBe(1);
    expect(adsl.orders[0]).toMatchObject({
      ourRef: 'ADSL1',
      status: 'COMMITTED',
      provisionDate: '2010-03-01T00:00:00+00:00',
      commitDate: '2010-03-05',
      cli: null,
    });
  });

  it('getRateLimited and getBlocked read root-level lists named by ReturnType', async () => {
    server.answer((call) => ({
      body: call.path.endsWith('GetRateLimited.php')
        ? ROOT_LEVEL('<ADSLAccount><Telephone>0161</Telephone><RateLimit>512</RateLimit>')
        : ROOT_LEVEL('<ADSLAccount><Username>u1</Username><Reason>Abuse</Reason>'),
    }));

    expect(await client.getRateLimited('Telephone')).toEqual([
      { service: { cli: '0161' }, rateLimitKbps: 512 },
    ]);
    expect(await client.getBlocked('Username')).toEqual([
      { service: { username: 'u1' }, reason: 'Abuse' },
    ]);
    expect(server.calls.map((call) => call.query)).toEqual([
      { ReturnType: 'Telephone' },
      { ReturnType: 'Username' },
    ]);
  });

  it('getBtFault sends a day or a range and reads the faults', async () => {
    server.answer({
      body: envelope(
        '<TotalResults>1</TotalResults><Faults><Fault><FaultRef>F1</FaultRef>' +
          '<OurRef>ADSL1</OurRef><Reported>Mon, 22 Feb 2010 10:00:00 +0000</Reported>' +
          '<Status>Open</Status><Description>No sync</Description></Fault></Faults>',
      ),
    });

    const oneDay = await client.getBtFault({ day: '2010-02-22' });
    await client.getBtFault({ from: '2010-02-01', to: '2010-02-22' });

    expect(server.calls.map((call) => call.query)).toEqual([
      { day: '22/02/2010' },
      { start: '01/02/2010', end: '22/02/2010' },
    ]);
    expect(oneDay).toEqual({
      totalResults: 1,
      faults: [
        {
          faultRef: 'F1',
          ref: 'ADSL1',
          cli: null,
          reportedAt: '2010-02-22T10:00:00+00:00',
          status: 'Open',
          description: 'No sync',
        },
      ],
    });
  });

  it('getOpenAdslFaults reads an empty fault list as an empty array', async () => {
    server.answer({ body: envelope('<Faults/>') });

    expect(await client.getOpenAdslFaults({ ref: 'ADSL1' })).toEqual([]);
  });

  it('getHeavyUsers sends no id when none is given', async () => {
    server.answer({
      body: envelope(
        '<HeavyUsers><HeavyUser><OurRef>A</OurRef><Usage>100</Usage><Allowance>50</Allowance>' +
          '</HeavyUser><HeavyUser><OurRef>B</OurRef><Usage>70</Usage></HeavyUser></HeavyUsers>',
      ),
    });

    const users = await client.getHeavyUsers();

    expect(server.calls[0].rawQuery).toBe('');
    expect(users.map((user) => [user.ref, user.usageBytes, user.allowanceBytes])).toEqual([
      ['A', 100, 50],
      ['B', 70, null],
    ]);
  });

  it('lastRadiusLog reads a UK local time, and null for an empty reply', async () => {
    server.answer({
      body: envelope(
        '<DateTime>22 Jun 2026 10:00:00</DateTime><Username>u1</Username>' +
          '<IPAddress>192.0.2.1</IPAddress><Result>Reject</Result><Reason>Bad password</Reason>',
      ),
    });
    const entry = await client.lastRadiusLog({ ref: 'ADSL1' });
    server.answer({ body: '' });
    const none = await client.lastRadiusLog({ ref: 'ADSL1' });

    expect(entry).toEqual({
      at: '2026-06-22T10:00:00+01:00',
      username: 'u1',
      ipAddress: '192.0.2.1',
      result: 'Reject',
      reason: 'Bad password',
    });
    expect(none).toBeNull();
  });

  it('connectionHistory reads one session, volumes as bytes, Input as upload', async () => {
    server.answer({
      body: envelope(
        '<Connection><Username>u1</Username><StartDateTime>22 Feb 2010 10:00:00</StartDateTime>' +
          '<EndDateTime></EndDateTime><Input>1.5 KB</Input><Output>12.5 MB</Output>' +
          '<TerminateCause/></Connection>',
      ),
    });

    const sessions = await client.connectionHistory({ username: 'u1' }, { days: 7 });

    expect(server.calls[0].query).toEqual({ Username: 'u1', Days: '7' });
    expect(sessions).toEqual([
      {
        username: 'u1',
        startsAt: '2010-02-22T10:00:00+00:00',
        endsAt: null,
        uploadBytes: 1536,
        downloadBytes: 13_107_200,
        terminateCause: null,
      },
    ]);
  });

  it('requestMac reads the status, and an empty reply as Requested', async () => {
    server.answer({ body: envelope('<Status>Issued</Status>') });
    expect(await client.requestMac({ ref: 'A' })).toEqual({ status: 'Issued' });

    server.answer({ body: '' });
    expect(await client.requestMac({ ref: 'A' })).toEqual({ status: 'Requested' });
  });

  it('adslTopup reads bytes and money', async () => {
    server.answer({
      body: envelope(
        '<UsageAllowance>1000</UsageAllowance><UsedThisMonth>10</UsedThisMonth>' +
          '<OveruseMethod>PAYG</OveruseMethod><TopupAllowance>0</TopupAllowance>' +
          '<TopupRemaining>0</TopupRemaining><MaxPAYGAmount>20</MaxPAYGAmount>',
      ),
    });

    expect(await client.adslTopup({ ref: 'A' })).toEqual({
      usageAllowanceBytes: 1000,
      usedThisMonthBytes: 10,
      overuseMethod: 'PAYG',
      topupAllowanceBytes: 0,
      topupRemainingBytes: 0,
      maxPaygAmount: '20.00',
    });
  });

  it('usageHistory sends UK local times with RawDisplay=1 and reads the totals', async () => {
    server.answer({
      body: envelope(
        '<StartDateTime>01 Jun 2026 00:00:00</StartDateTime>' +
          '<EndDateTime>02 Jun 2026 00:00:00</EndDateTime><Download>5</Download>' +
          '<Upload>4</Upload><PeakDownload>3</PeakDownload><PeakUpload>2</PeakUpload>',
      ),
    });

    const totals = await client.usageHistory({ ref: 'A' }, {
      from: '2026-05-31T23:00:00Z',
      to: '2026-06-02T00:00:00',
    });

    expect(server.calls[0].query).toEqual({
      Ref: 'A',
      StartDateTime: '01/06/2026 00:00:00',
      EndDateTime: '02/06/2026 00:00:00',
      RawDisplay: '1',
    });
    expect(totals).toEqual({
      startsAt: '2026-06-01T00:00:00+01:00',
      endsAt: '2026-06-02T00:00:00+01:00',
      download: 5,
      upload: 4,
      peakDownload: 3,
      peakUpload: 2,
    });
  });

  it('getMaxReports reads reports of records with dd/mm/yyyy times', async () => {
    server.answer({
      body: envelope(
        '<Report><Name>Line RateChange</Name><Record><SyncTimestamp>22/02/2010 10:00:00' +
          '</SyncTimestamp><DownstreamRate>7150</DownstreamRate><UpstreamRate>448</UpstreamRate>' +
          '</Record></Report><Report><Name>Service Profile</Name></Report>',
      ),
    });

    const reports = await client.getMaxReports({ ref: 'A' });

    expect(reports).toEqual([
      {
        name: 'Line RateChange',
        records: [
          {
            syncAt: '2010-02-22T10:00:00+00:00',
            bipUpdateAt: null,
            lineRateAt: null,
            downstreamKbps: 7150,
            upstreamKbps: 448,
          },
        ],
      },
      { name: 'Service Profile', records: [] },
    ]);
  });

  it('getAdslUsage sends its filters and reads usage per service', async () => {
    server.answer({
      body: envelope(
        '<ADSLAccount><Ref>A</Ref><Download>9</Download><Upload>1</Upload></ADSLAccount>',
      ),
    });

    const usage = await client.getAdslUsage({
      from: '2026-01-01',
      to: '2026-01-31',
      minUsageBytes: 0,
      returnType: 'Ref',
    });

    expect(server.calls[0].query).toEqual({
      FromDate: '01/01/2026',
      ToDate: '31/01/2026',
      MinUsage: '0',
      ReturnType: 'Ref',
    });
    expect(usage).toEqual([{ service: { ref: 'A' }, download: 9, upload: 1 }]);
  });
});
