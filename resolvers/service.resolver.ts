import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Account, ConnectionSummary } from '../src/enta';
import { EntaNotFoundError } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import { resolveServiceId } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { ServiceIdArgs, ServicesArgs } from '../types/service.args';
import { ServiceConnection } from '../types/service-connection.type';
import { Contact, LineFeatures, Mac, Service, ServiceStatus } from '../types/service.type';
import { columnsFor, decodeCursor, encodeCursor, pageOf } from './service-page';
import { selectedFieldsAt } from './selection';
import {
  toCareLevel,
  toInterleaving,
  toServiceStatus,
  toStabilityOption,
  type ServiceSource,
} from './service.mapping';

const DEFAULT_PAGE_SIZE = 20;

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, {
    nullable: true,
    description: 'One service, named by exactly one of ref, username or cli; null if unknown.',
  })
  async service(@Args() args: ServiceIdArgs, @Ctx() ctx: RequestContext) {
    const id = resolveServiceId(args);
    try {
      const account = await ctx.loaders.account.load(id);
      return { id: { ref: account.ref }, account } satisfies ServiceSource;
    } catch (error) {
      if (error instanceof EntaNotFoundError) return null;
      throw error;
    }
  }

  @Query(() => ServiceConnection, { description: 'Live or ceased services, a page at a time.' })
  async services(
    @Args() args: ServicesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const status = listStatus(args.status);
    const afterRef = args.after == null ? undefined : decodeCursor(args.after);
    const selected = new Set([
      ...selectedFieldsAt(info, ['edges', 'node']),
      ...selectedFieldsAt(info, ['nodes']),
    ]);

    const rows = await ctx.loaders.connections.load({ status, fields: columnsFor(selected) });
    const page = pageOf(rows, args.first ?? DEFAULT_PAGE_SIZE, afterRef);
    const edges = page.items.map((node) => ({ cursor: encodeCursor(node.summary!.ref!), node }));

    return {
      edges,
      nodes: page.items,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @FieldResolver()
  ref(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    if ('ref' in s.id) return s.id.ref;
    return field(s, ctx, (row) => row.ref, (a) => a.ref);
  }

  @FieldResolver()
  username(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return field(s, ctx, (row) => row.username, (a) => a.username);
  }

  @FieldResolver()
  cli(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return field(s, ctx, (row) => row.cli, (a) => a.cli);
  }

  @FieldResolver()
  async status(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return toServiceStatus(await field(s, ctx, (row) => row.status, (a) => a.status));
  }

  @FieldResolver()
  async live(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    const status = await this.status(s, ctx);
    // A ceasing service still carries traffic until its cease date.
    return status === ServiceStatus.LIVE || status === ServiceStatus.CEASING;
  }

  @FieldResolver()
  technology(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return field(s, ctx, (row) => row.connectionType, (a) => a.connectionType);
  }

  @FieldResolver()
  productId(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return field(s, ctx, (row) => row.product, (a) => a.product);
  }

  @FieldResolver()
  ipAddress(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return field(s, ctx, (row) => row.ipAddress, (a) => a.ipAddress);
  }

  @FieldResolver()
  activationDate(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return field(s, ctx, (row) => row.provisionDate, (a) => a.provisionDate);
  }

  @FieldResolver()
  async ceaseDate(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return (await accountOf(s, ctx)).ceaseDate?.slice(0, 10) ?? null;
  }

  @FieldResolver()
  async careLevel(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return toCareLevel((await accountOf(s, ctx)).lineFeatures.maintenanceCategory);
  }

  @FieldResolver()
  async interleaving(@Root() s: ServiceSource, @Ctx() ctx: RequestContext) {
    return toInterleaving((await accountOf(s, ctx)).lineFeatures.interleaving);
  }

  @FieldResolver(() => LineFeatures, { nullable: true })
  async lineFeatures(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<LineFeatures> {
    const features = (await accountOf(s, ctx)).lineFeatures;
    return {
      interleaving: toInterleaving(features.interleaving),
      stabilityOption: toStabilityOption(features.stabilityOption),
      elevatedBestEfforts: features.elevatedBestEfforts,
      careLevel: toCareLevel(features.maintenanceCategory),
      upstream: features.upstream,
    };
  }

  @FieldResolver(() => Contact, { nullable: true })
  async contact(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<Contact> {
    const { contact } = await accountOf(s, ctx);
    return {
      email: contact.email,
      telephoneDay: contact.telDay,
      telephoneEvening: contact.telEve,
    };
  }

  @FieldResolver(() => Mac, { nullable: true })
  async mac(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<Mac | null> {
    const account = await accountOf(s, ctx);
    return account.mac ? { code: account.mac, expiresAt: account.macExpires } : null;
  }
}

/** The whole account: already at hand, or loaded once for the request. */
export function accountOf(s: ServiceSource, ctx: RequestContext): Promise<Account> | Account {
  return s.account ?? ctx.loaders.account.load(s.id);
}

/** A field the list row may already hold; the account answers when it does not. */
async function field<T>(
  s: ServiceSource,
  ctx: RequestContext,
  fromRow: (row: ConnectionSummary) => T | undefined,
  fromAccount: (account: Account) => T,
): Promise<T> {
  if (s.account) return fromAccount(s.account);

  const fromSummary = s.summary ? fromRow(s.summary) : undefined;
  if (fromSummary !== undefined) return fromSummary;
  return fromAccount(await ctx.loaders.account.load(s.id));
}

function listStatus(status: ServiceStatus): 'live' | 'ceased' {
  if (status === ServiceStatus.LIVE) return 'live';
  if (status === ServiceStatus.CEASED) return 'ceased';
  const where = status === ServiceStatus.CEASING
    ? 'ceasing services are listed under LIVE until their cease date'
    : 'services not yet installed are in pendingOrders';
  throw new BadUserInputError(`services lists LIVE or CEASED services; ${where}`, 'status');
}
