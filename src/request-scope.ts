import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request a piece of work belongs to, carried through every await without being passed
 * by hand: the logger stamps each line with its id, so an upstream call's log line can be
 * found from the GraphQL request that caused it.
 */
export interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
