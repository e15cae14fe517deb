import { FAULT_KINDS, FaultKind, FaultRule } from './faults';

/** The faults that can strike after the write is applied, spelt `<fault>AfterApply`. */
const AFTER_APPLY_KINDS: readonly FaultKind[] = ['hang', 'reset', 'http500', 'http503'];

const ENTRY = /^([A-Za-z*]+)=([A-Za-z0-9]+)((?::\d+)*)(?:@([\d.]+))?(?:\*(\d+))?$/;

/** A fault specification that cannot be read; the message says which part and why. */
export class FaultSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultSpecError';
  }
}

/**
 * Reads `SIMULATOR_FAULTS`: either a JSON array of rules
 * (`[{"operation":"AdslAccount","fault":"reset","rate":0.1}]`) or the compact form, entries
 * separated by `;`: `operation=fault[:n[:m]][@rate][*times]`, e.g.
 * `AdslAccount=reset@0.1; CreateADSLOrder=resetAfterApply*1; *=latency:200:50`.
 * For `latency` the numbers are the delay and the jitter in ms; for `trickle`, the ms per byte.
 */
export function parseFaultSpec(text: string): FaultRule[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) return parseJson(trimmed);

  return trimmed
    .split(';')
    .map((entry) => entry.replace(/\s+/g, ''))
    .filter((entry) => entry !== '')
    .map(parseEntry);
}

function parseEntry(entry: string): FaultRule {
  const match = ENTRY.exec(entry);
  if (!match) throw new FaultSpecError(`"${entry}" is not operation=fault[:n][@rate][*times]`);

  const [, operation, name, args, rate, times] = match;
  const numbers = args.split(':').filter(Boolean).map(Number);
  const rule: FaultRule = { operation, ...kindOf(name) };
  if (rate !== undefined) rule.rate = checkRate(Number(rate), entry);
  if (times !== undefined) rule.times = Number(times);
  if (rule.fault === 'latency') {
    rule.latencyMs = numbers[0];
    rule.jitterMs = numbers[1];
  }
  if (rule.fault === 'trickle') rule.byteDelayMs = numbers[0];
  return rule;
}

function kindOf(name: string): { fault: FaultKind; afterApply?: boolean } {
  const base = name.replace(/AfterApply$/, '');
  const afterApply = base !== name;
  if (!(FAULT_KINDS as readonly string[]).includes(base)) {
    throw new FaultSpecError(`unknown fault "${name}"; known: ${FAULT_KINDS.join(', ')}`);
  }
  const fault = base as FaultKind;
  if (afterApply && !AFTER_APPLY_KINDS.includes(fault)) {
    throw new FaultSpecError(`"${name}": only ${AFTER_APPLY_KINDS.join(', ')} take AfterApply`);
  }
  return afterApply ? { fault, afterApply } : { fault };
}

function checkRate(rate: number, where: string): number {
  if (!(rate >= 0 && rate <= 1)) throw new FaultSpecError(`"${where}": a rate is from 0 to 1`);
  return rate;
}

function parseJson(text: string): FaultRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FaultSpecError('the JSON form must be an array of {operation, fault, …} objects');
  }
  if (!Array.isArray(parsed)) throw new FaultSpecError('the JSON form must be an array');

  return parsed.map((item: Partial<FaultRule>) => {
    if (typeof item?.operation !== 'string' || typeof item.fault !== 'string') {
      throw new FaultSpecError('each JSON rule needs a string operation and fault');
    }
    kindOf(item.fault);
    if (item.rate !== undefined) checkRate(item.rate, item.operation);
    return item as FaultRule;
  });
}
