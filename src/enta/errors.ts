import { AppError, ErrorCode } from '../errors';

/** Where a call to Enta broke down before any answer we could use. */
export type UnavailableStage = 'timeout' | 'connection' | 'http' | 'parse' | 'shape' | 'circuit';

const UNAVAILABLE_MESSAGES: Record<UnavailableStage, string> = {
  timeout: 'Enta did not answer in time',
  connection: 'Enta could not be reached',
  http: 'Enta answered with an HTTP error',
  parse: 'Enta sent a reply that is not readable XML',
  shape: 'Enta sent a reply in a shape we do not understand',
  circuit: 'Enta is failing; calls to it are paused for a moment',
};

/** 401 and 403 mean our partner login is wrong, not that Enta is down: say so. */
function unavailableMessage(stage: UnavailableStage, httpStatus?: number): string {
  if (httpStatus === 401 || httpStatus === 403) {
    return `Enta refused this server's partner login (${httpStatus}); ` +
      'its operator must check ENTA_USERNAME and ENTA_PASSWORD';
  }
  return httpStatus === undefined
    ? UNAVAILABLE_MESSAGES[stage]
    : `${UNAVAILABLE_MESSAGES[stage]} (${httpStatus})`;
}

/**
 * Enta could not be reached or its reply could not be used. The message is generic on purpose:
 * details of the reply go to the debug log, never to a caller.
 */
export class EntaUnavailableError extends AppError {
  readonly code = ErrorCode.UpstreamUnavailable;

  /**
   * For our logs only, never shown: what was wrong with the reply (a missing element's name).
   */
  reason?: string;

  /** True when the request certainly never reached Enta (refused, or the breaker is open). */
  notSent = false;

  constructor(
    readonly stage: UnavailableStage,
    readonly httpStatus?: number,
  ) {
    super(
      unavailableMessage(stage, httpStatus),
      httpStatus === undefined ? { stage } : { stage, httpStatus },
    );
  }
}

/**
 * A write went out and no usable answer came back, and reading Enta's state did not settle
 * whether it took effect. The caller must check before trying again.
 */
export class EntaOutcomeUnknownError extends AppError {
  readonly code = ErrorCode.UpstreamUnavailable;

  constructor(readonly operation: string) {
    super(`Enta did not confirm ${operation}; check before trying again`, {
      operation,
      outcomeUnknown: true,
    });
  }
}

/** Enta understood the request and refused it; its description is safe to show. */
export class EntaRejectedError extends AppError {
  readonly code = ErrorCode.UpstreamRejected;

  constructor(
    readonly entaCode: string | null,
    readonly description: string,
  ) {
    super(`Enta refused the request: ${description}`, { entaCode, description });
  }
}

/** Enta knows no service by the ref, username or telephone number given (Enta error 102). */
export class EntaNotFoundError extends AppError {
  readonly code = ErrorCode.NotFound;

  constructor(readonly description: string) {
    super(`Enta knows no such service: ${description}`, { description });
  }
}

/**
 * A value is not in the wire format expected of it (an impossible date, a volume with no
 * unit). Operations turn it into a shape error for replies or a bad-input error for arguments.
 */
export class WireFormatError extends Error {
  constructor(
    readonly format: string,
    readonly value: string,
  ) {
    super(`${JSON.stringify(value.slice(0, 40))} is not a valid ${format}`);
    this.name = 'WireFormatError';
  }
}
