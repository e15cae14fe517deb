/** Shapes shared by input types; class-validator names the field in its message. */

/**
 * Free text that ends up in Enta's XML: no angle brackets, no control or invisible format
 * characters (a right-to-left override can disguise a name), no lone surrogates and no
 * U+FFFE/U+FFFF, which XML does not allow even as character references.
 */
export const TEXT = /^[^<>\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]*$/u;
export const TEXT_MESSAGE = 'must not contain control characters or angle brackets';

/** Required free text: something other than spaces. */
export const SOME_TEXT = /\S/;
export const SOME_TEXT_MESSAGE = 'must not be blank';

/** Pounds with at most two decimals, e.g. "15" or "15.00"; sent upstream as "15.00". */
export const MONEY = /^\d{1,6}(\.\d{1,2})?$/;
export const MONEY_MESSAGE = 'must be pounds like 15.00';

/** Usernames a new service may take. */
export const NEW_USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
export const NEW_USERNAME_MESSAGE = 'must be 3 to 32 of a-z, 0-9, dot, dash, underscore';
