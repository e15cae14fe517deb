import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors';
import { callLoader } from '../loaders/call-loader';
import type { ConnectionListArgs, Loaders } from '../loaders';
import { Access } from './access';
import type { Authenticator } from './authenticate';
import { httpError } from './http-error';

/**
 * The request's caller and its view of the data, built before Apollo parses the query: a
 * request without valid credentials is answered 401 UNAUTHENTICATED and nothing runs.
 */
export async function accessFor(
  headers: IncomingHttpHeaders,
  authenticate: Authenticator,
  loaders: Loaders,
): Promise<Access> {
  try {
    const principal = await authenticate(headers);
    return new Access(principal, (id) => loaders.account.load(id));
  } catch (error) {
    if (error instanceof AppError) throw httpError(error, 401);
    throw error;
  }
}

/**
 * For a customer, the service list holds only its own services, so that counts and pages are
 * right, not merely filtered after the fact. The rows always carry Ref and Username, which the
 * check compares.
 */
export function scopeLoaders(loaders: Loaders, access: Access): Loaders {
  if (!access.scoped) return loaders;

  const all = loaders.connections;
  const connections = callLoader(
    async (args: ConnectionListArgs) => {
      const fields = [...new Set([...args.fields, 'Ref' as const, 'Username' as const])];
      const rows = await all.load({ ...args, fields });
      return rows.filter((row) => access.rowVisible(row));
    },
    (args) => `${args.status}|${[...args.fields].sort().join(',')}`,
  );
  return { ...loaders, connections };
}
