import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type PubSub } from 'type-graphql';
import { RESOLVERS } from '../../resolvers';
import { REFERENCE_RESOLVERS } from '../../resolvers/entities';
import { validateArgs } from './validate-args';

/** Federation 2 directives our types use; the gateway reads them from `_service.sdl`. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/**
 * type-graphql asks for a PubSub whenever the schema has subscriptions, but ours bring their
 * own event source (`subscribe`), so topics are never used: this one refuses them.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('subscriptions here bring their own source; topics are not used');
  },
  subscribe() {
    throw new Error('subscriptions here bring their own source; topics are not used');
  },
};

/**
 * Builds the executable schema: type-graphql makes it from the classes, then
 * @apollo/subgraph serves it as a Federation 2 subgraph (`_service`, `_entities`), with the
 * same resolvers — type-graphql's validation and middleware wrap each one already.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Inputs are checked by class-validator before a resolver runs; unknown values are
    // already refused by GraphQL's own type checks.
    validateFn: validateArgs,
    pubSub: NO_TOPICS,
  });

  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = { ...createResolversMap(schema) } as Record<string, object>;
  for (const [type, reference] of Object.entries(REFERENCE_RESOLVERS)) {
    resolvers[type] = { ...resolvers[type], ...reference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

export const SCHEMA_BANNER =
  '# Generated from the code by `npm run schema`; do not edit by hand.\n' +
  '# A test fails when this file and the code disagree.\n\n';

/** The SDL as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return SCHEMA_BANNER + printSchemaWithDirectives(lexicographicSortSchema(schema)) + '\n';
}
