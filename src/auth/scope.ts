import { getNullableType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { NotFoundError } from '../errors';
import { NO_SUCH_SERVICE, type Access, type ServiceLike } from './access';

/**
 * Cuts a field's value down to the services the caller may see: a single service it may not
 * see becomes null (or NOT_FOUND where null is not allowed), exactly like one that does not
 * exist; in a list it is left out (or nulled, where positions matter and null is allowed).
 */
export async function scopeServices(
  value: unknown,
  type: GraphQLOutputType,
  access: Access,
): Promise<unknown> {
  if (!access.scoped || value === null || value === undefined) return value;

  const inner = getNullableType(type) as GraphQLOutputType;
  if (isListType(inner)) return scopeList(value as Iterable<unknown>, inner.ofType, access);

  if (!isServiceLike(value) || (await access.serviceVisible(value))) return value;
  if (isNonNullType(type)) throw new NotFoundError(NO_SUCH_SERVICE);
  return null;
}

async function scopeList(values: Iterable<unknown>, itemType: GraphQLOutputType,
  access: Access): Promise<unknown[]> {
  const items = await Promise.all([...values]);
  const visible = await Promise.all(
    items.map((item) => !isServiceLike(item) || access.serviceVisible(item)),
  );

  if (isNonNullType(itemType)) return items.filter((_, index) => visible[index]);
  return items.map((item, index) => (visible[index] ? item : null));
}

/** A ServiceSource: an object whose `id` names a service by ref, username or cli. */
function isServiceLike(value: unknown): value is ServiceLike {
  if (value === null || typeof value !== 'object') return false;
  const id = (value as { id?: unknown }).id;
  if (id === null || typeof id !== 'object') return false;
  return ['ref', 'username', 'cli'].some(
    (name) => typeof (id as Record<string, unknown>)[name] === 'string',
  );
}
