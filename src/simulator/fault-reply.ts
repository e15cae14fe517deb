import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StruckFault } from './faults';
import { renderError } from './xml';

/** A reply the simulator produced, before any fault spoils it. */
export interface PlainAnswer {
  status: number;
  xml: string;
}

export interface FaultedExchange {
  struck: StruckFault;
  request: IncomingMessage;
  response: ServerResponse;
  /** Handles the request for real: the write, if it is one, takes effect here. */
  handle: () => Promise<PlainAnswer>;
  send: (response: ServerResponse, status: number, type: string, body: string) => void;
}

/** Faults that end the exchange before or instead of an answer. */
const CUT_SHORT = new Set(['hang', 'reset', 'http500', 'http503']);

/** Answers one request the way the struck fault says; see `FaultKind`. */
export async function answerWithFault(exchange: FaultedExchange): Promise<void> {
  const { struck, request, response, send } = exchange;

  if (struck.fault === 'entaError') {
    request.resume();
    const xml = renderError('Live', '500', 'Temporary failure, please try again later');
    return send(response, 200, 'text/xml', xml);
  }

  if (CUT_SHORT.has(struck.fault)) {
    if (struck.afterApply) await exchange.handle();
    else request.resume();
    return cutShort(exchange);
  }

  if (struck.fault === 'latency') await sleep(struck.delayMs);
  const answer = await exchange.handle();
  if (struck.fault === 'trickle') return trickle(response, answer, struck.byteDelayMs);
  send(response, answer.status, 'text/xml', spoil(struck.fault, answer.xml));
}

function cutShort({ struck, request, response, send }: FaultedExchange): void {
  if (struck.fault === 'hang') return; // the socket stays open until the client gives up
  if (struck.fault === 'reset') {
    // A TCP reset where the platform offers one, else an abrupt close: both read as a reset.
    const socket = request.socket as typeof request.socket & { resetAndDestroy?: () => void };
    if (socket.resetAndDestroy) socket.resetAndDestroy();
    else socket.destroy();
    return;
  }
  const status = struck.fault === 'http500' ? 500 : 503;
  send(response, status, 'text/html', `<html><body>${status} Server Error</body></html>\n`);
}

/** What each body-spoiling fault does to a good reply. */
function spoil(fault: StruckFault['fault'], xml: string): string {
  if (fault === 'empty') return '';
  if (fault === 'truncated') return xml.slice(0, Math.floor(xml.length / 2));
  if (fault === 'malformed') return '<ResponseBlock Type="Live"><Response><Oper&ationResponse>';
  if (fault === 'crlf') return `\r\n${xml}`;
  return xml;
}

/** Sends the body a byte at a time, as a congested link would; stops if the client leaves. */
async function trickle(response: ServerResponse, answer: PlainAnswer, byteDelayMs: number) {
  const bytes = Buffer.from(answer.xml, 'utf8');
  response.writeHead(answer.status, { 'Content-Type': 'text/xml', 'Content-Length': bytes.length });

  for (const byte of bytes) {
    if (response.destroyed) return;
    response.write(Buffer.from([byte]));
    await sleep(byteDelayMs);
  }
  response.end();
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
