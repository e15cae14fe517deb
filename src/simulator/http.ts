import type { IncomingMessage, ServerResponse } from 'node:http';
import { OPERATIONS, OperationName, BASIC_REALM } from '../enta/catalogue';
import type { Logger } from '../logger';
import { controlRoute } from './control';
import { dispatch } from './dispatch';
import { answerWithFault } from './fault-reply';
import type { FaultController } from './faults';
import type { SimulatorState } from './state';
import type { RecordedRequest } from './types';

/** What the HTTP layer needs from the running simulator. */
export interface HttpContext {
  state: SimulatorState;
  requests: RecordedRequest[];
  username: string;
  password: string;
  latencyMs: number;
  loopback: boolean;
  logger: Logger;
  faults: FaultController;
}

const ENTA_PATH = /^\/xml\/(stable|beta)\/([A-Za-z]+)\.php$/;

/** The request listener: `/_sim/…` control endpoints, Enta at `/xml/{version}/{Uri}.php`. */
export function createListener(context: HttpContext) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handle(context, request, response).catch((error: unknown) => {
      context.logger.error({ err: error }, 'simulator failed to answer a request');
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal simulator error\n');
      else response.destroy();
    });
  };
}

async function handle(context: HttpContext, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://simulator.invalid');
  if (url.pathname.startsWith('/_sim/')) {
    if (!context.loopback && !authorised(context, request)) return challenge(response);
    const answer = controlRoute(context, request.method ?? 'GET', url);
    return send(response, answer.status, 'application/json', `${JSON.stringify(answer.body)}\n`);
  }

  const match = ENTA_PATH.exec(url.pathname);
  const method = request.method === 'POST' ? 'POST' : 'GET';
  const record: RecordedRequest = {
    operation: operationForUri(match?.[2] ?? '', method),
    method,
    path: url.pathname,
    uri: match?.[2] ?? '',
    query: Object.fromEntries(url.searchParams),
    headers: { ...request.headers },
    at: context.state.clock.now(),
  };
  context.requests.push(record);
  context.logger.debug({ operation: record.operation, method }, 'simulator request');

  if (!match) {
    request.resume();
    return send(response, 404, 'text/plain', 'Not found\n');
  }
  if (!authorised(context, request)) {
    request.resume();
    return challenge(response);
  }

  const handleForReal = async () => {
    const reply = await dispatch(context.state, request, url, record);
    if (context.latencyMs > 0) await new Promise((done) => setTimeout(done, context.latencyMs));
    return reply;
  };
  const struck = context.faults.decide(record.operation);
  if (struck) {
    record.fault = struck.fault;
    return answerWithFault({ struck, request, response, handle: handleForReal, send });
  }

  const reply = await handleForReal();
  send(response, reply.status, 'text/xml', reply.xml);
}

/** The catalogue name for a URI; Appointments is refined once the document is read. */
export function operationForUri(uri: string, method: 'GET' | 'POST'): string {
  const names = (Object.keys(OPERATIONS) as OperationName[]).filter(
    (name) => OPERATIONS[name].uri === uri && OPERATIONS[name].verb === method,
  );
  return names.length === 1 ? names[0] : uri;
}

function authorised(context: HttpContext, request: IncomingMessage): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return false;

  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return (
    colon >= 0 &&
    decoded.slice(0, colon) === context.username &&
    decoded.slice(colon + 1) === context.password
  );
}

function challenge(response: ServerResponse): void {
  response.setHeader('WWW-Authenticate', `Basic realm="${BASIC_REALM}"`);
  send(response, 401, 'text/html', '<html><body>401 Authorization Required</body></html>\n');
}

export function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}
