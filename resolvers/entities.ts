import { EntaNotFoundError } from '../src/enta';
import { parseLineCli } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { toLine } from './line.resolver';
import type { ServiceSource } from './service.mapping';

/**
 * How a federated gateway turns a key into one of our entities. Each goes through the same
 * loaders, checks and mapping as the matching root query, so `_entities` can show no more
 * than `service`, `line` or an order query would.
 */
export const REFERENCE_RESOLVERS = {
  Service: {
    async __resolveReference(key: { ref: string }, ctx: RequestContext) {
      try {
        const account = await ctx.loaders.account.load({ ref: key.ref });
        return { id: { ref: account.ref }, account } satisfies ServiceSource;
      } catch (error) {
        if (error instanceof EntaNotFoundError) return null;
        throw error;
      }
    },
  },
  Order: {
    __resolveReference(key: { ref: string }) {
      return { ref: key.ref };
    },
  },
  Line: {
    async __resolveReference(key: { cli: string }, ctx: RequestContext) {
      const query = { cli: parseLineCli(key.cli, 'cli') };
      return toLine(await ctx.loaders.lineCheck.load(query), query, ctx.clock.now());
    },
  },
};
