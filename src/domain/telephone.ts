import { BadUserInputError } from '../errors';

/**
 * UK telephone numbers in the notations people write them in, reduced to the national form
 * Enta keys lines by: `0` and nine or ten more digits, no spaces (`02079460000`).
 */

// Eleven digits after 01, 02, 03, 05, 07, 08 or 09 (04 and 06 are unused); ten digits occur only
// in some 01 areas and some 05 and 08 numbers.
const NATIONAL_FORM = /^0(?:[1235789]\d{9}|[158]\d{8})$/;

// What may appear in a written number besides digits: separators, brackets, a leading +.
const WRITTEN_FORM = /^\+?[\d\s().-]+$/;

/**
 * The national form of a UK number written as `+44 20 7946 0000`, `+44 (0)20 7946 0000`,
 * `0044 20 7946 0000`, `020 7946 0000`, `(020) 7946-0000` or `02079460000`; null when the text
 * is not a UK telephone number.
 */
export function normaliseUkTelephone(value: string): string | null {
  const written = value.trim();
  if (!WRITTEN_FORM.test(written) || !bracketsAreSimple(written)) return null;

  // "+44 (0)20" keeps the trunk zero in brackets; it is dropped with the country code.
  let compact = written.replace(/[\s.-]/g, '');
  compact = compact.replace(/^(\+|00)44\(0\)/, '0').replace(/[()]/g, '');
  compact = compact.replace(/^(\+|00)44/, '0');

  return NATIONAL_FORM.test(compact) ? compact : null;
}

/** As normaliseUkTelephone, but throws BadUserInputError naming the field for a bad number. */
export function parseUkTelephone(value: string, field: string): string {
  const national = normaliseUkTelephone(value);
  if (national === null) {
    throw new BadUserInputError(`${field} must be a UK telephone number`, field);
  }
  return national;
}

/**
 * A line's CLI: a UK number on a geographic landline (01 or 02), the only numbers broadband
 * can be ordered on; mobiles, freephone and other non-geographic numbers are refused.
 */
export function parseLineCli(value: string, field: string): string {
  const national = parseUkTelephone(value, field);
  if (!/^0[12]/.test(national)) {
    throw new BadUserInputError(
      `${field} must be a landline number (01 or 02): broadband runs on a telephone line`, field);
  }
  return national;
}

// At most one pair of brackets, opened before it is closed.
function bracketsAreSimple(text: string): boolean {
  const opens = text.split('(').length - 1;
  const closes = text.split(')').length - 1;
  if (opens !== closes || opens > 1) return false;
  return opens === 0 || text.indexOf('(') < text.indexOf(')');
}
