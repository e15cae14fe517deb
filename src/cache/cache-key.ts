import type { ServiceId } from '../enta';
import { serviceKey } from '../loaders/service-key';

/**
 * The cache key of one upstream call: the client method and its arguments in a canonical form
 * (object keys sorted, a service named by its canonical service key), so two calls that Enta
 * would answer alike share one entry: `adslAccount|ref:ADSL100001`.
 */
export function callKey(method: string, args: readonly unknown[], isServiceCall: boolean): string {
  const parts = args.map((arg, index) =>
    index === 0 && isServiceCall ? serviceKey(arg as ServiceId) : canonicalJson(arg),
  );
  return [method, ...parts].join('|');
}

/** JSON with object keys in sorted order and undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(member).sort()) {
      sorted[name] = (member as Record<string, unknown>)[name];
    }
    return sorted;
  });
}
