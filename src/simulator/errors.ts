import { ENTA_ERROR } from '../enta/catalogue';

export type EntaErrorCode = (typeof ENTA_ERROR)[keyof typeof ENTA_ERROR];

/**
 * A refusal the simulator answers as Enta does: an `Error` response with a code and a
 * description (HTTP 200). Thrown by handlers, turned into XML in one place.
 */
export class EntaReplyError extends Error {
  constructor(
    readonly code: EntaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EntaReplyError';
  }
}

/** 101: a field is missing or malformed; the description names it. */
export const badField = (field: string, why = 'is missing or malformed') =>
  new EntaReplyError(ENTA_ERROR.BadField, `${field} ${why}`);

/** 102: no service with that ref, username or telephone. */
export const noSuchService = (what: string) =>
  new EntaReplyError(ENTA_ERROR.NoSuchService, `No such service: ${what}`);

/** 103: a date that is impossible or too early. */
export const badDate = (field: string, why: string) =>
  new EntaReplyError(ENTA_ERROR.BadDate, `${field} ${why}`);

/** 104: the service's state does not allow the request. */
export const wrongState = (why: string) => new EntaReplyError(ENTA_ERROR.WrongState, why);
