import { Transport } from '../transport';
import { LineCheck, LineCheckQuery, Rag } from '../types';
import { parseBoolean, parseInteger } from '../units';
import { WireFormatError } from '../errors';
import { EntaNode } from '../reply-tree';
import { child, optional, requireText, text } from './reading';

/** ADSLChecker: what BT says a line (by CLI) or an address (by postcode) can have. */
export async function adslChecker(
  transport: Transport,
  query: LineCheckQuery,
): Promise<LineCheck> {
  const reply = await transport.get('ADSLChecker', {
    PhoneNo: query.cli,
    PostCode: query.cli ? undefined : query.postcode,
    MACcode: query.mac,
    EUPostCode: query.endUserPostcode,
  });
  const body = reply.body;

  const mac = child(body, 'MAC');
  return {
    errorCode: requireText(body, 'ErrorCode'),
    message: text(body, 'FullMsg') ?? '',
    fixedRate: optional(child(body, 'FixedRate'), 'RAG', parseRag),
    rateAdaptive: optional(child(body, 'RateAdaptive'), 'RAG', parseRag),
    max: speedGroup(child(body, 'Max')),
    wbc: speedGroup(child(body, 'WBC')),
    mac: mac ? macCheck(mac) : null,
  };
}

function macCheck(node: EntaNode): LineCheck['mac'] {
  return {
    valid: optional(node, 'Valid', parseBoolean) ?? false,
    reasonCode: text(node, 'ReasonCode'),
  };
}

function speedGroup(node: EntaNode | undefined): LineCheck['max'] {
  if (!node) return null;
  return { rag: optional(node, 'RAG', parseRag), speedKbps: optional(node, 'Speed', parseInteger) };
}

function parseRag(value: string): Rag {
  const rag = value.trim().toUpperCase();
  if (rag === 'R' || rag === 'A' || rag === 'G') return rag;
  throw new WireFormatError('RAG value', value);
}
