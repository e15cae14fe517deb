import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode } from '../errors';

/** Codes that graphql-js and Apollo give to faults of the request itself: safe to pass on. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place that decides what a client may see of an error. Our own errors pass with
 * their code and safe details; request-shape errors from the engine pass as they are;
 * everything else becomes INTERNAL_SERVER_ERROR with a fixed message, so stack traces,
 * upstream URLs and bodies never leave the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = appErrorOf(error) ?? unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { ...original.details, code: original.code },
    };
  }
  if (original instanceof ArgumentValidationError) {
    return { ...base, ...describeValidation(original) };
  }

  const code = formatted.extensions?.code;
  if (code === ErrorCode.BadUserInput) {
    const field = variableFieldOf(formatted.message);
    return { ...base, message: formatted.message,
      extensions: field ? { code, field } : { code } };
  }
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (isRequestFault(error)) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.Internal } };
}

/**
 * The field a variable-coercion message is about, in the form our own errors use:
 * `Variable "$i" got invalid value "x" at "i.site.email"; …` names `site.email`, and a
 * message about the variable as a whole names the variable.
 */
function variableFieldOf(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/.exec(message);
  if (match) return match[2].split('.').slice(1).join('.') || match[1];
  return /^Variable "\$(\w+)"/.exec(message)?.[1];
}

/**
 * Apollo raises some faults of the request itself (a persisted-query hash that does not match
 * its text, an unknown persisted-query version) with an HTTP 4xx status but no code.
 */
export function isRequestFault(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const http = error.extensions?.http as { status?: number } | undefined;
  return http?.status !== undefined && http.status >= 400 && http.status < 500;
}

/** Our own error, also when raised outside a resolver (context creation, request plugins). */
function appErrorOf(error: unknown): AppError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return original instanceof AppError ? original : undefined;
}

/** class-validator's nested report, flattened to the first failing field's dotted path. */
function describeValidation(error: ArgumentValidationError) {
  let path: string[] = [];
  let current = error.extensions.validationErrors[0];

  while (current) {
    path = [...path, current.property];
    if (current.constraints && Object.keys(current.constraints).length > 0) break;
    current = current.children?.[0] as typeof current;
  }

  const message = current?.constraints ? Object.values(current.constraints)[0] : 'Invalid input';
  return {
    message: message ?? 'Invalid input',
    extensions: { code: ErrorCode.BadUserInput, field: path.join('.') },
  };
}
