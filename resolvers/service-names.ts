import type { ServiceId } from '../src/enta';
import type { RequestContext } from '../src/server/context';
import type { ServiceSource } from './service.mapping';

/**
 * The names of a service that some Enta operations insist on. The client would look a missing
 * one up with its own AdslAccount call, outside the request's loaders; asking here first means
 * the name comes from what the request already holds (the list row, the account) or from the
 * shared account loader, so a request never pays for a hidden second AdslAccount.
 */

/** The service's ref: as named, from the row or account at hand, else from the account. */
export async function refOf(s: ServiceSource, ctx: RequestContext): Promise<string> {
  if ('ref' in s.id) return s.id.ref;
  const known = s.account?.ref ?? s.summary?.ref;
  if (known) return known;
  return (await ctx.loaders.account.load(s.id)).ref;
}

/** The service's username, found the same way (ConnectionHistory takes nothing else). */
export async function usernameOf(s: ServiceSource, ctx: RequestContext): Promise<string> {
  if ('username' in s.id) return s.id.username;
  const known = s.account?.username ?? s.summary?.username;
  if (known) return known;
  return (await ctx.loaders.account.load(s.id)).username;
}

/** For operations taking a Ref or a Username: whichever is known without a call. */
export async function refOrUsernameOf(s: ServiceSource, ctx: RequestContext): Promise<ServiceId> {
  if ('ref' in s.id || 'username' in s.id) return s.id;
  return { ref: await refOf(s, ctx) };
}

/** The line's telephone number, national form. */
export async function cliOf(s: ServiceSource, ctx: RequestContext): Promise<string> {
  if ('cli' in s.id) return s.id.cli;
  const known = s.account?.cli ?? s.summary?.cli;
  if (known) return known;
  return (await ctx.loaders.account.load(s.id)).cli;
}
