import { BadUserInputError } from '../errors';

/** The largest amount, in pounds, a fee or price may carry; anything above is a slip. */
export const MAX_POUNDS = 100000;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * An amount in pounds as the two-decimal text Enta expects (`15` → `"15.00"`). Works on the
 * decimal digits, never on binary arithmetic, so 0.1 stays "0.10" and 19.99 stays "19.99".
 * Throws BadUserInputError naming the field for a negative, non-numeric or absurd amount, or one
 * with fractions of a penny.
 */
export function toMoney(value: number | string, field: string): string {
  const text = decimalText(value, field);

  const match = DECIMAL.exec(text);
  if (match === null) {
    if (/^-\s*\d/.test(text)) throw negative(field);
    throw new BadUserInputError(`${field} must be an amount in pounds, such as 15.00`, field);
  }

  const pounds = match[1].replace(/^0+(?=\d)/, '');
  const pence = match[2] ?? '';
  if (pence.length > 2) {
    throw new BadUserInputError(`${field} must not have more than two decimal places`, field);
  }

  const amount = `${pounds}.${pence.padEnd(2, '0')}`;
  if (pounds.length > String(MAX_POUNDS).length || Number(amount) > MAX_POUNDS) {
    throw tooLarge(field);
  }
  return amount;
}

// A number becomes its shortest round-trip text, which is the decimal the caller wrote.
function decimalText(value: number | string, field: string): string {
  if (typeof value === 'string') return value.trim();

  if (!Number.isFinite(value)) {
    throw new BadUserInputError(`${field} must be an amount in pounds, such as 15.00`, field);
  }
  if (value < 0) throw negative(field);
  if (value > MAX_POUNDS) throw tooLarge(field);

  // Below the limit only tiny amounts print in exponent form (1e-7): fractions of a penny.
  const text = String(value);
  if (text.includes('e')) {
    throw new BadUserInputError(`${field} must not have more than two decimal places`, field);
  }
  return text;
}

function negative(field: string): BadUserInputError {
  return new BadUserInputError(`${field} must not be negative`, field);
}

function tooLarge(field: string): BadUserInputError {
  return new BadUserInputError(`${field} must not be more than ${MAX_POUNDS}.00`, field);
}
