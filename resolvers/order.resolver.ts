import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { BtFeedRecord, PendingOrder } from '../src/enta';
import { EntaNotFoundError } from '../src/enta';
import {
  daysSince,
  normaliseUkTelephone,
  orderRefForFeedRecord,
  parseIsoDate,
  todayInLondon,
} from '../src/domain';
import { BadUserInputError } from '../src/errors';
import type { RequestContext } from '../src/server/context';
import { Order, OrderEvent } from '../types/order.type';
import { DateScalar } from '../types/scalars';
import { Service } from '../types/service.type';
import { byTime, feedEvent, fromPendingOrder, type OrderSource } from './order.mapping';
import { installEvents } from './service-activity.resolver';
import type { ServiceSource } from './service.mapping';

/** How far back Enta's GetBTFeed reaches. */
const MAX_FEED_DAYS = 365;

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => [Order], { description: 'Broadband orders not yet complete, oldest first.' })
  async pendingOrders(@Ctx() ctx: RequestContext): Promise<OrderSource[]> {
    const { orders } = await ctx.loaders.pendingOrders.load('adsl');
    return orders.flatMap((order) => fromPendingOrder(order, false) ?? []);
  }

  @Query(() => [Order], { description: 'Telephone line (PSTN) orders not yet complete.' })
  async pstnPendingOrders(@Ctx() ctx: RequestContext): Promise<OrderSource[]> {
    const { orders } = await ctx.loaders.pendingOrders.load('pstn');
    return orders.flatMap((order) => fromPendingOrder(order, true) ?? []);
  }

  @Query(() => [OrderEvent], {
    description:
      "BT's order updates since a date (London), oldest first, each under the service " +
      'reference of its line when one is known.',
  })
  async orderUpdates(
    @Arg('since', () => DateScalar) since: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderEvent[]> {
    const days = daysSince(parseIsoDate(since, 'since'), ctx.clock.now());
    if (days > MAX_FEED_DAYS) {
      throw new BadUserInputError(
        `since may be at most ${MAX_FEED_DAYS} days ago: Enta's BT feed goes back a year`, 'since');
    }
    const records = byTime(await ctx.loaders.btFeed.load(days)).filter(
      // GetBTFeed counts whole 24-hour days back from now, so it may reach into the day before.
      (record) => record.at !== null && todayInLondon(new Date(record.at)) >= since,
    );

    const refByCli = await refsByCli(records, ctx);
    return records.flatMap((record) => {
      const ref = orderRefForFeedRecord(
        { telephone: record.cli, customerRef: record.customerRef },
        (cli) => refByCli.get(cli),
      );
      return (ref && feedEvent(record, ref)) || [];
    });
  }

  @FieldResolver(() => String, { nullable: true })
  async status(@Root() o: OrderSource, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (o.status !== undefined) return o.status;
    const pending = await pendingOrder(o, ctx);
    if (pending) return pending.status;
    return (await lastInstallEvent(o, ctx))?.substatus ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  async commitDate(@Root() o: OrderSource, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (o.commitDate !== undefined) return o.commitDate;
    const pending = await pendingOrder(o, ctx);
    if (pending) return pending.commitDate;
    return (await lastInstallEvent(o, ctx))?.commitDate ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async orderType(@Root() o: OrderSource, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (o.orderType !== undefined) return o.orderType;
    return (await pendingOrder(o, ctx))?.orderType ?? null;
  }

  @FieldResolver(() => Service, { nullable: true })
  service(@Root() o: OrderSource): ServiceSource | null {
    return o.pstn ? null : { id: { ref: o.ref } };
  }

  @FieldResolver(() => [OrderEvent], { description: 'The order\'s events, oldest first.' })
  async events(@Root() o: OrderSource, @Ctx() ctx: RequestContext): Promise<OrderEvent[]> {
    if (o.pstn) return [];
    try {
      // The service's history holds all its orders (its provide, later its cease): keep this
      // order's own kind when it is known.
      const [events, orderType] = await Promise.all([
        installEvents(o.ref, ctx),
        this.orderType(o, ctx),
      ]);
      return orderType ? events.filter((event) => event.name === orderType) : events;
    } catch (error) {
      // An order Enta has not yet made a service for has no history to show.
      if (error instanceof EntaNotFoundError) return [];
      throw error;
    }
  }
}

async function pendingOrder(o: OrderSource, ctx: RequestContext): Promise<PendingOrder | null> {
  const { orders } = await ctx.loaders.pendingOrders.load(o.pstn ? 'pstn' : 'adsl');
  return orders.find((order) => order.ourRef === o.ref) ?? null;
}

async function lastInstallEvent(o: OrderSource, ctx: RequestContext) {
  if (o.pstn) return null;
  try {
    return (await ctx.loaders.install.load({ ref: o.ref })).at(-1) ?? null;
  } catch (error) {
    if (error instanceof EntaNotFoundError) return null;
    throw error;
  }
}

/**
 * Service refs by line, for naming feed records: pending orders first (a new order's line
 * may still carry an older service), then the live services, each fetched at most once per
 * request and only when a record's line is not yet known.
 */
async function refsByCli(
  records: readonly BtFeedRecord[],
  ctx: RequestContext,
): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  const lines = records.flatMap((r) => (r.cli ? [normaliseUkTelephone(r.cli) ?? r.cli] : []));
  if (lines.length === 0) return refs;

  const add = (cli: string | null | undefined, ref: string | null | undefined) => {
    const national = cli && (normaliseUkTelephone(cli) ?? cli);
    if (national && ref && !refs.has(national)) refs.set(national, ref);
  };

  const { orders } = await ctx.loaders.pendingOrders.load('adsl');
  orders.forEach((order) => add(order.cli, order.ourRef));
  if (lines.every((cli) => refs.has(cli))) return refs;

  const live = await ctx.loaders.connections.load({ status: 'live', fields: ['Ref', 'Telephone'] });
  live.forEach((row) => add(row.cli, row.ref));
  return refs;
}
