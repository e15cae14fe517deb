import { createHash } from 'node:crypto';

/** Input fields whose values never reach the store in clear. */
const SECRET = /password|secret|token/i;

/** JSON with object keys sorted at every level, so equal inputs always read the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([name, inner]) => [name, sortKeys(inner)]));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A copy with every secret field replaced by what `hide` makes of it. */
function withSecrets(value: unknown, hide: (secret: string) => string): unknown {
  if (Array.isArray(value)) return value.map((inner) => withSecrets(inner, hide));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([name, inner]) => [
      name,
      SECRET.test(name) && inner != null ? hide(String(inner)) : withSecrets(inner, hide),
    ]),
  );
}

/**
 * The hash that says whether two requests ask for the same thing: the operation and its input
 * (secrets enter only as their own hash), the idempotency key itself left out.
 */
export function fingerprint(operation: string, input: object): string {
  const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
  const hashed = withSecrets(rest, (secret) => `sha256:${sha256(secret)}`);
  return sha256(stableJson({ operation, input: hashed }));
}

/** The input as the audit log shows it: passwords and other secrets replaced. */
export function summarise(input: object): string {
  const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
  return stableJson(withSecrets(rest, () => '[redacted]'));
}
