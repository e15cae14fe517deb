import { oneWorkingDayLater } from './calendar';
import type { OrderStage, SimOrder } from './model';
import type { SimulatorState } from './state';

/**
 * The order engine. An order is acknowledged when placed, committed one working day later
 * (its commit date is the provision date) and completed at the start of its provision date.
 * Each stage adds a BT feed record and, for a service's own orders, an install return.
 */

interface Transition {
  order: SimOrder;
  stage: OrderStage;
  at: Date;
}

/** Adds an order; it is acknowledged by the next settle, normally the same request. */
export function addOrder(state: SimulatorState, order: Omit<SimOrder, 'status'>): SimOrder {
  const added: SimOrder = { ...order, status: 'PLACED' };
  state.orders.push(added);
  return added;
}

/** Applies every stage change due by `now`, strictly oldest first across all orders. */
export function settleOrders(state: SimulatorState, now: Date): void {
  const pending = state.orders
    .map(nextTransition)
    .filter((step): step is Transition => step !== undefined && step.at <= now);

  while (pending.length > 0) {
    let earliest = 0;
    for (let index = 1; index < pending.length; index++) {
      if (pending[index].at < pending[earliest].at) earliest = index;
    }
    const [step] = pending.splice(earliest, 1);
    apply(state, step);

    // The same order's next stage may already be due too.
    const next = nextTransition(step.order);
    if (next && next.at <= now) pending.push(next);
  }
}

function nextTransition(order: SimOrder): Transition | undefined {
  // An order for a date already begun (a cease for today) runs its stages at once.
  const completeAt = later(order.provisionDate, order.placedAt);
  if (order.status === 'PLACED') return { order, stage: 'ACKNOWLEDGED', at: order.placedAt };

  if (order.status === 'ACKNOWLEDGED') {
    const commitAt = oneWorkingDayLater(order.placedAt);
    return { order, stage: 'COMMITTED', at: commitAt < completeAt ? commitAt : completeAt };
  }
  if (order.status === 'COMMITTED') return { order, stage: 'COMPLETED', at: completeAt };
  return undefined;
}

function apply(state: SimulatorState, { order, stage, at }: Transition): void {
  order.status = stage;
  if (stage === 'COMMITTED') order.commitDate = order.provisionDate;

  state.feed.push({
    telephone: order.telephone,
    customerRef: order.ourRef,
    orderType: order.orderType,
    subStatus: stage,
    commitDate: order.commitDate,
    timestamp: at,
  });
  if (order.kind !== 'pstn') {
    state.installReturns.push({
      ref: order.ourRef,
      dateReceived: at,
      orderType: order.orderType,
      substatus: stage,
      commitDate: order.commitDate,
    });
  }
  updateService(state, order, stage, at);
}

function updateService(state: SimulatorState, order: SimOrder, stage: OrderStage, at: Date) {
  const service = state.services.get(order.ourRef);
  if (!service || order.kind === 'pstn') return;

  if (order.kind === 'cease') {
    if (stage === 'ACKNOWLEDGED') {
      service.status = 'Ceasing';
      service.ceaseDate = order.provisionDate;
    }
    if (stage === 'COMPLETED') service.status = 'Ceased';
    return;
  }
  if (stage === 'COMPLETED') {
    service.status = 'Installed';
    service.provisionDate = at;
    service.activatedAt = at;
  }
}

const later = (a: Date, b: Date) => (a > b ? a : b);
