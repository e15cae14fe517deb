import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { FaultPeriod, HeavyUser as EntaHeavyUser } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import { compareIsoDates, parseIsoDate, todayInLondon } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { BtFault } from '../types/activity.type';
import { BlockedService, BtFeedEvent, HeavyUser } from '../types/report.type';
import { DateScalar } from '../types/scalars';
import { Service } from '../types/service.type';
import { NEW_USERNAME, NEW_USERNAME_MESSAGE } from '../types/validation';
import { byTime } from './order.mapping';
import type { ServiceSource } from './service.mapping';

/** GetBTFeed keeps a year. */
const MAX_FEED_DAYS = 365;

/** Lists across all of the reseller's services; each one Enta call per request. */
@Resolver()
export class ReportsResolver {
  @Query(() => [BtFeedEvent], {
    description: "BT's order feed over the last `days` days, oldest first.",
  })
  async btFeed(
    @Arg('days', () => Int) days: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BtFeedEvent[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_FEED_DAYS) {
      throw new BadUserInputError(`days must be from 1 to ${MAX_FEED_DAYS}`, 'days');
    }

    const records = byTime(await ctx.loaders.btFeed.load(days));
    return records.map((record) => ({
      at: record.at,
      cli: record.cli,
      customerRef: record.customerRef,
      orderType: record.orderType,
      status: record.substatus,
      commitDate: record.commitDate,
    }));
  }

  @Query(() => [Service], { description: 'Services whose speed Enta is limiting now.' })
  async rateLimitedServices(@Ctx() ctx: RequestContext): Promise<ServiceSource[]> {
    const limited = await ctx.loaders.rateLimited.load('Ref');
    return limited.map((entry) => ({ id: entry.service }));
  }

  @Query(() => [BlockedService], { description: 'Services Enta has blocked, with the reason.' })
  async blockedServices(@Ctx() ctx: RequestContext) {
    const blocked = await ctx.loaders.blocked.load('Ref');
    return blocked.map((entry) => ({
      service: { id: entry.service } satisfies ServiceSource,
      reason: entry.reason,
    }));
  }

  @Query(() => [BtFault], {
    description: 'Faults reported to BT on one day, or from one day to another; today if neither.',
  })
  async btFaults(
    @Arg('day', () => DateScalar, { nullable: true }) day: string | undefined,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | undefined,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<BtFault[]> {
    const period = faultPeriod({ day, from, to }, ctx.clock.now());
    return (await ctx.loaders.btFaults.load(period)).faults;
  }

  @Query(() => [HeavyUser], { description: 'Services whose last 30 days exceed their allowance.' })
  async heavyUsers(@Ctx() ctx: RequestContext) {
    const users = await ctx.loaders.heavyUsers.load('all');
    return users.map((user) => ({
      service: user.ref ? heavyUserService(user) : null,
      usageBytes: user.usageBytes,
      allowanceBytes: user.allowanceBytes,
    }));
  }

  @Query(() => Boolean, { description: 'True when a new service may take this username.' })
  async usernameAvailable(
    @Arg('username') username: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    const wanted = username.trim().toLowerCase();
    if (!NEW_USERNAME.test(wanted)) {
      throw new BadUserInputError(`username ${NEW_USERNAME_MESSAGE}`, 'username');
    }
    return ctx.loaders.usernameAvailable.load(wanted);
  }
}

/** The row names the service three ways, so those Service fields need no further call. */
function heavyUserService(user: EntaHeavyUser): ServiceSource {
  const ref = user.ref!;
  const summary = { ref, username: user.username ?? undefined, cli: user.cli ?? undefined };
  return { id: { ref }, summary };
}

/** One day or a range, never both; a range needs both ends. */
function faultPeriod(
  args: { day?: string; from?: string; to?: string },
  now: Date,
): FaultPeriod {
  const { day, from, to } = args;
  if (day != null) {
    if (from != null || to != null) {
      throw new BadUserInputError('give either day, or from and to', 'day');
    }
    return { day: parseIsoDate(day, 'day') };
  }

  if (from == null && to == null) return { day: todayInLondon(now) };
  if (from == null) throw new BadUserInputError('from is needed with to', 'from');
  if (to == null) throw new BadUserInputError('to is needed with from', 'to');
  if (compareIsoDates(parseIsoDate(from, 'from'), parseIsoDate(to, 'to')) > 0) {
    throw new BadUserInputError('from must not be after to', 'from');
  }
  return { from, to };
}
