/** The three roles a caller can hold; the policy table names them. */
export const ROLES = ['admin', 'support', 'customer'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling: from a verified JWT, an API key, or the operator's anonymous mode. */
export interface Principal {
  /** The JWT `sub`, the API key's id, or `anonymous`. */
  id: string;
  role: Role;
  kind: 'jwt' | 'api-key' | 'anonymous';
  /**
   * For customers: the refs and usernames the caller may see, folded to one case
   * (refs upper, usernames lower) so comparisons do not depend on how they were written.
   */
  services: string[];
}

/** A ref or username as the scope check compares it. */
export function scopeKey(value: string): string {
  const trimmed = value.trim();
  if (/^ADSL\d+$/i.test(trimmed)) return `ref:${trimmed.toUpperCase()}`;
  return `user:${trimmed.toLowerCase()}`;
}
