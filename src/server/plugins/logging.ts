import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../../errors';
import { isRequestFault } from '../format-error';
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
        async didEncounterErrors({ errors, operationName: givenName }) {
          const operationName = shownOperationName(givenName);
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const fields = { operationName, path: error.path, err: original };
            if (original instanceof ArgumentValidationError) {
              // Its report holds the whole input (passwords, addresses): log the verdict only.
              contextValue.logger.info({ operationName, path: error.path,
                code: 'BAD_USER_INPUT' }, 'request error: invalid input');
            } else if (original instanceof AppError) {
              const level = original.code.startsWith('UPSTREAM') ? 'warn' : 'info';
              contextValue.logger[level]({ ...fields, code: original.code }, 'request error');
            } else if ((error.extensions?.code && !error.originalError) || isRequestFault(error)) {
              contextValue.logger.info({ operationName, code: error.extensions.code },
                error.message);
            } else {
              contextValue.logger.error(fields, 'unexpected error');
            }
          }
        },

        async willSendResponse({ operationName: givenName, errors }) {
          const operationName = shownOperationName(givenName);
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

/** Operation names are the client's to choose: only short, plain ones go into our logs. */
export function shownOperationName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  return /^[A-Za-z_]\w{0,63}$/.test(name) ? name : 'other';
}
