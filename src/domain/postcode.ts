import { BadUserInputError } from '../errors';

/**
 * Full UK postcodes, checked against the official format rules rather than a loose shape, so
 * that an outward code alone (`SW1A`) or a letter in an impossible place is refused here and not
 * by Enta's checker.
 */

// Outward code forms A9, A99, AA9, AA99, A9A, AA9A. Letters are restricted by position: never
// Q, V or X first; never I, J or Z second; only ABCDEFGHJKPSTUW third (A9A); only ABEHMNPRVWXY
// fourth (AA9A).
const FIRST = '[A-PR-UWYZ]';
const SECOND = '[A-HK-Y]';
const THIRD = '[A-HJKPSTUW]';
const FOURTH = '[ABEHMNPRVWXY]';
const OUTWARD = [
  `${FIRST}\\d{1,2}`,
  `${FIRST}${SECOND}\\d{1,2}`,
  `${FIRST}\\d${THIRD}`,
  `${FIRST}${SECOND}\\d${FOURTH}`,
].join('|');

// Inward code 9AA; its letters are never C, I, K, M, O or V.
const INWARD = '\\d[ABD-HJLNP-UW-Z]{2}';

const POSTCODE = new RegExp(`^(?:(${OUTWARD})(${INWARD})|(GIR)(0AA))$`);

/**
 * The postcode in its standard form, upper case with one space before the inward code
 * (`sw1a1aa` → `SW1A 1AA`); null when the text is not a full UK postcode.
 */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const match = POSTCODE.exec(compact);
  if (match === null) return null;

  const outward = match[1] ?? match[3];
  const inward = match[2] ?? match[4];
  return `${outward} ${inward}`;
}

/** As normalisePostcode, but throws BadUserInputError naming the field for a bad postcode. */
export function parsePostcode(value: string, field: string): string {
  const postcode = normalisePostcode(value);
  if (postcode === null) {
    throw new BadUserInputError(`${field} must be a full UK postcode, such as SW1A 1AA`, field);
  }
  return postcode;
}
