import { maxReports } from '../data/max-reports';
import { recentUsage } from '../data/usage';
import { badDate, badField } from '../errors';
import { parseDay, refOrUsername, serviceId } from '../fields';
import type { Fault, SimService } from '../model';
import { addDays, formatRfc2822, londonDay, startOfLondonDay } from '../time';
import { CallContext, Reply, requireService } from './context';
import { returnType } from './lookups';
import { byRef } from './shape';

const isLive = (service: SimService) =>
  service.status === 'Installed' || service.status === 'Ceasing';

/** GetRateLimited (root-level reply): live accounts under a rate limit, in kbit/s. */
export function getRateLimited({ state, fields }: CallContext): Reply {
  const key = returnType(fields.get('ReturnType'));
  const accounts = byRef(state.services.values())
    .filter((service) => isLive(service) && service.rateLimitKbps !== undefined)
    .map((service) => ({ [key]: idOf(service, key), RateLimit: service.rateLimitKbps }));
  return { body: { ADSLAccount: accounts }, rootLevel: true };
}

/** GetBlocked (root-level reply): live accounts blocked, with the reason. */
export function getBlocked({ state, fields }: CallContext): Reply {
  const key = returnType(fields.get('ReturnType'));
  const accounts = byRef(state.services.values())
    .filter((service) => isLive(service) && service.blockedReason !== undefined)
    .map((service) => ({ [key]: idOf(service, key), Reason: service.blockedReason }));
  return { body: { ADSLAccount: accounts }, rootLevel: true };
}

function idOf(service: SimService, key: 'Username' | 'Telephone' | 'Ref'): string {
  if (key === 'Ref') return service.ref;
  return key === 'Username' ? service.username : service.telephone;
}

/** GetBTFault: faults reported on `day`, or from `start` to `end` inclusive. */
export function getBtFault({ state, fields }: CallContext): Reply {
  const day = fields.get('day');
  const first = day ?? fields.get('start');
  const last = day ?? fields.get('end');
  const mixed = day !== undefined && (fields.get('start') ?? fields.get('end')) !== undefined;
  if (first === undefined || last === undefined || mixed) {
    throw badField('day, or start and end', 'is required (one or the other)');
  }
  const from = parseDay(day ? 'day' : 'start', first);
  const to = parseDay(day ? 'day' : 'end', last);
  if (to < from) throw badDate('end', 'is before start');

  const after = startOfLondonDay(from);
  const before = startOfLondonDay(addDays(to, 1));
  const faults = state.faults.filter((fault) => fault.reported >= after && fault.reported < before);
  return { body: { TotalResults: faults.length, Faults: { Fault: faultElements(faults) } } };
}

/** GetOpenADSLFaults: the service's faults not yet cleared. */
export function getOpenAdslFaults({ state, fields }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  const open = state.faults.filter(
    (fault) => fault.ourRef === service.ref && fault.status === 'Open',
  );
  return { body: { Faults: { Fault: faultElements(open) } } };
}

function faultElements(faults: Fault[]) {
  return [...faults]
    .sort((a, b) => a.reported.getTime() - b.reported.getTime())
    .map((fault) => ({
      FaultRef: fault.faultRef,
      OurRef: fault.ourRef,
      Telephone: fault.telephone,
      Reported: formatRfc2822(fault.reported),
      Status: fault.status,
      Description: fault.description,
    }));
}

/** GetHeavyUsers: live services whose last 30 days exceed their monthly allowance. */
export function getHeavyUsers({ state, fields, now }: CallContext): Reply {
  const named = ['Ref', 'Username', 'Telephone'].some((name) => fields.get(name) !== undefined);
  const candidates = named
    ? [requireService(state, serviceId(fields))]
    : byRef(state.services.values()).filter(isLive);
  const from = addDays(londonDay(now), -29);

  const heavy = candidates.flatMap((service) => {
    const usage = recentUsage(state.seed, service, from, now);
    const total = usage.down + usage.up;
    if (total <= service.allowanceBytes) return [];
    return [{
      OurRef: service.ref,
      Username: service.username,
      Telephone: service.telephone,
      Usage: total,
      Allowance: service.allowanceBytes,
    }];
  });
  return { body: { HeavyUsers: { HeavyUser: heavy } } };
}

/** GetNotes: the notes on a service, oldest first. */
export function getNotes({ state, fields }: CallContext): Reply {
  const service = requireService(state, refOrUsername(fields));
  const notes = service.notes.map((note) => ({
    TimeStamp: formatRfc2822(note.timeStamp),
    Text: note.text,
    User: note.user,
  }));
  return { body: { Notes: { Note: notes } } };
}

/** GetMaxReports: line rate changes and profile updates for rate-adaptive lines. */
export function getMaxReports({ state, fields, now }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  return { body: { Report: maxReports(state.seed, service, now) } };
}
