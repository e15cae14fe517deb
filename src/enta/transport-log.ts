import {
  EntaNotFoundError,
  EntaRejectedError,
  EntaUnavailableError,
  UnavailableStage,
} from './errors';
import type { Logger } from '../logger';

/** How an Enta call ended: a success, Enta's own refusal, or the stage where it broke down. */
export type CallOutcome = 'ok' | 'rejected' | 'not_found' | UnavailableStage | 'error';

/** The outcome an error (or its absence) stands for. */
export function outcomeOf(error: unknown): CallOutcome {
  if (error === undefined) return 'ok';
  if (error instanceof EntaNotFoundError) return 'not_found';
  if (error instanceof EntaRejectedError) return 'rejected';
  if (error instanceof EntaUnavailableError) return error.stage;
  return 'error';
}

export interface CallLogEntry {
  operation: string;
  method: string;
  durationMs: number;
  outcome: CallOutcome;
  httpStatus?: number;
  /** The reply body, logged (trimmed) only when the call failed. */
  body?: string;
}

const MAX_LOGGED_BODY = 500;

/**
 * One debug line per call. The URL is not logged: its query holds telephone numbers and
 * postcodes, and credentials never reach this function at all.
 */
export function logCall(logger: Logger, entry: CallLogEntry): void {
  const { body, ...fields } = entry;
  const trimmed = body?.trim().slice(0, MAX_LOGGED_BODY);

  logger.debug(
    trimmed ? { ...fields, body: trimmed } : fields,
    `Enta ${entry.operation} ${entry.outcome} in ${entry.durationMs} ms`,
  );
}
