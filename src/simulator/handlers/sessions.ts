import { formatVolume, sessionsOf } from '../data/sessions';
import { badField } from '../errors';
import { parseWhole, refOrUsername } from '../fields';
import { Rng } from '../random';
import { formatUkLong, londonDay, startOfLondonDay } from '../time';
import { CallContext, Reply, requireService } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;

/** LastRadiusLog: the latest authentication; blocked or silent lines show a rejection. */
export function lastRadiusLog({ state, fields, now }: CallContext): Reply {
  const service = requireService(state, refOrUsername(fields));
  if (!service.activatedAt) return { body: {} };

  const common = { Username: service.username, IPAddress: service.ipAddress };
  const latest = sessionsOf(state.seed, service, now).at(-1);
  if (latest && !service.blockedReason) {
    return { body: { DateTime: formatUkLong(latest.start), ...common, Result: 'Accept' } };
  }

  // A line that cannot log in keeps trying: its latest attempt is some time today.
  const today = startOfLondonDay(londonDay(now)).getTime();
  const rng = Rng.from(state.seed, 'reject', service.ref, londonDay(now));
  const at = new Date(Math.min(now.getTime(), today + rng.int(0, 86_399) * 1000));
  const reason = service.blockedReason
    ? `Account blocked: ${service.blockedReason}`
    : 'Invalid password';
  return { body: { DateTime: formatUkLong(at), ...common, Result: 'Reject', Reason: reason } };
}

/** ConnectionHistory: sessions that overlap the last `Days` days, oldest first. */
export function connectionHistory({ state, fields, now }: CallContext): Reply {
  if (fields.get('Ref') !== undefined || fields.get('Telephone') !== undefined) {
    throw badField('Username', 'is the only way to name the service here');
  }
  const service = requireService(state, refOrUsername(fields));
  const days = parseWhole('Days', fields.require('Days'), 1, 365);
  const since = now.getTime() - days * DAY_MS;

  const connections = sessionsOf(state.seed, service, now)
    .filter((session) => (session.end ?? now).getTime() >= since)
    .map((session) => ({
      Username: service.username,
      StartDateTime: formatUkLong(session.start),
      EndDateTime: session.end ? formatUkLong(session.end) : '',
      Input: formatVolume(session.input),
      Output: formatVolume(session.output),
      TerminateCause: session.terminateCause,
    }));
  return { body: { Connection: connections } };
}
