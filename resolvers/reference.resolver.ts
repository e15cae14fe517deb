import { Ctx, Query, Resolver } from 'type-graphql';
import { firstAvailableDate } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { DateScalar } from '../types/scalars';

/** Facts that need no upstream call. */
@Resolver()
export class ReferenceResolver {
  @Query(() => DateScalar, {
    description:
      'The earliest date an order, cease or appointment may ask for: seven days on, then the ' +
      'next working day in England and Wales.',
  })
  firstAvailableDate(@Ctx() ctx: RequestContext): string {
    return firstAvailableDate(ctx.clock.now());
  }

  @Query(() => String, { description: "Where Enta's terms and conditions are published." })
  termsAndConditionsUrl(@Ctx() ctx: RequestContext): string {
    return ctx.config.termsAndConditionsUrl;
  }
}
