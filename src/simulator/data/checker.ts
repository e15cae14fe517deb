import { DateTime } from 'luxon';
import type { ConnectionType } from '../model';
import { Rng } from '../random';
import { LONDON, MONTH_NAMES } from '../time';
import type { XmlElement } from '../xml';
import { isMacShaped } from './mac';

/** What the checker is asked: one line (number or postcode), perhaps a MAC to verify. */
export interface CheckerQuestion {
  phoneNo?: string;
  postCode?: string;
  mac?: string;
  /** Set when one of our services runs on the line, so the answer agrees with it. */
  knownLine?: ConnectionType;
  /** A MAC the simulator itself issued for this line. */
  issuedMac?: string;
  today: string;
}

type Rag = 'R' | 'A' | 'G';

const UK_NUMBER = /^0\d{9,10}$/;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const MAX_SPEEDS = [1536, 2560, 3584, 4864, 6144, 7168, 7616, 8128];
const FTTC_SPEEDS = [[20, 6], [30, 6], [40, 10], [55, 10], [67, 17], [80, 20]] as const;
const MAC_REASONS = ['MAC_EXPIRED', 'MAC_ALREADY_USED', 'POSTCODE_MISMATCH', 'CLI_MISMATCH'];

/**
 * The checker's answer, derived from the number or postcode alone (so any well-formed line
 * gets an answer, always the same one). A malformed line gets a non-zero ErrorCode inside an
 * ordinary reply, as Enta's checker does, rather than an Error response.
 */
export function checkLine(question: CheckerQuestion): XmlElement {
  const line = question.phoneNo?.replace(/\s+/g, '') ?? question.postCode?.trim() ?? '';
  const what = question.phoneNo !== undefined ? 'telephone number' : 'postcode';
  const valid = question.phoneNo !== undefined ? UK_NUMBER.test(line) : UK_POSTCODE.test(line);
  if (!valid) return { ErrorCode: '2', FullMsg: `The ${what} ${line} is not valid.` };

  const rng = Rng.from('checker', line.toUpperCase().replace(/\s+/g, ''));
  const noAdsl = question.knownLine === undefined && rng.chance(0.1);
  const fixed: Rag = noAdsl ? 'R' : rng.weighted([['G', 60], ['A', 25], ['R', 15]]);
  const adaptive: Rag = noAdsl ? 'R' : rng.weighted([['G', 70], ['A', 30]]);
  const max: Rag = noAdsl ? 'R' : rng.weighted([['G', 70], ['A', 25], ['R', 5]]);
  const wbc: Rag = noAdsl || (question.knownLine === 'ADSL' && rng.chance(0.5)) ? 'R'
    : rng.weighted([['G', 65], ['A', 20], ['R', 15]]);
  const maxSpeed = max === 'R' ? 0 : rng.pick(MAX_SPEEDS);
  const wbcSpeed = wbc === 'R' ? 0 : rng.int(6, 48) * 500;
  const fttc = noAdsl ? 'none' : fttcState(rng, question.knownLine);

  const sentences = [`Our records show the following information for the ${what} ${line}:`];
  if (noAdsl) sentences.push('ADSL is not available on this line.');
  if (maxSpeed > 0) sentences.push(`ADSL Max is available at up to ${maxSpeed} kbps.`);
  if (wbcSpeed > 0) sentences.push(`WBC ADSL2+ is available at up to ${wbcSpeed} kbps.`);
  if (fttc === 'available') {
    const [down, up] = rng.pick(FTTC_SPEEDS);
    sentences.push(
      `WBC FTTC is available with an estimated downstream line speed of ${down} Mbps ` +
        `and upstream line speed of ${up} Mbps.`,
    );
  }
  if (fttc === 'planned') sentences.push(plannedSentence(rng, question.today));

  return {
    ErrorCode: '0',
    FullMsg: sentences.join(' '),
    FixedRate: { RAG: fixed },
    RateAdaptive: { RAG: adaptive },
    Max: { RAG: max, Speed: maxSpeed },
    WBC: { RAG: wbc, Speed: wbcSpeed },
    MAC: question.mac === undefined ? undefined : checkMac(question.mac, question.issuedMac, line),
  };
}

function fttcState(rng: Rng, knownLine: ConnectionType | undefined) {
  if (knownLine === 'FTTC') return 'available';
  return rng.weighted<'available' | 'planned' | 'none'>([
    ['available', 35], ['planned', 15], ['none', 50],
  ]);
}

/** "Your cabinet is planned to have WBC FTTC by 21st March 2027." (short or long month). */
function plannedSentence(rng: Rng, today: string): string {
  const date = DateTime.fromISO(today, { zone: LONDON })
    .startOf('month')
    .plus({ months: rng.int(2, 14), days: rng.int(0, 27) });
  const months = rng.chance(0.5) ? MONTH_NAMES.short : MONTH_NAMES.long;
  return `Your cabinet is planned to have WBC FTTC by ${ordinal(date.day)} ` +
    `${months[date.month - 1]} ${date.year}.`;
}

function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
  return `${day}${suffix}`;
}

function checkMac(mac: string, issuedMac: string | undefined, line: string): XmlElement {
  if (!isMacShaped(mac)) return { Valid: 'N', ReasonCode: 'INVALID_FORMAT' };
  if (issuedMac !== undefined && issuedMac.toUpperCase() === mac.toUpperCase()) {
    return { Valid: 'Y', ReasonCode: '0' };
  }
  const rng = Rng.from('mac-check', mac.toUpperCase(), line);
  return rng.chance(0.75)
    ? { Valid: 'Y', ReasonCode: '0' }
    : { Valid: 'N', ReasonCode: rng.pick(MAC_REASONS) };
}
