import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError, getNullableType, isListType, type DocumentNode, type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { httpError } from '../auth/http-error';
import { RateLimitedError } from '../errors';
import type { RequestContext } from './context';
import type { LimitsConfig } from './limits-config';
import type { RateLimitStore } from './rate-limit';

/**
 * Fields that cost an Enta call per parent they are read on: each counts as that many plain
 * fields, so a page of services with a year of usage, notes and sessions is priced for the
 * upstream calls it makes, not only for the size of its answer.
 */
const UPSTREAM_FIELDS = new Set([
  'Service.usage', 'Service.usageDetail', 'Service.usageSummary', 'Service.usageTotals',
  'Service.allowance', 'Service.sessions', 'Service.lastAuthentication', 'Service.maxReports',
  'Service.notes', 'Service.provisioningHistory', 'Service.regradeOptions',
  'Service.openFaults', 'Service.interleavingStatus', 'Line.appointments', 'Order.events',
]);
export const UPSTREAM_CALL_COST = 10;

/**
 * Each field costs 1 plus what it selects, or UPSTREAM_CALL_COST when it calls Enta. A field
 * with a `first` argument costs its selection once per item asked for, so
 * `services(first: 100)` is a hundred times its node, and `_entities` once per representation.
 * Other lists count as one item: their length is upstream's, not the caller's, choice.
 */
export const listAwareEstimator: ComplexityEstimator = (
  { type, field, args, childComplexity },
) => {
  const own = UPSTREAM_FIELDS.has(`${type.name}.${field.name}`) ? UPSTREAM_CALL_COST : 1;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  const items = Array.isArray(args.representations)
    ? Math.max(args.representations.length, 1)
    : first;
  const multiplier = isListType(getNullableType(field.type)) || 'first' in args ? items : 1;
  return own + childComplexity * multiplier;
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
  const prices = new PriceMemo();

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          const cost = prices.get(document, operationName, request.variables, () =>
            priceOf({ schema, document, variables: request.variables,
              operationName: operationName ?? undefined }));
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

/** Variables longer than this as JSON are priced afresh each time rather than remembered. */
const MAX_MEMO_KEY_LENGTH = 2048;
/** Distinct operation and variables pairs remembered per document. */
const MAX_PRICES_PER_DOCUMENT = 64;

/**
 * Remembers each operation's price by its parsed document: Apollo's document store hands back
 * the same DocumentNode for a query it has seen, so a repeated query is priced once rather
 * than walked again on every request. A price depends only on the document, the operation and
 * the variables (a `first` may come from one), so those make the key; the schema is fixed for
 * the server's life. Documents that Apollo drops take their prices with them.
 */
class PriceMemo {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  get(document: DocumentNode, operationName: string | null, variables: unknown,
    price: () => number): number {
    const variablesJson = variables === undefined ? '' : JSON.stringify(variables);
    const key = `${operationName ?? ''}\n${variablesJson}`;
    if (key.length > MAX_MEMO_KEY_LENGTH) return price();

    let prices = this.byDocument.get(document);
    const known = prices?.get(key);
    if (known !== undefined) return known;

    // A price that throws (variables that do not fit) is not remembered: each try is refused.
    const cost = price();
    if (!prices) this.byDocument.set(document, (prices = new Map()));
    if (prices.size >= MAX_PRICES_PER_DOCUMENT) prices.clear();
    prices.set(key, cost);
    return cost;
  }
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
