import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../../errors';
import type { RequestContext } from '../context';

/**
 * One `graphql.request` event per operation, and each error logged once, here: resolvers do
 * not log and rethrow. Client faults log at info, upstream and internal faults at warn/error
 * with the cause that the client's message leaves out.
 */
export function loggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = process.hrtime.bigint();

      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const fields = { operationName, path: error.path, err: original };
            if (original instanceof AppError) {
              const level = original.code.startsWith('UPSTREAM') ? 'warn' : 'info';
              contextValue.logger[level]({ ...fields, code: original.code }, 'request error');
            } else if (error.extensions?.code && !error.originalError) {
              contextValue.logger.info({ operationName, code: error.extensions.code },
                error.message);
            } else {
              contextValue.logger.error(fields, 'unexpected error');
            }
          }
        },

        async willSendResponse({ operationName, errors }) {
          const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
          contextValue.logger.info(
            { operationName, durationMs: Math.round(durationMs * 10) / 10,
              errorCount: errors?.length ?? 0 },
            'graphql.request',
          );
        },
      };
    },
  };
}
