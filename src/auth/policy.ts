import type { Role } from './roles';

const ALL: readonly Role[] = ['admin', 'support', 'customer'];
const STAFF: readonly Role[] = ['admin', 'support'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * Who may use what, by schema coordinate (`Query.x`, `Mutation.y`, `Type.field`,
 * `InputType.field`). The one place to change access: the guard in `guard.ts` enforces it on
 * every field of the built schema, and README's "Who may do what" is checked against it.
 *
 * Defaults, so that forgetting an entry is safe:
 * - a root field (`Query.*`, `Mutation.*`, `Subscription.*`) with no entry is admin only;
 * - any other field with no entry is open to whoever reached its parent;
 * - input fields that carry money (`fee`, `…Fee`) are admin only unless listed.
 *
 * Customers are further bound to their own services by `access.ts`, whatever this table says.
 */
export const POLICY: Readonly<Record<string, readonly Role[]>> = {
  // Reading one's own services and the reference facts needed to book.
  'Query.service': ALL,
  'Query.services': ALL,
  'Query.firstAvailableDate': ALL,
  'Query.termsAndConditionsUrl': ALL,
  'Query.appointmentRequest': ALL,
  'Query._entities': ALL,
  'Query._service': ALL,

  // Line checks and reseller-wide reports: staff only.
  'Query.line': STAFF,
  'Query.pendingOrders': STAFF,
  'Query.pstnPendingOrders': STAFF,
  'Query.orderUpdates': STAFF,
  'Query.btFeed': STAFF,
  'Subscription.orderUpdates': STAFF,
  'Query.rateLimitedServices': STAFF,
  'Query.blockedServices': STAFF,
  'Query.btFaults': STAFF,
  'Query.heavyUsers': STAFF,
  'Query.usernameAvailable': STAFF,

  // A customer's own contact details and appointments.
  'Mutation.updateContact': ALL,
  'Mutation.requestAppointments': ALL,
  'Mutation.bookAppointment': ALL,

  // Line features and care: support may change them, without fees.
  'Mutation.setCareLevel': STAFF,
  'Mutation.modifyLineFeatures': STAFF,
  'Mutation.setInterleaving': STAFF,
  'Mutation.setStabilityOption': STAFF,
  'Mutation.setElevatedBestEfforts': STAFF,

  // Orders, ceases, prices, MACs and product changes: admin only.
  'Mutation.placeOrder': ADMIN,
  'Mutation.placeLluOrder': ADMIN,
  'Mutation.ceaseService': ADMIN,
  'Mutation.updatePrice': ADMIN,
  'Mutation.requestMac': ADMIN,
  'Mutation.changeProduct': ADMIN,

  // Fields no one but an admin reads.
  'Service.password': ADMIN,
  'Service.prices': ADMIN,
  // Engineers' case notes are internal.
  'Service.notes': STAFF,
};

/** Input fields whose names carry money: a price change, whatever the mutation. */
const MONEY_INPUT = /^(fee|.*Fee|price|.*Price)$/;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The roles allowed on an output field, with the defaults above applied. */
export function rolesForField(typeName: string, fieldName: string): readonly Role[] {
  const listed = POLICY[`${typeName}.${fieldName}`];
  if (listed) return listed;
  return ROOT_TYPES.has(typeName) ? ADMIN : ALL;
}

/** The roles allowed to set an input field, with the money rule applied. */
export function rolesForInputField(typeName: string, fieldName: string): readonly Role[] {
  const listed = POLICY[`${typeName}.${fieldName}`];
  if (listed) return listed;
  return MONEY_INPUT.test(fieldName) ? ADMIN : ALL;
}
