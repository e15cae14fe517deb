import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { rolesForField } from '../auth/policy';
import type { Logger } from '../logger';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { GRAPHQL_PATH } from './http';
import type { OperationManifest } from './persisted-operations';

export interface SubscriptionServerOptions {
  server: Server;
  schema: GraphQLSchema;
  logger: Logger;
  /** The same context the HTTP path builds, one per subscription operation. */
  context: (requestId: string, headers: IncomingHttpHeaders) => Promise<RequestContext>;
  /** The shape limits HTTP requests are held to (depth, aliases, tokens, cost). */
  validationRules: readonly ValidationRule[];
  parseOptions: { maxTokens: number };
  /** Largest message accepted, as for HTTP bodies. */
  maxPayloadBytes: number;
  /** With a manifest, only its operations may be subscribed to. */
  manifest?: OperationManifest;
}

/**
 * GraphQL subscriptions over the graphql-ws protocol, on the same port and path as queries.
 * Only subscriptions: queries and mutations go over HTTP, where rate limits, cost accounting
 * and CSRF protection stand. Each subscription is checked as an HTTP request would be
 * (credentials, limits, manifest, who may subscribe) before anything runs. Returns the
 * function that closes every socket, for a clean shutdown.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): () => Promise<void> {
  const sockets = new WebSocketServer({
    server: options.server,
    path: GRAPHQL_PATH,
    maxPayload: options.maxPayloadBytes,
    verifyClient: ({ req }: { req: IncomingMessage }) => sameOrigin(req),
  });
  const cleanup = useServer(
    {
      schema: options.schema,
      // Credentials come in the connection's init payload, as headers would over HTTP.
      context: (ctx) => options.context(randomUUID(), credentialHeaders(ctx.connectionParams)),
      onConnect: async (ctx) => {
        try {
          await options.context(randomUUID(), credentialHeaders(ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const refusal = await refuse(options, payload, credentialHeaders(ctx.connectionParams));
        if (refusal) return [refusal];
        options.logger.info({ operationName: payload.operationName }, 'subscription started');
        return undefined;
      },
      // Events pass through the same error formatter as HTTP answers, so nothing leaks here.
      onNext: (_ctx, _id, _payload, _args, result) => masked(result as ExecutionResult),
    },
    sockets,
  );

  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}

/** Why a subscribe message may not run, as a client-safe error; undefined when it may. */
async function refuse(
  options: SubscriptionServerOptions,
  payload: { query: string },
  headers: IncomingHttpHeaders,
): Promise<GraphQLError | undefined> {
  const hash = createHash('sha256').update(payload.query).digest('hex');
  if (options.manifest && !options.manifest.has(hash)) {
    return clientError('Only the operations in the persisted manifest are served',
      'PERSISTED_QUERY_NOT_SUPPORTED');
  }

  let document;
  try {
    document = parse(payload.query, options.parseOptions);
  } catch (error) {
    return clientError((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const problems = validate(options.schema, document,
    [...specifiedRules, ...options.validationRules]);
  if (problems.length > 0) return clientError(problems[0].message, 'GRAPHQL_VALIDATION_FAILED');

  const operation = getOperationAST(document);
  if (operation?.operation !== 'subscription') {
    return clientError('Over WebSocket only subscriptions run; send queries and mutations by HTTP',
      'BAD_REQUEST');
  }
  const { access } = await options.context(randomUUID(), headers);
  const fields = operation.selectionSet.selections.flatMap((s) =>
    s.kind === 'Field' ? [s.name.value] : []);
  if (fields.some((field) => !rolesForField('Subscription', field)
    .includes(access.principal.role))) {
    return clientError('You may not subscribe to this', 'FORBIDDEN');
  }
  return undefined;
}

function clientError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Browsers send Origin on every WebSocket, and no CSRF token: a page on another site must not
 * be able to act with a user's access. Clients that are not browsers send no Origin.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function masked(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => formatError(error.toJSON(), error)) as never,
  };
}

/** `{ authorization, "x-api-key" }` from the init payload, in any case, as header names. */
function credentialHeaders(params: Record<string, unknown> | undefined): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const lower = name.toLowerCase();
    if ((lower === 'authorization' || lower === 'x-api-key') && typeof value === 'string') {
      headers[lower] = value;
    }
  }
  return headers;
}
