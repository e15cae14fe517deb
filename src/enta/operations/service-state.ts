import { BadUserInputError } from '../../errors';
import { rfc2822ToIso } from '../dates';
import { Transport } from '../transport';
import { Allowance, Note, ServiceId } from '../types';
import { parseBoolean, parseByteCount } from '../units';
import { child, list, optional, required, requireText, text } from './reading';
import { serviceIdFields } from './service-id';
import { refOrUsernameFields } from './service-lookup';
import { money } from './values';

/** CheckUsernameAvailable: whether a username can be used on a new order. */
export async function checkUsernameAvailable(
  transport: Transport,
  username: string,
): Promise<boolean> {
  if (!username.trim()) throw new BadUserInputError('username must not be empty', 'username');

  const reply = await transport.get('CheckUsernameAvailable', { username: username.trim() });
  return required(reply.body, 'Available', parseBoolean);
}

/** GetInterleaving: the service's interleaving setting (`Yes`, `No` or `Auto`). */
export async function getInterleaving(transport: Transport, id: ServiceId): Promise<string> {
  const reply = await transport.get('GetInterleaving', serviceIdFields(id));
  return requireText(reply.body, 'Interleave');
}

/**
 * RequestMAC: asks for a migration code. `Requested` means it will appear on AdslAccount later;
 * `Issued` that the service already has one. An empty reply is Enta's plain acceptance.
 */
export async function requestMac(
  transport: Transport,
  id: ServiceId,
): Promise<{ status: string }> {
  const reply = await transport.get('RequestMAC', serviceIdFields(id));
  return { status: text(reply.body, 'Status') ?? 'Requested' };
}

/** ADSLTopup: the monthly allowance, its use, and any top-up or pay-as-you-go allowance. */
export async function adslTopup(transport: Transport, id: ServiceId): Promise<Allowance> {
  const reply = await transport.get('ADSLTopup', serviceIdFields(id));
  const body = reply.body;

  return {
    usageAllowanceBytes: optional(body, 'UsageAllowance', parseByteCount),
    usedThisMonthBytes: optional(body, 'UsedThisMonth', parseByteCount),
    overuseMethod: text(body, 'OveruseMethod'),
    topupAllowanceBytes: optional(body, 'TopupAllowance', parseByteCount),
    topupRemainingBytes: optional(body, 'TopupRemaining', parseByteCount),
    maxPaygAmount: optional(body, 'MaxPAYGAmount', money),
  };
}

/** GetNotes: the notes on a service, oldest first as Enta lists them. */
export async function getNotes(transport: Transport, id: ServiceId): Promise<Note[]> {
  const reply = await transport.get('GetNotes', await refOrUsernameFields(transport, id));

  return list(child(reply.body, 'Notes'), 'Note').map((note) => ({
    at: optional(note, 'TimeStamp', rfc2822ToIso),
    text: text(note, 'Text') ?? '',
    user: text(note, 'User'),
  }));
}
