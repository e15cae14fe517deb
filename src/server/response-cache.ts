import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from './context';

export interface ResponseCacheOptions {
  /** How long an answer may be served again; short, as Enta can change behind our back. */
  ttlMs: number;
  maxEntries: number;
}

type Data = Record<string, unknown>;

/**
 * Whole answers to repeated identical queries, for a few seconds. A portal polling the same
 * dashboard is served without running a resolver, while everything around execution still
 * happens: authentication, limits, cost charged to the caller, logs and metrics.
 *
 * The key holds who asks (principal, role and the services a customer may see), so no caller
 * is served another's answer. Only error-free query answers are kept, and every mutation
 * through this server empties the cache before its answer is sent, so a read after a write
 * never shows what was there before it.
 */
export function responseCachePlugin(
  options: ResponseCacheOptions,
): ApolloServerPlugin<RequestContext> {
  const answers = new LRUCache<string, Data>({ max: options.maxEntries, ttl: options.ttlMs });
  // Bumped when a mutation starts and ends: a query that overlapped one stores nothing.
  let generation = 0;
  const forgetAll = () => {
    generation += 1;
    answers.clear();
  };

  return {
    async requestDidStart() {
      let key: string | undefined;
      let startedIn = generation;
      let served = false;

      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          if (request.operation.operation === 'mutation') forgetAll();
          if (request.operation.operation !== 'query' || !request.queryHash) return null;
          startedIn = generation;
          key = keyOf(request.contextValue, request.queryHash, request.request.operationName,
            request.request.variables);

          const data = answers.get(key);
          if (data === undefined) return null;
          served = true;
          return { http: request.response.http, body: { kind: 'single', singleResult: { data } } };
        },

        async willSendResponse(request) {
          if (request.operation?.operation === 'mutation') {
            forgetAll();
            return;
          }
          const { body } = request.response;
          if (served || key === undefined || body.kind !== 'single') return;
          if (generation !== startedIn) return;
          if (body.singleResult.errors?.length || !body.singleResult.data) return;
          // Negative answers (a service that does not exist yet) are not kept, as upstream.
          if (Object.values(body.singleResult.data).some((value) => value === null)) return;
          answers.set(key, body.singleResult.data as Data);
        },
      };
    },
  };
}

function keyOf(
  ctx: RequestContext,
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  const { principal } = ctx.access;
  const scope = principal.role === 'customer' ? JSON.stringify(principal.services) : '';
  return JSON.stringify([principal.kind, principal.id, principal.role, scope, queryHash,
    operationName ?? '', variables ?? {}]);
}
