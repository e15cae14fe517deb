import { BadUserInputError } from '../../errors';
import { ServiceId } from '../types';

/** The Enta field for each kind of service id. */
export type ServiceIdField = 'Ref' | 'Username' | 'Telephone';

/**
 * The one field that names the service on the wire: `Ref`, `Username` or `Telephone`. The same
 * names serve as GET parameters and as request elements. Refuses anything but exactly one
 * non-empty identifier, so a request never goes out naming no service (a fault of the
 * reference client).
 */
export function serviceIdFields(id: ServiceId): Record<ServiceIdField, string> {
  const given = Object.entries(id).filter(([, value]) => typeof value === 'string' && value.trim());
  if (given.length !== 1) {
    throw new BadUserInputError('give exactly one of ref, username or cli', 'id');
  }

  const [kind, value] = given[0] as [string, string];
  const field = ({ ref: 'Ref', username: 'Username', cli: 'Telephone' } as const)[kind];
  if (!field) throw new BadUserInputError('give exactly one of ref, username or cli', 'id');
  return { [field]: value.trim() } as Record<ServiceIdField, string>;
}

/** The service id a list reply names by its ReturnType element. */
export function serviceIdFrom(field: ServiceIdField, value: string): ServiceId {
  if (field === 'Ref') return { ref: value };
  if (field === 'Username') return { username: value };
  return { cli: value };
}
