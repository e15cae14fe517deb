import { BadUserInputError } from '../../errors';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import {
  BlockedService,
  HeavyUser,
  RateLimitedService,
  ReturnType,
  ServiceId,
  ServiceUsage,
  UsageQuery,
} from '../types';
import { parseByteCount, parseInteger } from '../units';
import { child, list, optional, required, requireText, text } from './reading';
import { serviceIdFields, serviceIdFrom } from './service-id';
import { slashDateArg } from './values';

const RETURN_TYPES: readonly ReturnType[] = ['Ref', 'Username', 'Telephone'];

/** GetRateLimited: services whose speed Enta is limiting now, named by `returnType`. */
export async function getRateLimited(
  transport: Transport,
  returnType: ReturnType,
): Promise<RateLimitedService[]> {
  const reply = await transport.get('GetRateLimited', { ReturnType: checkReturnType(returnType) });

  return list(reply.body, 'ADSLAccount').map((node) => ({
    service: serviceFrom(node, returnType),
    rateLimitKbps: required(node, 'RateLimit', parseInteger),
  }));
}

/** GetBlocked: services Enta has blocked, with the reason, named by `returnType`. */
export async function getBlocked(
  transport: Transport,
  returnType: ReturnType,
): Promise<BlockedService[]> {
  const reply = await transport.get('GetBlocked', { ReturnType: checkReturnType(returnType) });

  return list(reply.body, 'ADSLAccount').map((node) => ({
    service: serviceFrom(node, returnType),
    reason: text(node, 'Reason'),
  }));
}

/**
 * GetADSLUsage: usage across services between two dates. WIRE.md gives no reply shape for this
 * operation; we read it like the other service lists: `ADSLAccount[]{<ReturnType>, Download,
 * Upload}` in bytes.
 */
export async function getAdslUsage(
  transport: Transport,
  query: UsageQuery,
): Promise<ServiceUsage[]> {
  const minUsage = query.minUsageBytes;
  if (minUsage !== undefined && (!Number.isInteger(minUsage) || minUsage < 0)) {
    throw new BadUserInputError('minUsageBytes must be a whole number of bytes', 'minUsageBytes');
  }

  const reply = await transport.get('GetADSLUsage', {
    FromDate: slashDateArg(query.from, 'from'),
    ToDate: slashDateArg(query.to, 'to'),
    MinUsage: minUsage === undefined ? undefined : String(minUsage),
    Product: query.product,
    ReturnType: checkReturnType(query.returnType),
  });

  return list(reply.body, 'ADSLAccount').map((node) => ({
    service: serviceFrom(node, query.returnType),
    download: required(node, 'Download', parseByteCount),
    upload: required(node, 'Upload', parseByteCount),
  }));
}

/** GetHeavyUsers: the heaviest users over the last 30 days, or the one service asked about. */
export async function getHeavyUsers(transport: Transport, id?: ServiceId): Promise<HeavyUser[]> {
  const reply = await transport.get('GetHeavyUsers', id ? serviceIdFields(id) : {});

  return list(child(reply.body, 'HeavyUsers'), 'HeavyUser').map((node) => ({
    ref: text(node, 'OurRef'),
    username: text(node, 'Username'),
    cli: text(node, 'Telephone'),
    usageBytes: required(node, 'Usage', parseByteCount),
    allowanceBytes: optional(node, 'Allowance', parseByteCount),
  }));
}

function checkReturnType(returnType: ReturnType): ReturnType {
  if (!RETURN_TYPES.includes(returnType)) {
    throw new BadUserInputError('returnType must be Ref, Username or Telephone', 'returnType');
  }
  return returnType;
}

/** The service named by the element the list was asked to return. */
function serviceFrom(node: EntaNode, returnType: ReturnType): ServiceId {
  return serviceIdFrom(returnType, requireText(node, returnType));
}
