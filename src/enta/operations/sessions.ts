import { BadUserInputError } from '../../errors';
import { slashDateTimeToIso, ukDateTimeToIso } from '../dates';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import { ConnectionSession, MaxReport, RadiusLogEntry, ServiceId } from '../types';
import { parseInteger, parseVolume } from '../units';
import { list, optional, required, requireText, text } from './reading';
import { serviceIdFields } from './service-id';
import { refOrUsernameFields, usernameOf } from './service-lookup';

/** LastRadiusLog: the service's last authentication attempt; null when there is none. */
export async function lastRadiusLog(
  transport: Transport,
  id: ServiceId,
): Promise<RadiusLogEntry | null> {
  const reply = await transport.get('LastRadiusLog', await refOrUsernameFields(transport, id));
  const body = reply.body;
  if (text(body, 'DateTime') === null) return null;

  return {
    at: required(body, 'DateTime', ukDateTimeToIso),
    username: text(body, 'Username'),
    ipAddress: text(body, 'IPAddress'),
    result: text(body, 'Result'),
    reason: text(body, 'Reason'),
  };
}

/**
 * ConnectionHistory: the service's sessions over the last `days` days. Enta takes only a
 * username, so another id is looked up first.
 */
export async function connectionHistory(
  transport: Transport,
  id: ServiceId,
  args: { days: number },
): Promise<ConnectionSession[]> {
  if (!Number.isInteger(args.days) || args.days < 1) {
    throw new BadUserInputError('days must be a whole number of at least 1', 'days');
  }

  const username = await usernameOf(transport, id);
  const reply = await transport.get('ConnectionHistory', {
    Username: username,
    Days: String(args.days),
  });
  return list(reply.body, 'Connection').map(sessionFrom);
}

function sessionFrom(node: EntaNode): ConnectionSession {
  return {
    username: text(node, 'Username'),
    startsAt: required(node, 'StartDateTime', ukDateTimeToIso),
    endsAt: optional(node, 'EndDateTime', ukDateTimeToIso),
    uploadBytes: required(node, 'Input', parseVolume),
    downloadBytes: required(node, 'Output', parseVolume),
    terminateCause: text(node, 'TerminateCause'),
  };
}

/** GetMaxReports: BT's line-rate and service-profile reports for an ADSL Max line. */
export async function getMaxReports(transport: Transport, id: ServiceId): Promise<MaxReport[]> {
  const reply = await transport.get('GetMaxReports', serviceIdFields(id));

  return list(reply.body, 'Report').map((report) => ({
    name: requireText(report, 'Name'),
    records: list(report, 'Record').map((record) => ({
      syncAt: optional(record, 'SyncTimestamp', slashDateTimeToIso),
      bipUpdateAt: optional(record, 'BIPUpdateTime', slashDateTimeToIso),
      lineRateAt: optional(record, 'LineRateTimestamp', slashDateTimeToIso),
      downstreamKbps: optional(record, 'DownstreamRate', parseInteger),
      upstreamKbps: optional(record, 'UpstreamRate', parseInteger),
    })),
  }));
}
