import { GraphQLError } from 'graphql';
import type { AppError } from '../errors';

/**
 * An AppError raised outside resolvers (context creation, request plugins), as Apollo needs
 * it: a GraphQLError carrying the HTTP status and headers to answer with. formatError still
 * sees the AppError as `originalError` and shows only its code and safe details.
 */
export function httpError(
  error: AppError,
  status: number,
  headers: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...error.details, code: error.code, http: { status, headers: new Map(
      Object.entries(headers)) } },
  });
}
