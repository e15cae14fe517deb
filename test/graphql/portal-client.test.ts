import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { addDays, firstAvailableDate, todayInLondon } from '../../src/domain';
import {
  DashboardDocument,
  EngineerSlotsDocument,
  LineCheckDocument,
  OrderProgressDocument,
  ServiceActivityDocument,
  ServiceDetailDocument,
} from '../generated/graphql';
import { postGraphQL, startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

/** How a portal calls the API with the generated documents: results typed by the operation. */
async function request<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<R> {
  const result = await postGraphQL<R>(stack.app.url, print(document), variables);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data!;
}

describe('the generated portal client', () => {
  it('runs the dashboard, service detail and line check operations ' +
    'with typed results', async () => {
    const today = todayInLondon(new Date());
    const dashboard = await request(DashboardDocument, {
      first: 3, from: addDays(today, -3), to: addDays(today, -1),
    });
    const first = dashboard.services.nodes[0];
    const detail = await request(ServiceDetailDocument, { ref: first.ref });
    const line = await request(LineCheckDocument, { cli: first.cli });

    expect(dashboard.services.nodes).toHaveLength(3);
    expect(first.usage).toHaveLength(3);
    expect(detail.service?.ref).toBe(first.ref);
    expect(detail.service?.cli).toBe(first.cli);
    expect(line.line.cli).toBe(first.cli);
  });

  it('runs the order progress, service activity and engineer slot operations', async () => {
    const today = todayInLondon(new Date());
    const progress = await request(OrderProgressDocument, { since: addDays(today, -3) });
    const activity = await request(ServiceActivityDocument, { ref: 'ADSL100001', days: 5 });
    const slots = await request(EngineerSlotsDocument, {
      cli: '020 7946 0555', from: firstAvailableDate(new Date()),
    });

    expect(progress.pendingOrders.length).toBeGreaterThan(0);
    expect(progress.orderUpdates.every((event) => event.at >= addDays(today, -3))).toBe(true);
    expect(activity.service?.sessions.length).toBeGreaterThan(0);
    expect(activity.service?.allowance.monthlyBytes).toBeGreaterThan(0);
    expect(slots.requestAppointments.state).toBe('READY');
  });
});
