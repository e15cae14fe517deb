import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { EntaClient } from '../enta';
import { createLoaders } from '../loaders';
import type { Logger } from '../logger';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { GRAPHQL_PATH, graphqlHandler, sendError } from './http';
import { loggingPlugin } from './plugins/logging';
import { createMetrics, metricsPlugin, type Metrics } from './metrics';
import { loadManifest, manifestCache, persistedOnlyPlugin } from './persisted-operations';
import { buildAppSchema } from './schema';
import { startSubscriptionServer } from './websocket';
import { BtFeedPoller } from '../feeds/bt-feed-poller';

export interface AppOptions {
  config: Config;
  enta: EntaClient;
  clock: Clock;
  logger: Logger;
  /** Shared with the transport so upstream calls are counted too; created if not given. */
  metrics?: Metrics;
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
  const metrics = options.metrics ?? createMetrics();
  const manifest = config.persistedOperationsManifest
    ? loadManifest(config.persistedOperationsManifest)
    : undefined;
  const server = createServer();
  const schema = await buildAppSchema();
  const orderFeed = new BtFeedPoller({
    enta: options.enta,
    intervalMs: config.orderFeedPollMs,
    logger,
  });
  const contextFor = (requestId: string) => requestContext(requestId, options, orderFeed);
  const closeSubscriptions = startSubscriptionServer({ server, schema, logger, context: contextFor });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Automatic persisted queries stay on; a manifest replaces them with a fixed list.
    persistedQueries: manifest ? { cache: manifestCache(manifest) } : undefined,
    plugins: [
      ...(manifest ? [persistedOnlyPlugin(manifest)] : []),
      loggingPlugin(),
      metricsPlugin(metrics),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              orderFeed.stop();
              await closeSubscriptions();
            },
          };
        },
      },
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
    context: async (_req, requestId) => contextFor(requestId),
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, { handleGraphQL, metrics }).catch((error: unknown) => {
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

interface Routes {
  handleGraphQL: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  metrics: Metrics;
}

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === GRAPHQL_PATH) return routes.handleGraphQL(req, res);
  if (path === '/metrics') {
    res.setHeader('content-type', routes.metrics.registry.contentType);
    res.end(await routes.metrics.registry.metrics());
    return;
  }
  if (path === '/healthz') {
    res.setHeader('content-type', 'application/json');
    res.end('{"status":"ok"}');
    return;
  }
  sendError(res, 404, `Not found; GraphQL is served at ${GRAPHQL_PATH}`);
}

function requestContext(
  requestId: string,
  options: AppOptions,
  orderFeed: BtFeedPoller,
): RequestContext {
  return {
    requestId,
    // The logger's mixin adds the request id to every line; a child binding would repeat it.
    logger: options.logger,
    loaders: createLoaders(options.enta),
    enta: options.enta,
    clock: options.clock,
    config: options.config,
    orderFeed,
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
