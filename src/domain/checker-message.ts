import { DateTime } from 'luxon';

/**
 * Reading of the line checker's free text (ADSLChecker FullMsg). Enta puts the FTTC figures only
 * in prose, so the patterns here are deliberately forgiving about case, spacing, units and
 * missing sentences: whatever cannot be read is reported as null, never guessed.
 */

const BITS_PER_KBIT = 1024;
const BITS_PER_MBIT = 1024 * 1024;

/** FTTC speeds in bit/s as the checker's message states them; null where it does not. */
export interface FttcSpeeds {
  downBps: number | null;
  upBps: number | null;
}

// "downstream line speed of 39.5 Mbps", "Downstream speed of up to 80Mb/s", "... 512 kbps".
const speedPattern = (direction: string): RegExp =>
  new RegExp(
    `\\b${direction}(?:\\s+line)?\\s+speed\\s+(?:of\\s+)?(?:up\\s+to\\s+)?` +
      '(\\d+(?:\\.\\d+)?)\\s*(m|k)(?:bps|bit/s|b/s|bits?\\s+per\\s+second)',
    'i',
  );

const DOWNSTREAM = speedPattern('down-?stream');
const UPSTREAM = speedPattern('up-?stream');

/** The FTTC downstream and upstream speeds the message states, in bit/s (1 Mbps = 1024²). */
export function fttcSpeedsFromMessage(message: string | null | undefined): FttcSpeeds {
  const text = message ?? '';
  return { downBps: speedFrom(DOWNSTREAM.exec(text)), upBps: speedFrom(UPSTREAM.exec(text)) };
}

// "Your cabinet is planned to have WBC FTTC by 21st March 2013." and its variants.
const PLANNED_DATE = new RegExp(
  'planned\\s+to\\s+have\\s+(?:wbc[\\s-]+)?fttc\\s+(?:by|on|from)\\s+(?:the\\s+)?' +
    '(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\.?,?\\s+(\\d{4})',
  'i',
);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The date the message says the cabinet is planned to get FTTC, as an ISO date, or null. */
export function fttcPlannedDateFromMessage(message: string | null | undefined): string | null {
  const match = PLANNED_DATE.exec(message ?? '');
  if (match === null) return null;

  const month = monthNumber(match[2]);
  if (month === null) return null;

  const day = DateTime.utc(Number(match[3]), month, Number(match[1]));
  return day.isValid ? day.toFormat('yyyy-MM-dd') : null;
}

/** 1-12 for a long month name, its three-letter form, or "Sept"; null for anything else. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex(
    (full) =>
      lower === full || lower === full.slice(0, 3) || (full === 'september' && lower === 'sept'),
  );
  return index < 0 ? null : index + 1;
}

function speedFrom(match: RegExpExecArray | null): number | null {
  if (match === null) return null;

  const figure = Number(match[1]);
  const unit = match[2].toLowerCase() === 'm' ? BITS_PER_MBIT : BITS_PER_KBIT;
  const bps = Math.round(figure * unit);

  // A stated speed of nothing means no FTTC offer, not a product at 0 bit/s.
  return bps > 0 ? bps : null;
}
