import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { LineCheck } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import { parseLineCli, parsePostcode, qualifyLine } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { LineArgs } from '../types/line.args';
import { Line } from '../types/line.type';

const MAC_SHAPE = /^[A-Z]{4}\d{5,10}\/[A-Z]{2}\d{2}[A-Z]$/;

@Resolver(() => Line)
export class LineResolver {
  @Query(() => Line, {
    description: "Qualifies a line by telephone number (or postcode) with BT's checker.",
  })
  async line(@Args() args: LineArgs, @Ctx() ctx: RequestContext): Promise<Line> {
    const query = lineQuery(args);
    const check = await ctx.loaders.lineCheck.load(query);
    return toLine(check, query, ctx.clock.now());
  }
}

/** Checks and normalises the arguments: a number or a postcode, and a MAC of the right form. */
export function lineQuery(args: LineArgs): { cli?: string; postcode?: string; mac?: string } {
  if (args.cli === undefined && args.postcode === undefined) {
    throw new BadUserInputError('give the line by cli or by postcode', 'cli');
  }

  const mac = args.mac?.trim().toUpperCase();
  if (mac !== undefined && !MAC_SHAPE.test(mac)) {
    throw new BadUserInputError('mac must look like LSDA12345678/AB12C', 'mac');
  }
  return {
    cli: args.cli === undefined ? undefined : parseLineCli(args.cli, 'cli'),
    postcode: args.postcode === undefined ? undefined : parsePostcode(args.postcode, 'postcode'),
    mac,
  };
}

export function toLine(
  check: LineCheck,
  query: { cli?: string; postcode?: string; mac?: string },
  now: Date,
): Line {
  const result = qualifyLine(check, { now, macGiven: query.mac !== undefined });

  return {
    cli: query.cli ?? null,
    postcode: query.postcode ?? null,
    qualifies: result.qualifies,
    refusal: result.refusal?.reason ?? null,
    classicSpeed: result.classicSpeed,
    maxSpeed: result.maxSpeed,
    adsl2PlusSpeed: result.adsl2PlusSpeed,
    fttcDownSpeed: result.fttcDownSpeed,
    fttcUpSpeed: result.fttcUpSpeed,
    fttcPlannedDate: result.fttcPlannedDate,
    topSpeed: result.topSpeed,
    macValid: check.mac ? check.mac.valid : null,
    // Enta sends ReasonCode 0 with a valid MAC; there is no reason to show then.
    macReason: check.mac && !check.mac.valid ? check.mac.reasonCode : null,
    rag: {
      fixedRate: check.fixedRate,
      rateAdaptive: check.rateAdaptive,
      max: check.max?.rag ?? null,
      wbc: check.wbc?.rag ?? null,
    },
    message: check.message,
    firstAvailableDate: result.firstAvailableDate,
    products: result.products,
  };
}
