import { BadUserInputError } from '../../errors';
import { rfc2822ToIso } from '../dates';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import { Fault, FaultList, FaultPeriod, ServiceId } from '../types';
import { parseInteger } from '../units';
import { child, list, optional, requireText, text } from './reading';
import { serviceIdFields } from './service-id';
import { isoDateArg, slashDateArg } from './values';

/** GetBTFault: the faults BT reported on one day, or over a range of days. */
export async function getBtFault(transport: Transport, period: FaultPeriod): Promise<FaultList> {
  const reply = await transport.get('GetBTFault', faultPeriodParams(period));
  const faults = list(child(reply.body, 'Faults'), 'Fault').map(faultFrom);

  return {
    totalResults: optional(reply.body, 'TotalResults', parseInteger) ?? faults.length,
    faults,
  };
}

function faultPeriodParams(period: FaultPeriod): Record<string, string> {
  if ('day' in period) return { day: slashDateArg(period.day, 'day') };

  const from = isoDateArg(period.from, 'from');
  const to = isoDateArg(period.to, 'to');
  if (from > to) throw new BadUserInputError('from must not be after to', 'from');
  return { start: slashDateArg(from, 'from'), end: slashDateArg(to, 'to') };
}

/** GetOpenADSLFaults: the faults still open on one service. */
export async function getOpenAdslFaults(transport: Transport, id: ServiceId): Promise<Fault[]> {
  const reply = await transport.get('GetOpenADSLFaults', serviceIdFields(id));
  return list(child(reply.body, 'Faults'), 'Fault').map(faultFrom);
}

function faultFrom(node: EntaNode): Fault {
  return {
    faultRef: requireText(node, 'FaultRef'),
    ref: text(node, 'OurRef'),
    cli: text(node, 'Telephone'),
    reportedAt: optional(node, 'Reported', rfc2822ToIso),
    status: text(node, 'Status'),
    description: text(node, 'Description'),
  };
}
