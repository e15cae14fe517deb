import {
  EntaNotFoundError,
  EntaRejectedError,
  EntaUnavailableError,
} from '../../src/enta/errors';
import { EntaNode } from '../../src/enta/reply-tree';
import { Transport } from '../../src/enta/transport';
import { envelope, errorReply, transportFor } from './support/fixtures';
import { RecordingServer, startRecordingServer } from './support/recording-server';

let server: RecordingServer;
let transport: Transport;

beforeEach(async () => {
  server = await startRecordingServer();
  transport = transportFor(server);
});

afterEach(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

function texts(nodes: EntaNode | readonly EntaNode[] | undefined): string[] {
  const all = nodes === undefined ? [] : Array.isArray(nodes) ? nodes : [nodes as EntaNode];
  return all.map((node) => node.children.ref && (node.children.ref as EntaNode).text);
}

describe('transport replies', () => {
  it('reads an empty 200 body as success with nothing in it', async () => {
    server.answer({ body: '' });

    const reply = await transport.get('RequestMAC', { Ref: 'ADSL1' });

    expect(reply.isEmpty).toBe(true);
    expect(reply.body.children).toEqual({});
  });

  it('survives a stray CRLF before the XML declaration', async () => {
    server.answer({ body: `\r\n${envelope('<Available>true</Available>')}` });

    const reply = await transport.get('CheckUsernameAvailable', { username: 'jo' });

    expect((reply.body.children.available as EntaNode).text).toBe('true');
  });

  it('reads element names without regard to case', async () => {
    server.answer({
      body:
        '<responseBLOCK Type="Live"><RESPONSE type="Reply"><operationresponse>' +
        '<adslaccount><OURREF>ADSL9</OURREF></adslaccount></operationresponse></RESPONSE>' +
        '</responseBLOCK>',
    });

    const reply = await transport.get('AdslAccount', { Ref: 'ADSL9' });

    expect(reply.type).toBe('Reply');
    const account = reply.body.children.adslaccount as EntaNode;
    expect((account.children.ourref as EntaNode).text).toBe('ADSL9');
  });

  it('makes a list of one an array, and keeps many as an array', async () => {
    server.answer({ body: envelope('<ADSLAccount><Ref>A1</Ref></ADSLAccount>') });
    const one = await transport.get('ListConnections', {});

    server.answer({
      body: envelope(
        '<ADSLAccount><Ref>A1</Ref></ADSLAccount><adslaccount><Ref>A2</Ref></adslaccount>',
      ),
    });
    const two = await transport.get('ListConnections', {});

    expect(Array.isArray(one.body.children.adslaccount)).toBe(true);
    expect(texts(one.body.children.adslaccount)).toEqual(['A1']);
    expect(texts(two.body.children.adslaccount)).toEqual(['A1', 'A2']);
  });

  it('reads OperationResponse directly under the root', async () => {
    server.answer({
      body: '<ResponseBlock Type="Live"><OperationResponse><ADSLAccount><Ref>A1</Ref>' +
        '<RateLimit>512</RateLimit></ADSLAccount></OperationResponse></ResponseBlock>',
    });

    const reply = await transport.get('GetRateLimited', { ReturnType: 'Ref' });

    expect(texts(reply.body.children.adslaccount)).toEqual(['A1']);
  });

  it('reads the Type on OperationResponse', async () => {
    server.answer({
      body: '<ResponseBlock Type="Live"><Response Type="CeaseADSLOrder">' +
        '<OperationResponse Type="Accept"><OurRef>ADSL1</OurRef></OperationResponse>' +
        '</Response></ResponseBlock>',
    });

    const reply = await transport.get('CeaseADSLOrder', { Ref: 'ADSL1' });

    expect(reply.operationType).toBe('Accept');
  });

  it('turns Enta error 102 into EntaNotFoundError', async () => {
    server.answer({ body: errorReply('102', 'No such service') });

    const error = await failureOf(transport.get('AdslAccount', { Ref: 'NOPE' }));

    expect(error).toBeInstanceOf(EntaNotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', description: 'No such service' });
  });

  it('turns any other Enta error into EntaRejectedError with code and description', async () => {
    server.answer({ body: errorReply('103', 'Date is in the past') });

    const error = await failureOf(transport.get('CeaseADSLOrder', { Ref: 'ADSL1' }));

    expect(error).toBeInstanceOf(EntaRejectedError);
    expect(error).toMatchObject({
      code: 'UPSTREAM_REJECTED',
      entaCode: '103',
      description: 'Date is in the past',
    });
  });

  it('reads an error reply without a code as a rejection', async () => {
    server.answer({
      body: '<ResponseBlock><Response Type="error"><OperationResponse>' +
        '<ErrorDescription>Bad thing</ErrorDescription></OperationResponse></Response>' +
        '</ResponseBlock>',
    });

    const error = await failureOf(transport.get('GetNotes', { Ref: 'ADSL1' }));

    expect(error).toMatchObject({ entaCode: null, description: 'Bad thing' });
  });

  it.each([
    [500, 'http'],
    [401, 'http'],
    [403, 'http'],
    [404, 'http'],
  ])('treats HTTP %i as unavailable at stage %s, whatever the body says', async (status, stage) => {
    server.answer({ status, body: envelope('<Available>true</Available>') });

    const error = await failureOf(transport.get('CheckUsernameAvailable', { username: 'jo' }));

    expect(error).toBeInstanceOf(EntaUnavailableError);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', stage, httpStatus: status });
  });

  it('times out a reply that comes too late', async () => {
    server.answer({ delayMs: 1000, body: envelope('') });
    const impatient = transportFor(server, { timeoutMs: 150 });

    const error = await failureOf(impatient.get('PendingOrders', {}));

    expect(error).toMatchObject({ stage: 'timeout' });
  });

  it('reports a refused connection', async () => {
    await server.close();

    const error = await failureOf(transport.get('PendingOrders', {}));

    expect(error).toMatchObject({ stage: 'connection' });
    server = await startRecordingServer();
  });

  it.each([
    ['a truncated document', '<ResponseBlock><Response><OperationResponse><A>1</A>'],
    ['mismatched tags', '<ResponseBlock><Response></ResponseBlock>'],
    ['two root elements', '<ResponseBlock/><ResponseBlock/>'],
    ['text that is not XML', 'Service temporarily unavailable'],
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><ResponseBlock/>'],
    ['an external DTD', '<!DOCTYPE x SYSTEM "file:///etc/passwd"><ResponseBlock/>'],
  ])('refuses %s at the parse stage', async (_what, body) => {
    server.answer({ body });

    const error = await failureOf(transport.get('PendingOrders', {}));

    expect(error).toMatchObject({ stage: 'parse' });
  });

  it.each([
    ['another root', '<Html><Body/></Html>'],
    ['no OperationResponse', '<ResponseBlock Type="Live"><Response Type="X"/></ResponseBlock>'],
  ])('refuses a reply with %s at the shape stage', async (_what, body) => {
    server.answer({ body });

    const error = await failureOf(transport.get('PendingOrders', {}));

    expect(error).toMatchObject({ stage: 'shape' });
  });

  it('keeps URLs, credentials and XML out of error messages', async () => {
    server.answer({ status: 500, body: '<secret>xml</secret>' });

    const error = (await failureOf(transport.get('GetNotes', { Ref: 'ADSL1' }))) as Error;

    expect(error.message).not.toMatch(/http|ADSL1|s3cret|partner-user|<|>/);
  });
});
