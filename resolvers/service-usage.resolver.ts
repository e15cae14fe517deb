import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../src/errors';
import { compareIsoDates, daysBetween, parseIsoDate } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { DateScalar } from '../types/scalars';
import { Service } from '../types/service.type';
import { UsageDay, UsageInterval } from '../types/usage.type';
import type { ServiceSource } from './service.mapping';

/** Enta keeps about 13 months of usage; a longer range is a mistake, not a big query. */
const MAX_USAGE_RANGE_DAYS = 400;

/** The Service fields that read usage: each one Enta call per distinct range, per request. */
@Resolver(() => Service)
export class ServiceUsageResolver {
  // Nullable, as every field that fans out to its own Enta call: a failure stays local.
  @FieldResolver(() => [UsageDay], {
    nullable: true,
    description: 'Daily usage for each day from `from` to `to`.',
  })
  async usage(
    @Root() s: ServiceSource,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UsageDay[]> {
    checkRange(from, to);
    return ctx.loaders.usageRange.load({ id: s.id, from, to });
  }

  @FieldResolver(() => [UsageInterval], {
    nullable: true,
    description: 'Ten-minute usage rows for one day.',
  })
  async usageDetail(
    @Root() s: ServiceSource,
    @Arg('day', () => DateScalar) day: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UsageInterval[]> {
    const rows = await ctx.loaders.usageDay.load({ id: s.id, day: parseIsoDate(day, 'day') });
    return rows.map((row) => ({ time: row.endsAt, down: row.down, up: row.up }));
  }
}

function checkRange(from: string, to: string): void {
  parseIsoDate(from, 'from');
  parseIsoDate(to, 'to');

  if (compareIsoDates(from, to) > 0) {
    throw new BadUserInputError('from must not be after to', 'from');
  }
  if (daysBetween(from, to) > MAX_USAGE_RANGE_DAYS) {
    throw new BadUserInputError(`a usage range spans at most ${MAX_USAGE_RANGE_DAYS} days`, 'to');
  }
}
