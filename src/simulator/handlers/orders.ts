import { MIGRATION_ORDER_TYPE } from '../../enta/catalogue';
import { isMacShaped } from '../data/mac';
import { newService } from '../data/new-service';
import { badField } from '../errors';
import {
  childElement, elementFields, parseChoice, parseDay, parseTelephone, parseWhole,
} from '../fields';
import type { LineFeatures, OveruseMethod } from '../model';
import { addOrder } from '../orders';
import { hashToUint32 } from '../random';
import { startOfLondonDay } from '../time';
import { CallContext, Reply } from './context';
import {
  BILLING_FIELDS, CONTACT_FIELDS, CUSTOMER_FIELDS, checkLineFree, checkMoney, checkOrderDay,
  readBillingAndCustomer, readContact, readProduct, readUsername,
} from './order-fields';
import { onlyKnown } from './shape';

const ADSL_ORDER_FIELDS = [
  ...CONTACT_FIELDS, 'Product', 'ProductInitialFee', 'ProductOngoingFee', 'OnsiteHazards',
  'Telephone', 'ProvisionDate', 'NAT', 'InitialNoNATFee', 'NoNatReason', 'Username', 'Password',
  'ISPName', 'CareLevel', 'InitialCareLevelFee', 'OngoingCareLevelFee', 'LineSpeed',
  'OveruseMethod', 'MaxPAYGAmount', 'MAC', 'Realm', 'BaseDomain', 'StabilityOption',
  'Interleave', 'BestEfforts', 'BestEffortsInitialFee', 'BestEffortsOngoingFee', 'InstallFee',
  'Upstream', 'UpstreamInitialFee', 'UpstreamOngoingFee', 'AssignIPV6',
];
const ADSL_MONEY = [
  'ProductInitialFee', 'ProductOngoingFee', 'InitialNoNATFee', 'InitialCareLevelFee',
  'OngoingCareLevelFee', 'MaxPAYGAmount', 'BestEffortsInitialFee', 'BestEffortsOngoingFee',
  'InstallFee', 'UpstreamInitialFee', 'UpstreamOngoingFee',
];
const SECTIONS = ['ADSLAccount', 'BillingAccount', 'CustomerRecord', 'AppointmentDetails'];

/** CreateADSLOrder: a new Pending service and its provide (or migration) order. */
export function createAdslOrder({ state, operation, requestType, now, today }: CallContext): Reply {
  onlyKnown(operation ?? {}, SECTIONS, 'OperationResponse');
  const account = childElement(operation, 'ADSLAccount', 'OperationResponse');
  if (!account) throw badField('ADSLAccount', 'is required');
  onlyKnown(account, ADSL_ORDER_FIELDS, 'ADSLAccount');
  const fields = elementFields(account, 'ADSLAccount');
  const { billing, record, customerRef } = readBillingAndCustomer(operation ?? {});
  if (billing) onlyKnown(billing, BILLING_FIELDS, 'BillingAccount');
  if (record) onlyKnown(record, CUSTOMER_FIELDS, 'CustomerRecord');

  const product = readProduct(fields, 'ADSLAccount');
  const contact = readContact(fields);
  const telephone = parseTelephone('Telephone', fields.require('Telephone'));
  const day = parseDay('ProvisionDate', fields.require('ProvisionDate'));
  checkOrderDay(day, today, 'ProvisionDate');
  checkMoney(fields, ADSL_MONEY, 'ADSLAccount');
  const mac = fields.get('MAC');
  const migration = requestType === MIGRATION_ORDER_TYPE;
  if (migration && (mac === undefined || !isMacShaped(mac))) throw badField('MAC', 'is required');
  if (!migration && mac !== undefined) throw badField('MAC', 'needs an ADSLMigrationOrder');
  const nat = fields.get('NAT');
  if (nat !== undefined) parseWhole('NAT', nat, 0, 256);
  const features = readOrderFeatures(fields);
  const username = readUsername(state, 'Username', fields.require('Username'));
  const password = fields.require('Password');
  checkLineFree(state, telephone);

  const ref = state.allocateRef();
  state.addService(
    newService(state, {
      ref, product, telephone, username, password, customerRef, features,
      ...contact,
      provisionDate: startOfLondonDay(day),
      periodFee: fields.get('ProductOngoingFee'),
      careFee: fields.get('OngoingCareLevelFee'),
      bestEffortsFee: fields.get('BestEffortsOngoingFee'),
      overuseMethod: overuse(fields.get('OveruseMethod')),
      maxPAYGAmount: fields.get('MaxPAYGAmount'),
    }),
  );
  placeProvide(state, ref, migration ? 'Migration' : 'Provide', now);
  const code = String(hashToUint32(state.seed, 'payment', ref) % 1_000_000).padStart(6, '0');
  return { body: { OurRef: ref, TelephonePaymentCode: code } };
}

/** Queues the provide for a just-created service and acknowledges it at once. */
export function placeProvide(state: CallContext['state'], ref: string, type: string, now: Date) {
  const service = state.services.get(ref)!;
  addOrder(state, {
    ourRef: ref,
    kind: 'provide',
    orderType: type,
    telephone: service.telephone,
    username: service.username,
    product: service.product,
    customerRef: service.customerRef,
    placedAt: now,
    provisionDate: service.provisionDate,
  });
  state.settle(now);
}

function readOrderFeatures(fields: ReturnType<typeof elementFields>): Partial<LineFeatures> {
  const features: Partial<LineFeatures> = {};
  const interleave = fields.get('Interleave');
  if (interleave) {
    features.Interleaving = parseChoice('Interleave', interleave, ['Yes', 'No', 'Auto']);
  }
  const stability = fields.get('StabilityOption');
  if (stability) {
    features.StabilityOption = parseChoice('StabilityOption', stability, [
      'Standard', 'Stable', 'Super Stable',
    ]);
  }
  const bestEfforts = fields.get('BestEfforts');
  if (bestEfforts) {
    features.ElevatedBestEfforts = /^(y|yes|true|1)$/i.test(bestEfforts) ? 'Yes' : 'No';
  }
  const care = fields.get('CareLevel');
  if (care) features.MaintenanceCategory = /^(4|enhanced)$/i.test(care) ? '4' : '5';
  const upstream = fields.get('Upstream');
  if (upstream) features.Upstream = upstream;
  return features;
}

function overuse(text: string | undefined): OveruseMethod {
  if (text === undefined) return 'None';
  if (/payg/i.test(text)) return 'PAYG';
  if (/top/i.test(text)) return 'Topup';
  return 'None';
}
