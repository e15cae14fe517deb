import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { runInRequestScope } from '../request-scope';
import type { RequestContext } from './context';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  /** Builds the per-request context once Apollo decides to execute. */
  context: (req: IncomingMessage, requestId: string) => Promise<RequestContext>;
  maxBodyBytes: number;
}

class BodyTooLargeError extends Error {}

/**
 * Apollo Server over plain node:http: read the body (bounded), hand Apollo the request in
 * its own HTTP-neutral form, and write back what it answers. Plain node:http keeps the hot
 * path short; the routes around it (health, metrics) live beside it.
 */
export function graphqlHandler(options: GraphQLHandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let raw: string;
    try {
      raw = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendError(res, 413, 'Request body too large');
      throw error;
    }

    const headers = toHeaderMap(req);
    const body = parseBody(raw, headers.get('content-type'));
    if (body instanceof SyntaxError) return sendError(res, 400, 'Request body is not valid JSON');

    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);

    const response = await runInRequestScope({ requestId }, () =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, requestId),
      }),
    );
    await writeResponse(res, response);
  };
}

/** The caller's own request id when it is a sane token, so traces join up; else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;

    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * JSON bodies are parsed here, as Apollo expects; others go through as text for Apollo to
 * refuse.
 */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (!contentType?.toLowerCase().includes('json')) return raw;
  try {
    return JSON.parse(raw);
  } catch (error) {
    return error instanceof SyntaxError ? error : new SyntaxError('bad JSON');
  }
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;

  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A GraphQL-shaped error for faults found before Apollo sees the request. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}
