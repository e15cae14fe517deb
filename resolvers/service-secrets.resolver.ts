import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../src/server/context';
import { ServicePrices } from '../types/service-prices.type';
import { Service } from '../types/service.type';
import { accountOf } from './service.resolver';
import type { ServiceSource } from './service.mapping';

/**
 * Service fields that only admins may read; `src/auth/policy.ts` says so, and the guard
 * refuses them to everyone else before these run.
 */
@Resolver(() => Service)
export class ServiceSecretsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The PPP password (admin only).' })
  async password(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await accountOf(s, ctx)).password;
  }

  @FieldResolver(() => ServicePrices, { description: 'What Enta charges for it (admin only).' })
  async prices(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<ServicePrices> {
    return (await accountOf(s, ctx)).prices;
  }
}
