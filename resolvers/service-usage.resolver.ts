import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../src/errors';
import {
  compareIsoDates,
  daysBetween,
  monthRange,
  parseIsoDate,
  summariseUsage,
} from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { DateScalar, DateTimeScalar } from '../types/scalars';
import { Service } from '../types/service.type';
import {
  Allowance,
  UsageDay,
  UsageInterval,
  UsageSummary,
  UsageTotals,
} from '../types/usage.type';
import type { ServiceSource } from './service.mapping';

/** Enta keeps about 13 months of usage; a longer range is a mistake, not a big query. */
const MAX_USAGE_RANGE_DAYS = 400;
const MAX_USAGE_RANGE_MS = MAX_USAGE_RANGE_DAYS * 24 * 60 * 60 * 1000;

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

  @FieldResolver(() => UsageSummary, {
    description: 'A calendar month summed from its daily rows (the same call as `usage`).',
  })
  async usageSummary(
    @Root() s: ServiceSource,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: RequestContext,
  ): Promise<UsageSummary> {
    const range = monthRange(year, month);
    const days = await ctx.loaders.usageRange.load({ id: s.id, ...range });
    return { year, month, ...summariseUsage(days) };
  }

  @FieldResolver(() => UsageTotals, {
    description: 'Traffic between two instants, counting the ten-minute rows wholly inside.',
  })
  async usageTotals(
    @Root() s: ServiceSource,
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UsageTotals> {
    checkInstants(from, to);
    const totals = await ctx.loaders.usageTotals.load({ id: s.id, from, to });
    return {
      from: totals.startsAt,
      to: totals.endsAt,
      download: totals.download,
      upload: totals.upload,
      peakDownload: totals.peakDownload,
      peakUpload: totals.peakUpload,
    };
  }

  @FieldResolver(() => Allowance, { description: 'The usage allowance and overuse terms.' })
  async allowance(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<Allowance> {
    const allowance = await ctx.loaders.allowance.load(s.id);
    return {
      monthlyBytes: allowance.usageAllowanceBytes,
      usedThisMonthBytes: allowance.usedThisMonthBytes,
      overuseMethod: allowance.overuseMethod,
      topupBytes: allowance.topupAllowanceBytes,
      topupRemainingBytes: allowance.topupRemainingBytes,
      maxPaygAmount: allowance.maxPaygAmount,
    };
  }
}

function checkInstants(from: string, to: string): void {
  const span = Date.parse(to) - Date.parse(from);
  if (!(span > 0)) throw new BadUserInputError('to must be after from', 'to');
  if (span > MAX_USAGE_RANGE_MS) {
    throw new BadUserInputError(`a usage range spans at most ${MAX_USAGE_RANGE_DAYS} days`, 'to');
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
