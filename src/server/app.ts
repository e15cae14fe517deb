import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server,
  type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { logAuditSink, type AuditSink } from '../auth/audit';
import { createAuthenticator } from '../auth/authenticate';
import { protectSchema } from '../auth/guard';
import { accessFor, scopeLoaders } from '../auth/request';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { EntaClient } from '../enta';
import { BtFeedPoller } from '../feeds/bt-feed-poller';
import { createLoaders } from '../loaders';
import type { Logger } from '../logger';
import type { WriteStore } from '../store';
import { ConfigError } from '../errors';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { answerHealth, HEALTH_PATHS, type ReadinessChecks } from './health';
import { GRAPHQL_PATH, graphqlHandler, sendError } from './http';
import { costPlugin, shapeLimits } from './limits';
import { createMetrics, metricsPlugin, type Metrics } from './metrics';
import { loadManifest, manifestCache, persistedOnlyPlugin } from './persisted-operations';
import { loggingPlugin } from './plugins/logging';
import { memoryRateLimitStore, type RateLimitStore } from './rate-limit';
import { responseCachePlugin } from './response-cache';
import { buildAppSchema } from './schema';
import { startSubscriptionServer } from './websocket';

export interface AppOptions {
  config: Config;
  enta: EntaClient;
  clock: Clock;
  logger: Logger;
  /** Shared with the transport so upstream calls are counted too; created if not given. */
  metrics?: Metrics;
  /** Where mutations are recorded; the log by default. */
  audit?: AuditSink;
  /** Rate-limit counters; one process's memory by default. */
  rateLimitStore?: RateLimitStore;
  /** Idempotency keys and the audit log; the caller opens and closes it. */
  store: WriteStore;
  /** The upstream breaker's state, for `/readyz`; always closed when not given. */
  breakerState?: () => string;
}

export interface App {
  server: Server;
  /** `http://host:port/graphql` once listening. */
  url: string;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  close(): Promise<void>;
}

/** Builds a request's context from its id and the headers that carry its credentials. */
type ContextFactory = (requestId: string, headers: IncomingHttpHeaders) => Promise<RequestContext>;

/** Wires schema, Apollo, HTTP and WebSocket together and listens on `config.port`. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const metrics = options.metrics ?? createMetrics();
  const server = createServer();
  // The access guard wraps the final schema, so every field is covered, whatever built it.
  const schema = protectSchema(await buildAppSchema());
  const orderFeed = new BtFeedPoller({ enta: options.enta, intervalMs: config.orderFeedPollMs,
    logger });
  const contextFor = contextFactory(options, orderFeed);
  // Set once listening: a WebSocket server attached earlier would report a failed listen too.
  let closeSubscriptions = async (): Promise<void> => undefined;
  const limits = apolloLimits(config);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: config.limits.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    persistedQueries: limits.persistedQueries,
    plugins: [
      ...requestPlugins(options, metrics, limits.plugins),
      // We set no cache hints; Apollo's default plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo adds federated tracing to every subgraph: a trace builder made for each request,
      // and per-field timings for any caller that sends `apollo-federation-include-trace`.
      // Nothing here reports to Apollo Studio, so no gateway needs them.
      ApolloServerPluginInlineTraceDisabled(),
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
      !config.limits.introspection
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    logger: apolloLogger(logger),
  });
  await apollo.start();

  let shuttingDown = false;
  const readiness: ReadinessChecks = {
    storeOpen: () => options.store.isOpen,
    breakerState: options.breakerState ?? (() => 'closed'),
    shuttingDown: () => shuttingDown,
  };
  const handleGraphQL = graphqlHandler({
    apollo,
    maxBodyBytes: config.limits.maxBodyBytes,
    context: (req, requestId) => contextFor(requestId, req.headers),
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, { handleGraphQL, metrics, readiness }).catch((error: unknown) => {
      logger.error({ err: error }, 'request handling failed');
      if (!res.headersSent) sendError(res, 500, 'Internal server error');
      else res.destroy();
    });
  });

  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  closeSubscriptions = startSubscriptionServer({
    server, schema, logger, context: contextFor,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    maxPayloadBytes: config.limits.maxBodyBytes,
    manifest: limits.manifest,
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;

  return {
    server,
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    close: async () => {
      shuttingDown = true;
      await apollo.stop();
    },
  };
}

/** Shape limits and, with a manifest, persisted operations only. */
function apolloLimits(config: Config) {
  const limits = shapeLimits(config.limits);
  const manifest = config.persistedOperationsManifest
    ? loadManifest(config.persistedOperationsManifest)
    : undefined;

  return {
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Automatic persisted queries stay on; a manifest replaces them with a fixed list.
    persistedQueries: manifest ? { cache: manifestCache(manifest) } : undefined,
    plugins: [...(manifest ? [persistedOnlyPlugin(manifest)] : []), ...limits.plugins],
    manifest,
  };
}

function requestPlugins(
  options: AppOptions,
  metrics: Metrics,
  limitPlugins: ApolloServerPlugin<RequestContext>[],
) {
  const { config } = options;
  const rateLimitStore = options.rateLimitStore ?? memoryRateLimitStore({
    points: config.limits.rateLimitPoints, windowSeconds: config.limits.rateLimitWindowSeconds });

  const answers = config.cache.enabled && config.cache.responseTtlMs > 0
    ? [responseCachePlugin({ ttlMs: config.cache.responseTtlMs,
      maxEntries: config.cache.maxEntries })]
    : [];

  return [
    loggingPlugin(),
    metricsPlugin(metrics),
    ...limitPlugins,
    costPlugin(config.limits, rateLimitStore),
    ...answers,
  ];
}

interface Routes {
  handleGraphQL: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  metrics: Metrics;
  readiness: ReadinessChecks;
}

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === GRAPHQL_PATH) return routes.handleGraphQL(req, res);
  if (path === '/metrics') {
    res.setHeader('content-type', routes.metrics.registry.contentType);
    res.end(await routes.metrics.registry.metrics());
    return;
  }
  if (HEALTH_PATHS.includes(path)) return answerHealth(req, res, routes.readiness);
  sendError(res, 404, `Not found; GraphQL is served at ${GRAPHQL_PATH}`);
}

function contextFactory(options: AppOptions, orderFeed: BtFeedPoller): ContextFactory {
  const authenticate = createAuthenticator(options.config.auth);
  const audit = options.audit ?? logAuditSink(options.logger);

  return async (requestId, headers) => {
    const loaders = createLoaders(options.enta);
    const access = await accessFor(headers, authenticate, loaders);
    return {
      requestId,
      // The logger's mixin adds the request id to every line; a child binding would repeat it.
      logger: options.logger.child({ principal: access.principal.id,
        role: access.principal.role }),
      loaders: scopeLoaders(loaders, access),
      enta: options.enta,
      clock: options.clock,
      config: options.config,
      orderFeed,
      access,
      audit,
      principal: access.principal.id,
      writes: options.store,
    };
  };
}

/** Listens, or fails with a message that says what to change. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new ConfigError(`port ${port} on ${host} is in use: set PORT to a free port`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new ConfigError(`HOST ${host} is not an address of this machine`));
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve());
  });
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
