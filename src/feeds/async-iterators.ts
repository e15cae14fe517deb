/**
 * Async iterators whose `return()` takes effect at once. An async generator cannot be
 * stopped while it awaits its source, so a subscription built from generators would keep
 * its listener (and our poller) alive until the next event; these stop when told.
 */
export function mapFilter<T, R>(
  source: AsyncIterator<T>,
  map: (value: T) => R | null,
): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next() {
      for (;;) {
        const step = await source.next();
        if (step.done) return { done: true, value: undefined };
        const mapped = map(step.value);
        if (mapped !== null) return { done: false, value: mapped };
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
