import { CallRecord, Transport } from '../../src/enta/transport';
import { capturingLogger, envelope, transportFor } from './support/fixtures';
import { RecordingServer, startRecordingServer } from './support/recording-server';

let server: RecordingServer;

beforeEach(async () => {
  server = await startRecordingServer();
});

afterEach(() => server.close());

const OK = envelope('<Token>T1</Token>');

describe('transport behaviour', () => {
  it('follows a redirect for a read', async () => {
    server.answer((call) =>
      call.path.includes('/stable/')
        ? { status: 302, headers: { Location: '/xml/moved/PendingOrders.php?x=1' } }
        : { body: OK },
    );

    const reply = await transportFor(server).get('PendingOrders', {});

    expect(reply.isEmpty).toBe(false);
    expect(server.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /xml/stable/PendingOrders.php',
      'GET /xml/moved/PendingOrders.php',
    ]);
  });

  it.each([301, 302, 303, 307])('resends a write as the same POST after a %i', async (status) => {
    server.answer((call) =>
      call.path.includes('/stable/')
        ? { status, headers: { Location: '/xml/moved/Appointments.php' } }
        : { body: OK },
    );

    await transportFor(server).post('Poll', { Token: 'T1' });

    const [first, second] = server.calls;
    expect(second.method).toBe('POST');
    expect(second.path).toBe('/xml/moved/Appointments.php');
    expect(second.part?.xml).toBe(first.part?.xml);
    expect(second.headers.authorization).toBe(first.headers.authorization);
  });

  it('gives up after too many redirects', async () => {
    server.answer({ status: 302, headers: { Location: '/xml/again.php' } });

    await expect(transportFor(server).get('PendingOrders', {})).rejects.toMatchObject({
      stage: 'http',
      httpStatus: 302,
    });
    expect(server.calls).toHaveLength(6);
  });

  it('queues calls beyond maxConcurrent', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    server.answer(() => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => (inFlight -= 1), 40);
      return { delayMs: 40, body: OK };
    });
    const transport: Transport = transportFor(server, { maxConcurrent: 2 });

    await Promise.all(Array.from({ length: 6 }, () => transport.get('PendingOrders', {})));

    expect(server.calls).toHaveLength(6);
    expect(mostInFlight).toBe(2);
  });

  it('reports each call to onCall with its outcome and duration', async () => {
    const calls: CallRecord[] = [];
    const transport = transportFor(server, { onCall: (call) => calls.push(call) });
    server.answer({ body: OK });
    await transport.get('PendingOrders', {});
    server.answer({ status: 503 });
    await transport.get('GetNotes', { Ref: 'A' }).catch(() => undefined);

    expect(calls).toEqual([
      { operation: 'PendingOrders', outcome: 'ok', durationMs: expect.any(Number) },
      { operation: 'GetNotes', outcome: 'http', durationMs: expect.any(Number) },
    ]);
  });

  it('logs each call at debug, with a trimmed body on failure and never credentials', async () => {
    const { logger, lines } = capturingLogger();
    const transport = transportFor(server, { logger });
    server.answer({ body: OK });
    await transport.get('PendingOrders', { Telephone: '02079460000' });
    server.answer({ status: 500, body: `  <Oops>${'x'.repeat(2000)}</Oops>` });
    await transport.get('GetNotes', { Ref: 'A' }).catch(() => undefined);

    const [ok, failed] = lines();
    expect(ok).toMatchObject({ level: 20, operation: 'PendingOrders', outcome: 'ok' });
    expect(ok.httpStatus).toBe(200);
    expect(ok.body).toBeUndefined();
    expect(failed).toMatchObject({ operation: 'GetNotes', outcome: 'http', httpStatus: 500 });
    expect(String(failed.body)).toHaveLength(500);
    expect(String(failed.body).startsWith('<Oops>')).toBe(true);

    const text = JSON.stringify(lines());
    expect(text).not.toMatch(/s3cret|partner-user|Basic |02079460000|127\.0\.0\.1/);
  });
});
