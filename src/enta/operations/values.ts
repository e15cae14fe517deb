import { checkIsoDate, isoDateToShortSlash, isoDateToSlash } from '../dates';
import { formatMoney, formatYesNo } from '../units';
import { toWire } from './reading';

/** Money from a reply, normalised to two places (`15` → `15.00`). */
export function money(value: string): string {
  return formatMoney(value);
}

/** A caller's money for the wire; BadUserInputError naming `field` when it is not an amount. */
export function moneyArg(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : toWire(value, formatMoney, field);
}

/** A caller's optional flag as `Yes`/`No`. */
export function yesNo(value: boolean | undefined): 'Yes' | 'No' | undefined {
  return value === undefined ? undefined : formatYesNo(value);
}

/** A caller's ISO date as `dd/mm/yyyy`; BadUserInputError naming `field` when impossible. */
export function slashDateArg(value: string, field: string): string {
  return toWire(value, isoDateToSlash, field);
}

/** A caller's ISO date checked; BadUserInputError naming `field` when impossible. */
export function isoDateArg(value: string, field: string): string {
  return toWire(value, checkIsoDate, field);
}

/** A caller's ISO date as `dd/mm/yy`; BadUserInputError naming `field` when impossible. */
export function shortSlashDateArg(value: string, field: string): string {
  return toWire(value, isoDateToShortSlash, field);
}
