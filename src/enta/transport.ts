import axios, { AxiosInstance } from 'axios';
import { xml2js } from 'xml-js';

import { OperationName, OPERATIONS, Verb } from './catalogue';
import { ConcurrencyLimit } from './concurrency';
import { EntaUnavailableError } from './errors';
import { listElementsOf } from './list-elements';
import { buildMultipartBody } from './multipart';
import { EMPTY_REPLY, EntaReply, interpretDocument } from './reply';
import { isWholeDocument, nodeFromCompact } from './reply-tree';
import { buildRequestDocument, RequestFields } from './request-document';
import { CallOutcome, logCall, outcomeOf } from './transport-log';
import type { Logger } from '../logger';

/** How a call ended, for metrics. */
export interface CallRecord {
  readonly operation: OperationName;
  readonly outcome: CallOutcome;
  readonly durationMs: number;
}

export interface TransportOptions {
  /** Ends in `/`, e.g. `https://api.enta.net/xml/`. */
  baseUrl: string;
  username: string;
  password: string;
  apiVersion: string;
  /** Writes carry `Type="Test"` instead of `Type="Live"`. */
  testMode: boolean;
  /** For the whole call, redirects included, counted from when it leaves the queue. */
  timeoutMs: number;
  /** Per-operation overrides of `timeoutMs`. */
  operationTimeoutsMs?: Partial<Record<OperationName, number>>;
  logger: Logger;
  /** Calls beyond this many at once wait their turn; 4 when not given. */
  maxConcurrent?: number;
  onCall?: (call: CallRecord) => void;
}

export interface PostOptions {
  /** Overrides the catalogue's request type (CreateADSLOrder's migration form). */
  requestType?: string;
}

/** The one way to Enta: each call returns a checked reply or throws a typed error. */
export interface Transport {
  get(operation: OperationName, params: Record<string, string | undefined>): Promise<EntaReply>;
  post(operation: OperationName, body: RequestFields, options?: PostOptions): Promise<EntaReply>;
}

interface HttpRequest {
  method: Verb;
  url: string;
  contentType?: string;
  body?: Buffer;
}

interface HttpAnswer {
  status: number;
  text: string;
}

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const MAX_REPLY_BYTES = 20 * 1024 * 1024;

/** Creates a transport; it holds no state beyond its queue and its HTTP agent. */
export function createTransport(options: TransportOptions): Transport {
  const http = axios.create({
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    maxContentLength: MAX_REPLY_BYTES,
    headers: { Accept: 'text/xml', 'MIME-Version': '1.0' },
  });
  const limit = new ConcurrencyLimit(options.maxConcurrent ?? 4);
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const endpoint = (operation: OperationName) =>
    `${base}${options.apiVersion}/${OPERATIONS[operation].uri}.php`;

  const call = (operation: OperationName, request: HttpRequest) =>
    limit.run(() => callOnce({ http, options, operation, request }));

  return {
    get: async (operation, params) => {
      checkVerb(operation, 'GET');
      return call(operation, { method: 'GET', url: endpoint(operation) + queryString(params) });
    },

    post: async (operation, fields, postOptions = {}) => {
      checkVerb(operation, 'POST');
      const spec = OPERATIONS[operation];
      const document = buildRequestDocument(fields, {
        mode: options.testMode ? 'Test' : 'Live',
        requestType: postOptions.requestType ?? spec.requestType ?? operation,
        shortForm: spec.shortForm ?? false,
      });
      const { body, contentType } = buildMultipartBody(document);
      return call(operation, { method: 'POST', url: endpoint(operation), contentType, body });
    },
  };
}

/** Sending a read as a write (or the reverse) is a bug in an operation module. */
function checkVerb(operation: OperationName, verb: Verb): void {
  if (OPERATIONS[operation].verb !== verb) {
    throw new Error(`${operation} is not sent with ${verb}`);
  }
}

