import { EntaNotFoundError } from '../src/enta';
import { parseLineCli } from '../src/domain';
import { BadUserInputError, ForbiddenError } from '../src/errors';
import type { RequestContext } from '../src/server/context';
import { toLine } from './line.resolver';
import type { ServiceSource } from './service.mapping';

/**
 * How a federated gateway turns a key into one of our entities. Each goes through the same
 * loaders, checks and mapping as the matching root query, so `_entities` can show no more
 * than `service`, `line` or an order query would: a customer reaches only its own services
 * and orders, and no line checks (staff only, as `Query.line`).
 */
export const REFERENCE_RESOLVERS = {
  Service: {
    async __resolveReference(key: { ref?: unknown }, ctx: RequestContext) {
      const ref = keyOf(key.ref, 'ref');
      try {
        const account = await ctx.loaders.account.load({ ref });
        return { id: { ref: account.ref }, account } satisfies ServiceSource;
      } catch (error) {
        if (error instanceof EntaNotFoundError) return null;
        throw error;
      }
    },
  },
  Order: {
    async __resolveReference(key: { ref?: unknown }, ctx: RequestContext) {
      const ref = keyOf(key.ref, 'ref');
      // An order shares its ref with its service, and is visible exactly when that is.
      return (await ctx.access.serviceVisible({ id: { ref } })) ? { ref } : null;
    },
  },
  Line: {
    async __resolveReference(key: { cli?: unknown }, ctx: RequestContext) {
      if (ctx.access.scoped) throw new ForbiddenError('line checks are for reseller staff');
      const query = { cli: parseLineCli(keyOf(key.cli, 'cli'), 'cli') };
      return toLine(await ctx.loaders.lineCheck.load(query), query, ctx.clock.now());
    },
  },
};

/** A key field as a gateway must send it: a short string. */
function keyOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 40) {
    throw new BadUserInputError(`an entity representation needs its key field ${field}`, field);
  }
  return field === 'ref' ? value.toUpperCase() : value;
}
