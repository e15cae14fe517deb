import type { IncomingMessage } from 'node:http';
import { MIGRATION_ORDER_TYPE, OPERATIONS, OperationName } from '../enta/catalogue';
import { parseRequestDocument, readUpload, RequestDocument } from './document';
import { EntaReplyError, badField } from './errors';
import { elementFields, queryFields } from './fields';
import type { CallContext } from './handlers/context';
import { HANDLERS } from './handlers';
import type { SimulatorState } from './state';
import { londonDay } from './time';
import type { RecordedRequest } from './types';
import { renderError, renderReply } from './xml';

/** A reply ready to send. */
export interface Answer {
  status: number;
  xml: string;
}

/**
 * Reads the request (query or multipart document), finds the operation, runs its handler and
 * writes the envelope. Refusals become Enta error replies with HTTP 200, as Enta sends them.
 */
export async function dispatch(
  state: SimulatorState,
  request: IncomingMessage,
  url: URL,
  record: RecordedRequest,
): Promise<Answer> {
  let documentType = 'Live';
  try {
    const candidates = (Object.keys(OPERATIONS) as OperationName[]).filter(
      (name) => OPERATIONS[name].uri === record.uri,
    );
    if (candidates.length === 0) {
      request.resume();
      return { status: 404, xml: renderError(documentType, '101', `No operation ${record.uri}`) };
    }
    const verb = OPERATIONS[candidates[0]].verb;
    if (record.method !== verb) {
      request.resume();
      return { status: 405, xml: renderError(documentType, '101', `${record.uri} takes ${verb}`) };
    }

    const now = state.clock.now();
    state.settle(now);
    const context: Omit<CallContext, 'fields'> = { state, now, today: londonDay(now) };
    let operation: OperationName;
    let full: CallContext;

    if (verb === 'GET') {
      request.resume();
      operation = candidates[0];
      full = { ...context, fields: queryFields(url.searchParams) };
    } else {
      const document = await readDocument(request, record);
      documentType = document.documentType;
      operation = writeOperation(candidates, document);
      record.operation = operation;
      full = {
        ...context,
        fields: elementFields(document.operation, 'OperationResponse'),
        operation: document.operation,
        requestType: document.requestType,
      };
    }

    const handler = HANDLERS[operation];
    if (!handler) throw badField(operation, 'is not answered by this simulator');
    const reply = await handler(full);
    const xml = renderReply(
      {
        documentType,
        responseType: reply.rootLevel ? undefined : (full.requestType ?? operation),
        operationType: reply.operationType,
      },
      reply.body,
    );
    return { status: 200, xml };
  } catch (error) {
    if (!(error instanceof EntaReplyError)) throw error;
    return { status: 200, xml: renderError(documentType, error.code, error.message) };
  }
}

async function readDocument(request: IncomingMessage, record: RecordedRequest) {
  const part = await readUpload(request);
  record.body = part.text;
  record.partName = part.partName;
  record.fileName = part.fileName;
  record.partContentType = part.partContentType;

  const document = parseRequestDocument(part.text);
  record.documentType = document.documentType;
  record.requestType = document.requestType;
  return document;
}

/** The write a document asks for: its request type, in the form the catalogue expects. */
function writeOperation(candidates: OperationName[], document: RequestDocument): OperationName {
  const where = document.shortForm ? 'OperationResponse Type' : 'Response Type';
  const operation = candidates.find((name) => {
    const spec = OPERATIONS[name];
    if (spec.requestType === document.requestType) return true;
    return name === 'CreateADSLOrder' && document.requestType === MIGRATION_ORDER_TYPE;
  });
  if (!operation) {
    const expected = candidates.map((name) => OPERATIONS[name].requestType).join(' or ');
    throw badField(where, `must be ${expected}, not ${document.requestType}`);
  }

  const spec = OPERATIONS[operation];
  if (Boolean(spec.shortForm) !== document.shortForm) {
    throw badField('Response', spec.shortForm ? 'must be absent (short form)' : 'is required');
  }
  return operation;
}
