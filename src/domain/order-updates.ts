import { BadUserInputError } from '../errors';
import { daysBetween, todayInLondon, toIsoDate } from './iso-date';
import { normaliseUkTelephone } from './telephone';

/**
 * How many days of GetBTFeed cover `since` through today in London, both included: 1 when
 * `since` is today. Throws BadUserInputError naming the field for a bad or future date.
 */
export function daysSince(since: string | Date, now: Date, field = 'since'): number {
  const from = toIsoDate(since, field);
  const today = todayInLondon(now);

  const elapsed = daysBetween(from, today);
  if (elapsed < 0) {
    throw new BadUserInputError(`${field} must not be after today (${today})`, field);
  }
  return elapsed + 1;
}

/** The identifying parts of one GetBTFeed record. */
export interface FeedRecordIds {
  telephone: string | null;
  customerRef: string | null;
}

const SERVICE_REF = /^ADSL\d+$/i;

/**
 * The order a GetBTFeed record belongs to: the service reference `refByCli` finds for its
 * telephone number, else its CustomerRef when that looks like `ADSL<digits>` (upper-cased), else
 * the telephone number itself. `refByCli` is asked with the national form (`02079460000`) first
 * and then as Enta wrote it. Null only when the record carries neither a telephone number nor a
 * usable CustomerRef.
 */
export function orderRefForFeedRecord(
  record: FeedRecordIds,
  refByCli: (cli: string) => string | undefined,
): string | null {
  const written = record.telephone?.trim() ?? '';
  const national = written === '' ? null : normaliseUkTelephone(written);

  const candidates = [national, written].filter((cli): cli is string => !!cli);
  for (const cli of candidates) {
    const ref = refByCli(cli);
    if (ref !== undefined && ref.trim() !== '') return ref;
  }

  const customerRef = record.customerRef?.trim() ?? '';
  if (SERVICE_REF.test(customerRef)) return customerRef.toUpperCase();

  return national ?? (written === '' ? null : written);
}
