import type { GraphQLFieldResolver } from 'graphql';
import { AppError, ErrorCode } from '../errors';
import { serviceKey } from '../loaders/service-key';
import type { Access } from './access';
import type { AuditSink } from './audit';

/** What the audit wrapper needs from each request's context. */
export interface AuditContext {
  requestId: string;
  access: Access;
  audit: AuditSink;
}

/**
 * Wraps a mutation so that every attempt, allowed or refused, leaves one audit event with its
 * outcome. The service is recorded as the caller named it, before any lookup.
 */
export function auditedMutation<C extends AuditContext>(
  mutation: string,
  resolve: GraphQLFieldResolver<unknown, C>,
): GraphQLFieldResolver<unknown, C> {
  return async (source, args, ctx, info) => {
    let outcome = 'ok';
    try {
      return await resolve(source, args, ctx, info);
    } catch (error) {
      outcome = error instanceof AppError ? error.code : codeOf(error);
      throw error;
    } finally {
      ctx.audit.record({
        at: new Date().toISOString(),
        requestId: ctx.requestId,
        principalId: ctx.access.principal.id,
        role: ctx.access.principal.role,
        mutation,
        service: namedService(args),
        outcome,
      });
    }
  };
}

function codeOf(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ArgumentValidationError' ? ErrorCode.BadUserInput : ErrorCode.Internal;
}

/** `ref:ADSL100001`-style, from the mutation's input or arguments; null when none is named. */
function namedService(args: Record<string, unknown>): string | null {
  for (const holder of [args.input, args]) {
    if (holder === null || typeof holder !== 'object') continue;
    const { ref, username, cli } = holder as Record<string, unknown>;
    if (typeof ref === 'string') return serviceKey({ ref });
    if (typeof username === 'string') return serviceKey({ username });
    if (typeof cli === 'string') return serviceKey({ cli });
  }
  return null;
}
