import { BadUserInputError } from '../errors';
import { parseLineCli } from './telephone';

/** A service named by exactly one of its reference, RADIUS username or line telephone number. */
export type ServiceId = { ref: string } | { username: string } | { cli: string };

/** The three ways a caller may name a service; blank values count as not given. */
export interface ServiceIdArgs {
  ref?: string | null;
  username?: string | null;
  cli?: string | null;
}

const FIELDS = ['ref', 'username', 'cli'] as const;
type ServiceIdField = (typeof FIELDS)[number];

const EXACTLY_ONE = 'name the service by exactly one of ref, username or cli';
const REF_SHAPE = /^ADSL\d{3,10}$/i;
const USERNAME_SHAPE = /^[a-z0-9._@-]{1,64}$/i;

/**
 * Checks how a caller named a service and returns the one identifier, normalised: the ref in
 * upper case (`ADSL100001`), the username as given, the cli in national form (`02079460000`).
 * Throws BadUserInputError when none or several are given (naming `ref` when none is given, else
 * the second one given) or when the one given has the wrong shape.
 */
export function resolveServiceId(args: ServiceIdArgs): ServiceId {
  const given = FIELDS.filter((field) => (args[field] ?? '').trim() !== '');
  if (given.length !== 1) {
    throw new BadUserInputError(EXACTLY_ONE, given.length === 0 ? 'ref' : given[1]);
  }

  const field: ServiceIdField = given[0];
  const value = (args[field] ?? '').trim();
  switch (field) {
    case 'ref':
      return { ref: checkedRef(value) };
    case 'username':
      return { username: checkedUsername(value) };
    case 'cli':
      return { cli: checkedCli(value) };
  }
}

function checkedRef(value: string): string {
  if (!REF_SHAPE.test(value)) {
    throw new BadUserInputError('ref must be a service reference such as ADSL100001', 'ref');
  }
  return value.toUpperCase();
}

function checkedUsername(value: string): string {
  if (!USERNAME_SHAPE.test(value)) {
    const allowed = 'up to 64 letters, digits, dots, underscores, hyphens or @';
    throw new BadUserInputError(`username must be ${allowed}`, 'username');
  }
  return value;
}

function checkedCli(value: string): string {
  return parseLineCli(value, 'cli');
}
