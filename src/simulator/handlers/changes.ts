import { badDate, badField, wrongState } from '../errors';
import {
  childElement, elementFields, parseChoice, parseDay, parseMoney, serviceId,
} from '../fields';
import type { LineFeatures } from '../model';
import { addOrder } from '../orders';
import { startOfLondonDay } from '../time';
import type { XmlElement } from '../xml';
import { CallContext, Reply, requireService } from './context';
import { onlyKnown } from './shape';

const FEATURE_VALUES: Record<keyof LineFeatures, readonly string[] | undefined> = {
  Interleaving: ['Yes', 'No', 'Auto'],
  StabilityOption: ['Standard', 'Stable', 'Super Stable'],
  ElevatedBestEfforts: ['Yes', 'No'],
  MaintenanceCategory: ['4', '5'],
  Upstream: undefined,
};
const FEES = ['ElevatedBestEffortsFee', 'MaintenanceCategoryFee', 'UpstreamFee'];

/** ModifyLineFeatures: changes the features sent; the reply names each with its new value. */
export function modifyLineFeatures({ state, operation }: CallContext): Reply {
  const account = childElement(operation, 'ADSLAccount', 'OperationResponse');
  if (!account) throw badField('ADSLAccount', 'is required');
  onlyKnown(account, ['Ref', 'Username', 'Telephone', 'LineFeatures'], 'ADSLAccount');
  const service = requireService(state, serviceId(elementFields(account, 'ADSLAccount')));

  const node = childElement(account, 'LineFeatures', 'ADSLAccount');
  if (!node) throw badField('LineFeatures', 'is required');
  onlyKnown(node, [...Object.keys(FEATURE_VALUES), ...FEES], 'LineFeatures');
  const features = elementFields(node, 'LineFeatures');

  const changes: Partial<LineFeatures> = {};
  for (const [name, allowed] of Object.entries(FEATURE_VALUES)) {
    const value = features.get(name);
    if (value === undefined) continue;
    if (allowed) parseChoice(`LineFeatures.${name}`, value, allowed);
    else if (value.length > 32) throw badField(`LineFeatures.${name}`, 'is too long');
    changes[name as keyof LineFeatures] = value;
  }
  if (Object.keys(changes).length === 0) throw badField('LineFeatures', 'names no feature');

  const fees = Object.fromEntries(
    FEES.flatMap((name) => {
      const fee = features.get(name);
      return fee === undefined ? [] : [[name, parseMoney(`LineFeatures.${name}`, fee)]];
    }),
  );
  if (service.status === 'Ceased' || service.status === 'Ceasing') {
    throw wrongState(`Service ${service.ref} is ${service.status}`);
  }

  Object.assign(service.lineFeatures, changes);
  if (fees.ElevatedBestEffortsFee) {
    service.prices.ElevatedBestEffortsFee = fees.ElevatedBestEffortsFee;
  }
  if (fees.MaintenanceCategoryFee) service.prices.EnhancedCareFee = fees.MaintenanceCategoryFee;

  const echoed: XmlElement = {};
  for (const [name, value] of Object.entries(changes)) echoed[name] = { NewValue: value };
  return { body: { ADSLAccount: { LineFeatures: echoed } } };
}

/** CeaseADSLOrder: a cease for a date from today on; the service is Ceasing until then. */
export function ceaseAdslOrder({ state, fields, now, today }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  const ceaseDay = parseDay('ceaseDate', fields.require('ceaseDate'));
  if (ceaseDay < today) throw badDate('ceaseDate', 'is in the past');
  if (service.status !== 'Installed') {
    throw wrongState(`Service ${service.ref} is ${service.status}`);
  }

  addOrder(state, {
    ourRef: service.ref,
    kind: 'cease',
    orderType: 'Cease',
    telephone: service.telephone,
    username: service.username,
    product: service.product,
    customerRef: service.customerRef,
    placedAt: now,
    provisionDate: startOfLondonDay(ceaseDay),
  });
  state.settle(now);
  return { body: { OurRef: service.ref }, operationType: 'Accept' };
}
