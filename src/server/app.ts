import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { EntaClient } from '../enta';
import { createLoaders } from '../loaders';
import type { Logger } from '../logger';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { GRAPHQL_PATH, graphqlHandler, sendError } from './http';
import { loggingPlugin } from './plugins/logging';
import { buildAppSchema } from './schema';

export interface AppOptions {
  config: Config;
  enta: EntaClient;
  clock: Clock;
  logger: Logger;
}

export interface App {
  server: Server;
  /** `http://host:port/graphql` once listening. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Wires schema, Apollo and HTTP together and starts listening on `config.port`. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const server = createServer();
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      loggingPlugin(),
      // We set no cache hints; Apollo's default plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    logger: apolloLogger(logger),
  });
  await apollo.start();

  const handleGraphQL = graphqlHandler({
    apollo,
    maxBodyBytes: MAX_BODY_BYTES,
    context: async (req) => requestContext(req, options),
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, handleGraphQL).catch((error: unknown) => {
      logger.error({ err: error }, 'request handling failed');
      if (!res.headersSent) sendError(res, 500, 'Internal server error');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;

  return {
    server,
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    close: () => apollo.stop(),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  handleGraphQL: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === GRAPHQL_PATH) return handleGraphQL(req, res);
  if (path === '/healthz') {
    res.setHeader('content-type', 'application/json');
    res.end('{"status":"ok"}');
    return;
  }
  sendError(res, 404, `Not found; GraphQL is served at ${GRAPHQL_PATH}`);
}

function requestContext(req: IncomingMessage, options: AppOptions): RequestContext {
  const given = req.headers['x-request-id'];
  const requestId =
    typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();

  return {
    requestId,
    logger: options.logger.child({ requestId }),
    loaders: createLoaders(options.enta),
    enta: options.enta,
    clock: options.clock,
    config: options.config,
  };
}

/** Apollo's own messages through our logger, so they stay one JSON event per line. */
function apolloLogger(logger: Logger) {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message: string) => child.debug(message),
    info: (message: string) => child.info(message),
    warn: (message: string) => child.warn(message),
    error: (message: string) => child.error(message),
  };
}
