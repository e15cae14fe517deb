import { Rng } from './random';

/**
 * The ways the simulator can misbehave on purpose. Faults that end the exchange early
 * (`hang`, `reset`, `http500`, `http503`) strike before the request is handled unless
 * `afterApply` is set: then the write takes effect first and only its answer is lost, which is
 * the "outcome unknown" case a client must reconcile. Faults that spoil the body (`empty`,
 * `truncated`, `malformed`, `crlf`, `trickle`) always follow a handled request.
 */
export const FAULT_KINDS = [
  'latency', 'hang', 'reset', 'http500', 'http503', 'empty', 'truncated', 'malformed', 'crlf',
  'entaError', 'trickle',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** How one fault behaves when it strikes. */
export interface FaultOptions {
  /** Share of matching requests hit, 0 to 1; default 1 (every one). */
  rate?: number;
  /** Strikes at most this many times, then the rule retires; default unlimited. */
  times?: number;
  /** `hang`, `reset`, `http500`, `http503`: the write is applied before the fault. */
  afterApply?: boolean;
  /** `latency`: added delay; default 200. */
  latencyMs?: number;
  /** `latency`: up to this much more, drawn from the seeded generator; default 0. */
  jitterMs?: number;
  /** `trickle`: pause between bytes; default 5. */
  byteDelayMs?: number;
}

/** One rule: an operation (or `*` for all) and the fault it suffers. */
export interface FaultRule extends FaultOptions {
  operation: string;
  fault: FaultKind;
}

/** A fault that struck one request, with the delay already drawn. */
export interface StruckFault {
  fault: FaultKind;
  afterApply: boolean;
  delayMs: number;
  byteDelayMs: number;
}

/** Switches faults on and off, per operation; see README "Reliability". */
export interface FaultSwitch {
  set(operation: string, fault: FaultKind, options?: FaultOptions): void;
  /** Removes every rule, or those of one operation. */
  clear(operation?: string): void;
  readonly rules: readonly FaultRule[];
  /** How many times faults have struck since the start. */
  readonly struck: number;
}

interface LiveRule extends FaultRule {
  remaining: number;
}

/**
 * Decides, request by request, whether a fault strikes. Draws come from one seeded generator
 * in arrival order, so the same seed and the same request sequence strike the same requests.
 */
export class FaultController implements FaultSwitch {
  private live: LiveRule[] = [];
  private rng: Rng;
  private count = 0;

  constructor(seed: number, rules: readonly FaultRule[] = []) {
    this.rng = new Rng(seed);
    for (const rule of rules) this.set(rule.operation, rule.fault, rule);
  }

  set(operation: string, fault: FaultKind, options: FaultOptions = {}): void {
    if (!FAULT_KINDS.includes(fault)) throw new RangeError(`unknown fault ${String(fault)}`);
    const rate = options.rate ?? 1;
    if (!(rate >= 0 && rate <= 1)) throw new RangeError('a fault rate is from 0 to 1');

    // One rule per operation: setting again replaces, so tests can change their minds.
    this.clear(operation);
    this.live.push({ ...options, operation, fault, rate, remaining: options.times ?? Infinity });
  }

  clear(operation?: string): void {
    this.live = operation === undefined ? [] : this.live.filter((r) => r.operation !== operation);
  }

  get rules(): readonly FaultRule[] {
    return this.live.map(({ remaining: _remaining, ...rule }) => rule);
  }

  get struck(): number {
    return this.count;
  }

  /** The fault for one request to `operation`, if one strikes; a specific rule beats `*`. */
  decide(operation: string): StruckFault | undefined {
    const named = (name: string) => this.live.find((r) => r.operation === name);
    const rule = named(operation) ?? named('*');
    if (!rule || rule.remaining <= 0) return undefined;
    if (this.rng.next() >= (rule.rate ?? 1)) return undefined;

    rule.remaining -= 1;
    this.count += 1;
    const jitter = rule.jitterMs ? Math.floor(this.rng.next() * (rule.jitterMs + 1)) : 0;
    return {
      fault: rule.fault,
      afterApply: rule.afterApply ?? false,
      delayMs: rule.fault === 'latency' ? (rule.latencyMs ?? 200) + jitter : 0,
      byteDelayMs: rule.byteDelayMs ?? 5,
    };
  }
}
