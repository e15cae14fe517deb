import DataLoader from 'dataloader';

/**
 * A DataLoader over an upstream call that has no batch form at Enta: the batch function makes
 * one call per distinct key, all at once, and returns each result or error in key order.
 * What it buys is de-duplication within a request: two fields asking for the same call with
 * the same arguments share one upstream request.
 */
export function callLoader<A, R>(
  call: (args: A) => Promise<R>,
  keyOf: (args: A) => string,
): DataLoader<A, R, string> {
  return new DataLoader<A, R, string>(
    (batch) => Promise.all(batch.map((args) => call(args).catch(asError))),
    { cacheKeyFn: keyOf },
  );
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
