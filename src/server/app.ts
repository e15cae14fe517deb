import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { logAuditSink, type AuditSink } from '../auth/audit';
import { createAuthenticator, type Authenticator } from '../auth/authenticate';
import { protectSchema } from '../auth/guard';
import { accessFor, scopeLoaders } from '../auth/request';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { EntaClient } from '../enta';
import { createLoaders } from '../loaders';
import type { Logger } from '../logger';
import type { RequestContext } from './context';
import { formatError } from './format-error';
import { GRAPHQL_PATH, graphqlHandler, sendError } from './http';
import { costPlugin, shapeLimits } from './limits';
import { loggingPlugin } from './plugins/logging';
import { memoryRateLimitStore, type RateLimitStore } from './rate-limit';
import { buildAppSchema } from './schema';

export interface AppOptions {
  config: Config;
  enta: EntaClient;
  clock: Clock;
  logger: Logger;
  /** Where mutations are recorded; the log by default. */
  audit?: AuditSink;
  /** Rate-limit counters; one process's memory by default. */
  rateLimitStore?: RateLimitStore;
}

export interface App {
  server: Server;
  /** `http://host:port/graphql` once listening. */
  url: string;
  close(): Promise<void>;
}

/** Wires schema, Apollo and HTTP together and starts listening on `config.port`. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const server = createServer();
  const limits = shapeLimits(config.limits);
  const rateLimitStore = options.rateLimitStore ?? memoryRateLimitStore({
    points: config.limits.rateLimitPoints, windowSeconds: config.limits.rateLimitWindowSeconds });
  const apollo = new ApolloServer<RequestContext>({
    // The access guard wraps the final schema, so every field is covered, whatever built it.
    schema: protectSchema(await buildAppSchema()),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: config.limits.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      loggingPlugin(),
      ...limits.plugins,
      costPlugin(config.limits, rateLimitStore),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      !config.limits.introspection
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    logger: apolloLogger(logger),
  });
  await apollo.start();

  const context = {
    ...options,
    authenticate: createAuthenticator(config.auth),
    audit: options.audit ?? logAuditSink(logger),
  };
  const handleGraphQL = graphqlHandler({
    apollo,
    maxBodyBytes: config.limits.maxBodyBytes,
    context: async (req) => requestContext(req, context),
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

interface ContextSources extends AppOptions {
  authenticate: Authenticator;
  audit: AuditSink;
}

async function requestContext(req: IncomingMessage, options: ContextSources):
  Promise<RequestContext> {
  const given = req.headers['x-request-id'];
  const requestId =
    typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();

  const loaders = createLoaders(options.enta);
  const access = await accessFor(req.headers, options.authenticate, loaders);
  return {
    requestId,
    logger: options.logger.child({ requestId, principal: access.principal.id,
      role: access.principal.role }),
    loaders: scopeLoaders(loaders, access),
    enta: options.enta,
    clock: options.clock,
    config: options.config,
    access,
    audit: options.audit,
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
