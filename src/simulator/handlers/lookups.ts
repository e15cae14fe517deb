import { recentUsage } from '../data/usage';
import { badField, wrongState } from '../errors';
import { serviceId } from '../fields';
import { london } from '../time';
import { CallContext, Reply, requireService } from './context';

/** CheckUsernameAvailable: `true` when no service (live or not) holds the name. */
export function checkUsernameAvailable({ state, fields }: CallContext): Reply {
  const username = fields.require('username');
  return { body: { Available: state.isUsernameTaken(username) ? 'false' : 'true' } };
}

/** GetInterleaving: the service's interleaving setting. */
export function getInterleaving({ state, fields }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  return { body: { Interleave: service.lineFeatures.Interleaving } };
}

/** RequestMAC: a MAC is issued one day after the request and lasts 30 days. */
export function requestMac({ state, fields, now }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  if (service.mac) return { body: { Status: 'Issued' } };
  if (service.status !== 'Installed') {
    throw wrongState(`Service ${service.ref} is ${service.status}`);
  }
  service.macRequestedAt ??= now;
  return { body: { Status: 'Requested' } };
}

/** ADSLTopup: the monthly allowance, this month's use and the overuse arrangement. */
export function adslTopup({ state, fields, now }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  const monthStart = london(now).startOf('month').toISODate() as string;
  const usage = recentUsage(state.seed, service, monthStart, now);
  const used = usage.down + usage.up;
  const over = Math.max(0, used - service.allowanceBytes);

  return {
    body: {
      UsageAllowance: service.allowanceBytes,
      UsedThisMonth: used,
      OveruseMethod: service.overuseMethod,
      TopupAllowance: service.topupAllowanceBytes,
      TopupRemaining: Math.max(0, service.topupAllowanceBytes - over),
      MaxPAYGAmount: service.maxPAYGAmount,
    },
  };
}

/** The ReturnType of GetRateLimited and GetBlocked: which identifier each account carries. */
export function returnType(value: string | undefined): 'Username' | 'Telephone' | 'Ref' {
  if (value === 'Username' || value === 'Telephone' || value === 'Ref') return value;
  throw badField('ReturnType', 'must be Username, Telephone or Ref');
}
