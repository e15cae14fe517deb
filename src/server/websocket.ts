import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { GRAPHQL_PATH } from './http';

export interface SubscriptionServerOptions {
  server: Server;
  schema: GraphQLSchema;
  logger: Logger;
  /** The same context the HTTP path builds, one per subscription operation. */
  context: (requestId: string, headers: IncomingHttpHeaders) => Promise<RequestContext>;
}

/**
 * GraphQL subscriptions over the graphql-ws protocol, on the same port and path as queries.
 * Returns the function that closes every socket, for a clean shutdown.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ server: options.server, path: GRAPHQL_PATH });
  const cleanup = useServer(
    {
      schema: options.schema,
      // Credentials come in the connection's init payload, as headers would over HTTP.
      context: (ctx) => options.context(randomUUID(), credentialHeaders(ctx.connectionParams)),
      onSubscribe: (_ctx, _id, payload) => {
        options.logger.info({ operationName: payload.operationName }, 'subscription started');
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
