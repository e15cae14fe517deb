import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNullableType, isListType, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { httpError } from '../auth/http-error';
import { RateLimitedError } from '../errors';
import type { RequestContext } from './context';
import type { LimitsConfig } from './limits-config';
import type { RateLimitStore } from './rate-limit';

/**
 * Each field costs 1 plus what it selects; a field with a `first` argument costs its selection
 * once per item asked for, so `services(first: 100)` is a hundred times its node. Lists without
 * `first` count as one item: their length is upstream's, not the caller's, choice.
 */
export const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  const multiplier = isListType(getNullableType(field.type)) || 'first' in args ? first : 1;
  return 1 + childComplexity * multiplier;
};

/**
 * Shape limits checked while the query is parsed and validated: graphql-armor's depth, alias
 * and directive rules, and graphql-js's own token limit in the parser (armor's token plugin
 * throws from a hook, which Apollo answers as a 500).
 */
export function shapeLimits(limits: LimitsConfig): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<RequestContext>[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Our own cost rule below reads `first`, which armor's does not.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules: [...(validationRules as ValidationRule[]), knownOperationTypes],
    plugins: plugins as ApolloServerPlugin<RequestContext>[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** A subscription (or mutation) where the schema has none is refused at validation, not run. */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations`,
        { nodes: [node] }));
    }
  },
});

/**
 * Prices the operation once it is resolved and before anything runs: over `maxCost` is refused,
 * otherwise the cost is taken from the caller's rate allowance, so that aliases and big pages
 * are paid for. Refusals answer 400 or 429 with `retryAfterSeconds` and a Retry-After header.
 */
export function costPlugin(limits: LimitsConfig, store: RateLimitStore):
  ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          const cost = priceOf({ schema, document, variables: request.variables,
            operationName: operationName ?? undefined });
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `query cost ${cost} is over the limit of ${limits.maxCost}; ask for fewer items`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: limits.maxCost,
                http: { status: 400 } } },
            );
          }

          const { principal } = contextValue.access;
          const decision = await store.consume(`${principal.kind}:${principal.id}`, cost);
          if (!decision.allowed) {
            const seconds = decision.retryAfterSeconds;
            throw httpError(new RateLimitedError(seconds), 429, { 'retry-after': String(seconds) });
          }
        },
      };
    },
  };
}

function priceOf(options: Omit<Parameters<typeof getComplexity>[0], 'estimators' | 'query'> &
  { document: Parameters<typeof getComplexity>[0]['query'] }): number {
  try {
    return Math.max(1, getComplexity({ ...options, query: options.document,
      estimators: [listAwareEstimator] }));
  } catch (error) {
    // Variables that do not fit the operation: refused the way execution would refuse them.
    const message = error instanceof GraphQLError ? error.message : 'invalid variables';
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT',
      http: { status: 400 } } });
  }
}
