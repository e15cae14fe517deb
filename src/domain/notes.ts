/** Who a note is credited to when Enta's User is not an e-mail address. */
export const ENTA_STAFF = 'Enta Staff';

// One @, something on each side, a dot in the domain, no spaces: enough to tell an address
// from Enta's internal user names.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** The engineer of a note (case_search): its User when that is an e-mail address. */
export function engineerFor(user: string | null | undefined): string {
  const trimmed = user?.trim() ?? '';
  return EMAIL.test(trimmed) ? trimmed : ENTA_STAFF;
}
