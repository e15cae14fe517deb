import { rfc2822ToIso } from '../dates';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import { Account, ConnectionField, ConnectionSummary, ServiceId } from '../types';
import { parseBoolean, parseInteger } from '../units';
import { child, list, optional, requireChild, requireText, text } from './reading';
import { serviceIdFields } from './service-id';
import { money } from './values';

/** AdslAccount: one service's details. EntaNotFoundError when Enta does not know it. */
export async function adslAccount(transport: Transport, id: ServiceId): Promise<Account> {
  const reply = await transport.get('AdslAccount', serviceIdFields(id));
  return accountFrom(requireChild(reply.body, 'ADSLAccount'));
}

function accountFrom(node: EntaNode): Account {
  const features = child(node, 'LineFeatures');
  const contact = child(node, 'ContactDetails');
  const prices = child(node, 'PriceDetails');

  return {
    ref: requireText(node, 'OurRef'),
    username: requireText(node, 'Username'),
    password: text(node, 'Password'),
    cli: requireText(node, 'Telephone'),
    status: requireText(node, 'Status'),
    connectionType: text(node, 'ConnectionType'),
    product: text(node, 'Product'),
    ipAddress: text(node, 'IPAddress'),
    provisionDate: optional(node, 'ProvisionDate', rfc2822ToIso),
    ceaseDate: optional(node, 'CeaseDate', rfc2822ToIso),
    mac: text(node, 'MAC'),
    macExpires: optional(node, 'MACExpires', rfc2822ToIso),
    lineFeatures: {
      interleaving: text(features, 'Interleaving'),
      stabilityOption: text(features, 'StabilityOption'),
      elevatedBestEfforts: optional(features, 'ElevatedBestEfforts', parseBoolean),
      maintenanceCategory: optional(features, 'MaintenanceCategory', parseInteger),
      upstream: text(features, 'Upstream'),
    },
    contact: {
      email: text(contact, 'Email'),
      telDay: text(contact, 'TelDay'),
      telEve: text(contact, 'TelEve'),
    },
    prices: {
      periodFee: optional(prices, 'PeriodFee', money),
      enhancedCareFee: optional(prices, 'EnhancedCareFee', money),
      elevatedBestEffortsFee: optional(prices, 'ElevatedBestEffortsFee', money),
    },
  };
}

export interface ListConnectionsArgs {
  status: 'live' | 'ceased';
  fields: ConnectionField[];
}

const SUMMARY_KEYS: Record<ConnectionField, keyof ConnectionSummary> = {
  Ref: 'ref',
  Username: 'username',
  Telephone: 'cli',
  Status: 'status',
  Product: 'product',
  ConnectionType: 'connectionType',
  IPAddress: 'ipAddress',
  ProvisionDate: 'provisionDate',
};

/** ListConnections: every live (or ceased) service, with only the fields asked for. */
export async function listConnections(
  transport: Transport,
  args: ListConnectionsArgs,
): Promise<ConnectionSummary[]> {
  const fields = [...new Set(args.fields)];
  const reply = await transport.get('ListConnections', {
    liveorceased: args.status,
    fields: fields.join(','),
  });

  return list(reply.body, 'ADSLAccount').map((node) => summaryFrom(node, fields));
}

function summaryFrom(node: EntaNode, fields: ConnectionField[]): ConnectionSummary {
  const summary: ConnectionSummary = {};
  for (const field of fields) {
    const value =
      field === 'ProvisionDate' ? optional(node, field, rfc2822ToIso) : text(node, field);
    if (value !== null) summary[SUMMARY_KEYS[field]] = value;
  }
  return summary;
}
