import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { addDays, todayInLondon } from '../../src/domain';
import { DashboardDocument, LineCheckDocument, ServiceDetailDocument } from '../generated/graphql';
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
  it('runs the dashboard, service detail and line check operations with typed results', async () => {
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
});
