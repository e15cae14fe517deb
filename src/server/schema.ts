import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from '../../resolvers';
import { validateArgs } from './validate-args';

/** Builds the executable schema from the type-graphql classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Inputs are checked by class-validator before a resolver runs; unknown values are
    // already refused by GraphQL's own type checks.
    validateFn: validateArgs,
  });
}

export const SCHEMA_BANNER =
  '# Generated from the code by `npm run schema`; do not edit by hand.\n' +
  '# A test fails when this file and the code disagree.\n\n';

/** The SDL as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
