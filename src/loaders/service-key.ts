import type { ServiceId } from '../enta';

/**
 * A canonical string for one way of naming a service, used as a loader and cache key:
 * `ref:ADSL100001`, `username:jsmith17` or `cli:02079460001`. Refs and usernames are
 * case-insensitive at Enta, so both fold to one case here.
 */
export function serviceKey(id: ServiceId): string {
  if ('ref' in id) return `ref:${id.ref.toUpperCase()}`;
  if ('username' in id) return `username:${id.username.toLowerCase()}`;
  return `cli:${id.cli}`;
}

/** The inverse of serviceKey. */
export function serviceIdFromKey(key: string): ServiceId {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const value = key.slice(colon + 1);

  if (kind === 'ref') return { ref: value };
  if (kind === 'username') return { username: value };
  return { cli: value };
}
