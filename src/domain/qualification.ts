import { fttcPlannedDateFromMessage, fttcSpeedsFromMessage } from './checker-message';
import { firstAvailableDate } from './first-available-date';

/** A checker colour: Red (not available), Amber (may work), Green (available). */
export type Rag = 'R' | 'A' | 'G';

/** A checker figure with its colour; the speed is in kbit/s as Enta sends it. */
export interface RagSpeed {
  rag: Rag | null;
  speedKbps: number | null;
}

/** One ADSLChecker reply, as the Enta client reads it. */
export interface LineCheck {
  errorCode: string;
  message: string;
  fixedRate: Rag | null;
  rateAdaptive: Rag | null;
  max: RagSpeed | null;
  wbc: RagSpeed | null;
  mac: { valid: boolean; reasonCode: string | null } | null;
}

export type RefusalCode = 'CHECKER_ERROR' | 'NO_ADSL' | 'INVALID_MAC';

/** Why a line does not qualify; `macReason` is the checker's ReasonCode for a refused MAC. */
export interface Refusal {
  reason: string;
  code: RefusalCode;
  macReason?: string;
}

export interface ProductOffer {
  productId: string;
  /** bit/s */
  maxSpeed: number;
  /** ISO date: the first customer-required date. */
  firstDate: string;
}

/** The speeds a line supports, each in bit/s, null when not available or not known. */
export interface LineSpeeds {
  classicSpeed: number | null;
  maxSpeed: number | null;
  adsl2PlusSpeed: number | null;
  fttcDownSpeed: number | null;
  fttcUpSpeed: number | null;
  topSpeed: number | null;
}

export interface Qualification extends LineSpeeds {
  qualifies: boolean;
  refusal: Refusal | null;
  /** ISO date the cabinet is planned to get FTTC, from the checker's message. */
  fttcPlannedDate: string | null;
  /** Empty when the line does not qualify. */
  products: ProductOffer[];
  firstAvailableDate: string;
}

export interface QualifyOptions {
  now: Date;
  /** A MAC was sent with the check, so the line qualifies only if the MAC is valid. */
  macGiven: boolean;
}

/** Offered at the line's top speed. */
export const TOP_SPEED_PRODUCTS: readonly string[] = [
  'FAM1',
  'FAM3',
  'FAM30',
  'FAM60',
  'FAM90',
  'FAM120',
  'BUS15',
];

/** Offered at the FTTC downstream speed when the checker states it, else at the top speed. */
export const FTTC_SPEED_PRODUCTS: readonly string[] = ['BUS45', 'BUS90', 'BUS135', 'BUS180'];

const KBIT = 1024;
const MBIT = 1024 * 1024;

const NO_SPEEDS: LineSpeeds = {
  classicSpeed: null,
  maxSpeed: null,
  adsl2PlusSpeed: null,
  fttcDownSpeed: null,
  fttcUpSpeed: null,
  topSpeed: null,
};

/**
 * Qualifies a line from one ADSLChecker reply (services_available). Refuses when the checker
 * reports an error, when FixedRate and RateAdaptive are both Red, when a MAC was given and the
 * checker does not confirm it, or when no speed at all is known. Speeds are reported for
 * refused lines too (they explain the refusal), except after a checker error, when none is
 * trusted.
 */
export function qualifyLine(check: LineCheck, opts: QualifyOptions): Qualification {
  const firstDate = firstAvailableDate(opts.now);

  if (check.errorCode.trim() !== '0') {
    const detail = check.message.trim() === '' ? '' : `: ${check.message.trim()}`;
    const reason = `the line checker reported error ${check.errorCode.trim()}${detail}`;
    return {
      qualifies: false,
      refusal: { reason, code: 'CHECKER_ERROR' },
      ...NO_SPEEDS,
      fttcPlannedDate: null,
      products: [],
      firstAvailableDate: firstDate,
    };
  }

  const speeds = lineSpeeds(check);
  const refusal = refusalOf(check, speeds, opts.macGiven);

  return {
    qualifies: refusal === null,
    refusal,
    ...speeds,
    fttcPlannedDate: fttcPlannedDateFromMessage(check.message),
    products: refusal === null ? productOffers(speeds, firstDate) : [],
    firstAvailableDate: firstDate,
  };
}

