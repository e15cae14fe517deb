import type { NonEmptyArray } from 'type-graphql';
import { LineFeaturesResolver } from './line-features.resolver';
import { LineResolver } from './line.resolver';
import { OrderResolver } from './order.resolver';
import { ReferenceResolver } from './reference.resolver';
import { ServiceSecretsResolver } from './service-secrets.resolver';
import { ServiceUsageResolver } from './service-usage.resolver';
import { ServiceResolver } from './service.resolver';

/** Every resolver class in the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [
  ServiceResolver,
  ServiceUsageResolver,
  LineResolver,
  LineFeaturesResolver,
  OrderResolver,
  ReferenceResolver,
  ServiceSecretsResolver,
];
