/**
 * Every error a client can see carries one of these codes in `extensions.code`.
 * Anything else is masked as INTERNAL_SERVER_ERROR by the server's error formatter.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  NotSupported: 'NOT_SUPPORTED',
  UpstreamRejected: 'UPSTREAM_REJECTED',
  UpstreamUnavailable: 'UPSTREAM_UNAVAILABLE',
  RateLimited: 'RATE_LIMITED',
  Conflict: 'CONFLICT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base of our own errors: a stable code plus safe-to-show extensions. */
export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something we refuse before any upstream call. */
export class BadUserInputError extends AppError {
  readonly code = ErrorCode.BadUserInput;

  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message, { field });
  }
}

export class NotFoundError extends AppError {
  readonly code = ErrorCode.NotFound;
}

export class NotSupportedError extends AppError {
  readonly code = ErrorCode.NotSupported;
}

export class UnauthenticatedError extends AppError {
  readonly code = ErrorCode.Unauthenticated;
}

export class ForbiddenError extends AppError {
  readonly code = ErrorCode.Forbidden;
}

/** The same request (by idempotency key) is still being handled: try again shortly. */
export class ConflictError extends AppError {
  readonly code = ErrorCode.Conflict;
}

/** Configuration that cannot work: stops start-up with a message saying how to fix it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The caller spent its allowance of query cost for the window; retry after the hint. */
export class RateLimitedError extends AppError {
  readonly code = ErrorCode.RateLimited;

  constructor(readonly retryAfterSeconds: number) {
    super(`rate limit reached: retry after ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