/** The speeds the checker's colours, figures and message imply, in bit/s. */
export function lineSpeeds(check: LineCheck): LineSpeeds {
  const fttc = fttcSpeedsFromMessage(check.message);
  const speeds = {
    classicSpeed: classicSpeed(ragOf(check.fixedRate), ragOf(check.rateAdaptive)),
    maxSpeed: colouredSpeed(check.max),
    adsl2PlusSpeed: colouredSpeed(check.wbc),
    fttcDownSpeed: fttc.downBps,
    fttcUpSpeed: fttc.upBps,
  };

  // Upstream is not a line's headline speed: only downstream figures compete.
  const candidates = [speeds.classicSpeed, speeds.maxSpeed, speeds.adsl2PlusSpeed, fttc.downBps];
  const known = candidates.filter((speed): speed is number => speed !== null);
  return { ...speeds, topSpeed: known.length === 0 ? null : Math.max(...known) };
}

// Fixed-rate classic ADSL: 2 Mbit/s needs both green, 1 Mbit/s a usable fixed rate on a green
// rate-adaptive line, 512 kbit/s any usable rate-adaptive line.
function classicSpeed(fixedRate: Rag | null, rateAdaptive: Rag | null): number | null {
  const fixedUsable = fixedRate === 'A' || fixedRate === 'G';

  if (fixedRate === 'G' && rateAdaptive === 'G') return 2 * MBIT;
  if (fixedUsable && rateAdaptive === 'G') return MBIT;
  if (rateAdaptive === 'A' || rateAdaptive === 'G') return 512 * KBIT;
  return null;
}

// A Red or colourless figure is not an offer, whatever speed accompanies it.
function colouredSpeed(figure: RagSpeed | null): number | null {
  if (figure === null) return null;

  const rag = ragOf(figure.rag);
  const kbps = figure.speedKbps;
  if (rag === null || rag === 'R' || kbps === null || !Number.isFinite(kbps) || kbps <= 0) {
    return null;
  }
  return Math.round(kbps * KBIT);
}

function refusalOf(check: LineCheck, speeds: LineSpeeds, macGiven: boolean): Refusal | null {
  if (ragOf(check.fixedRate) === 'R' && ragOf(check.rateAdaptive) === 'R') {
    return { reason: 'no ADSL service is possible on this line', code: 'NO_ADSL' };
  }

  if (macGiven && check.mac === null) {
    return { reason: 'the line checker did not confirm the MAC', code: 'INVALID_MAC' };
  }

  if (macGiven && check.mac !== null && !check.mac.valid) {
    const reasonCode = check.mac.reasonCode?.trim() ?? '';
    const reason = `the MAC is not valid for this line${reasonCode ? ` (${reasonCode})` : ''}`;
    return reasonCode
      ? { reason, code: 'INVALID_MAC', macReason: reasonCode }
      : { reason, code: 'INVALID_MAC' };
  }

  if (speeds.topSpeed === null) {
    return { reason: 'the line checker reported no usable speed for this line', code: 'NO_ADSL' };
  }
  return null;
}

function productOffers(speeds: LineSpeeds, firstDate: string): ProductOffer[] {
  const top = speeds.topSpeed;
  if (top === null) return [];

  const fttcOrTop = speeds.fttcDownSpeed ?? top;
  return [
    ...TOP_SPEED_PRODUCTS.map((productId) => ({ productId, maxSpeed: top, firstDate })),
    ...FTTC_SPEED_PRODUCTS.map((productId) => ({ productId, maxSpeed: fttcOrTop, firstDate })),
  ];
}

// The client should already hand over R, A or G; stray case or spaces are forgiven here.
function ragOf(value: string | null | undefined): Rag | null {
  const rag = value?.trim().toUpperCase();
  return rag === 'R' || rag === 'A' || rag === 'G' ? rag : null;
}