/** `?a=1&b=2`, each part URL-encoded, empty values left out; '' when nothing is left. */
export function queryString(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

interface CallContext {
  http: AxiosInstance;
  options: TransportOptions;
  operation: OperationName;
  request: HttpRequest;
}

async function callOnce(context: CallContext): Promise<EntaReply> {
  const startedAt = Date.now();
  let answer: HttpAnswer | undefined;
  let error: unknown;

  try {
    answer = await exchangeWithDeadline(context);
    return readReply(context.operation, answer);
  } catch (caught) {
    error = caught;
    throw caught;
  } finally {
    report({ context, durationMs: Date.now() - startedAt, answer, error });
  }
}

interface FinishedCall {
  context: CallContext;
  durationMs: number;
  answer?: HttpAnswer;
  error: unknown;
}

function report(call: FinishedCall): void {
  const { options, operation, request } = call.context;
  const outcome = outcomeOf(call.error);

  logCall(options.logger, {
    operation,
    method: request.method,
    durationMs: call.durationMs,
    outcome,
    httpStatus: call.answer?.status,
    body: call.error === undefined ? undefined : call.answer?.text,
  });
  options.onCall?.({ operation, outcome, durationMs: call.durationMs });
}

async function exchangeWithDeadline(context: CallContext): Promise<HttpAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = timeoutOf(context);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    return await exchange({ ...context, timeoutMs }, controller.signal);
  } catch (error) {
    if (error instanceof EntaUnavailableError) throw error;
    const unavailable = new EntaUnavailableError(
      timedOut || isTimeout(error) ? 'timeout' : 'connection',
    );
    // A refused connection sent nothing, so even a write may safely be sent again.
    unavailable.notSent = axios.isAxiosError(error) && error.code === 'ECONNREFUSED';
    throw unavailable;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends the request, following redirects ourselves: a write is resent as the same POST (as the
 * reference client does), and credentials go only to the host they were meant for.
 */
async function exchange(
  context: CallContext & { timeoutMs: number },
  signal: AbortSignal,
): Promise<HttpAnswer> {
  const { http, options, request } = context;
  const home = new URL(options.baseUrl).host;
  let url = request.url;

  for (let hop = 0; ; hop += 1) {
    const sameHost = new URL(url).host === home;
    const response = await http.request<string>({
      method: request.method,
      url,
      data: request.body,
      headers: request.contentType ? { 'Content-Type': request.contentType } : {},
      auth: sameHost ? { username: options.username, password: options.password } : undefined,
      timeout: context.timeoutMs,
      signal,
    });

    const location = response.headers.location;
    const isRedirect = REDIRECT_STATUSES.includes(response.status) && typeof location === 'string';
    if (!isRedirect || hop === MAX_REDIRECTS) {
      const text = typeof response.data === 'string' ? response.data : '';
      return { status: response.status, text };
    }
    url = new URL(location, url).href;
  }
}

function timeoutOf(context: CallContext): number {
  return context.options.operationTimeoutsMs?.[context.operation] ?? context.options.timeoutMs;
}

function isTimeout(error: unknown): boolean {
  return axios.isAxiosError(error) && ['ECONNABORTED', 'ETIMEDOUT'].includes(error.code ?? '');
}

/** The staged checks on what came back; see WIRE.md, "Envelope". */
function readReply(operation: OperationName, answer: HttpAnswer): EntaReply {
  if (answer.status < 200 || answer.status >= 300) {
    throw new EntaUnavailableError('http', answer.status);
  }

  // Enta sometimes sends a stray CRLF (or a byte-order mark) before the XML declaration.
  const text = answer.text.replace(/^[\uFEFF\s]+/, '');
  if (text === '') return EMPTY_REPLY;

  let compact: Record<string, unknown>;
  try {
    compact = xml2js(text, { compact: true, nativeType: false }) as Record<string, unknown>;
  } catch {
    throw new EntaUnavailableError('parse');
  }
  // We never want a DTD: refusing it outright closes the door on entity tricks.
  if ('_doctype' in compact || !isWholeDocument(compact)) throw new EntaUnavailableError('parse');

  return interpretDocument(nodeFromCompact('#document', compact, listElementsOf(operation)));
}
