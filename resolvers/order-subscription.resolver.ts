import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { BtFeedRecord } from '../src/enta';
import { orderRefForFeedRecord } from '../src/domain';
import { mapFilter } from '../src/feeds/async-iterators';
import type { RequestContext } from '../src/server/context';
import { OrderEvent } from '../types/order.type';
import { feedEvent } from './order.mapping';

interface OrderUpdatesArgs {
  orderRef?: string | null;
}

@Resolver(() => OrderEvent)
export class OrderSubscriptionResolver {
  @Subscription(() => OrderEvent, {
    name: 'orderUpdates',
    description:
      'Order events as BT reports them, live: one shared poll of the BT feed serves every ' +
      'subscriber. Give orderRef to hear of one order only.',
    subscribe: ({ args, context }) =>
      orderEvents(
        (context as RequestContext).orderFeed.records(),
        (args as OrderUpdatesArgs).orderRef ?? undefined,
      ),
  })
  orderUpdatesLive(
    @Root() event: OrderEvent,
    @Arg('orderRef', () => ID, { nullable: true }) _orderRef?: string,
  ): OrderEvent {
    return event;
  }
}

/**
 * Feed records as order events. The live feed has no request to look numbers up in, so an
 * event is filed under the CustomerRef when it is a service reference, else the telephone
 * number, as the order-updates rule allows.
 */
function orderEvents(
  records: AsyncIterator<BtFeedRecord>,
  orderRef: string | undefined,
): AsyncIterableIterator<OrderEvent> {
  const wanted = orderRef?.trim().toUpperCase();

  return mapFilter(records, (record) => {
    const ref = orderRefForFeedRecord(
      { telephone: record.cli, customerRef: record.customerRef },
      () => undefined,
    );
    const event = ref ? feedEvent(record, ref) : null;
    return event && (!wanted || event.orderRef === wanted) ? event : null;
  });
}
