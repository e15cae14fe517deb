import { WireFormatError } from './errors';

/**
 * Numbers, volumes, booleans and money as Enta writes them: all of them text. Each parser is
 * strict and throws WireFormatError, so a surprising value is never silently misread.
 */
const VOLUME_UNITS: Record<string, number> = {
  b: 0,
  bytes: 0,
  kb: 1,
  mb: 2,
  gb: 3,
  tb: 4,
};

/** `12.5 MB` → 13107200 (powers of 1024, rounded to whole bytes); a bare number is bytes. */
export function parseVolume(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(value.trim());
  if (!match) throw new WireFormatError('volume', value);

  const unit = match[2] === '' ? 'b' : match[2].toLowerCase();
  const power = VOLUME_UNITS[unit];
  if (power === undefined) throw new WireFormatError('volume unit', value);
  return Math.round(Number(match[1]) * 1024 ** power);
}

/** A whole number of bytes, as in UsageHistory and UsageHistoryDetail. */
export function parseByteCount(value: string): number {
  return parseInteger(value);
}

/** A whole number, optionally negative. */
export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new WireFormatError('whole number', value);
  return Number(value.trim());
}

/** A decimal number such as `12` or `0.5`. */
export function parseDecimal(value: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(value.trim())) throw new WireFormatError('number', value);
  return Number(value.trim());
}

const TRUE_WORDS = ['true', 'y', 'yes'];
const FALSE_WORDS = ['false', 'n', 'no'];

/** `true/false`, `Y/N`, `Yes/No`, in any case. */
export function parseBoolean(value: string): boolean {
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new WireFormatError('yes/no value', value);
}

/** The `Yes`/`No` that Enta's line-feature and order fields expect. */
export function formatYesNo(value: boolean): 'Yes' | 'No' {
  return value ? 'Yes' : 'No';
}

/**
 * Pounds as a decimal string with two places: `15` → `15.00`, `7.5` → `7.50`. Works on the
 * text, never through a float, so no amount is rounded; more than two decimals is refused.
 */
export function formatMoney(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new WireFormatError('amount in pounds', text);

  const pounds = match[1].replace(/^0+(?=\d)/, '');
  const pence = (match[2] ?? '').padEnd(2, '0');
  return `${pounds}.${pence}`;
}
