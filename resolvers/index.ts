import type { NonEmptyArray } from 'type-graphql';
import { AppointmentResolver } from './appointment.resolver';
import { LineFeaturesResolver } from './line-features.resolver';
import { LineResolver } from './line.resolver';
import { OrderPlacingResolver } from './order-placing.resolver';
import { OrderResolver } from './order.resolver';
import { OrderSubscriptionResolver } from './order-subscription.resolver';
import { ReferenceResolver } from './reference.resolver';
import { ReportsResolver } from './reports.resolver';
import { ServiceActivityResolver } from './service-activity.resolver';
import { ServiceChangeResolver } from './service-change.resolver';
import { ServiceLineResolver } from './service-line.resolver';
import { ServiceSecretsResolver } from './service-secrets.resolver';
import { ServiceUsageResolver } from './service-usage.resolver';
import { ServiceResolver } from './service.resolver';

/** Every resolver class in the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [
  ServiceResolver,
  ServiceUsageResolver,
  ServiceActivityResolver,
  ServiceLineResolver,
  ServiceChangeResolver,
  LineResolver,
  LineFeaturesResolver,
  AppointmentResolver,
  OrderResolver,
  OrderSubscriptionResolver,
  OrderPlacingResolver,
  ReportsResolver,
  ReferenceResolver,
  ServiceSecretsResolver,
];
