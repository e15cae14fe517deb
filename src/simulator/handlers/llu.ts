import { isMacShaped } from '../data/mac';
import { newService } from '../data/new-service';
import { badField } from '../errors';
import { childElement, elementFields, parseDay, parseTelephone, parseWhole } from '../fields';
import { startOfLondonDay } from '../time';
import { CallContext, Reply } from './context';
import {
  BILLING_FIELDS, CONTACT_FIELDS, CUSTOMER_FIELDS, checkLineFree, checkMoney, checkOrderDay,
  readBillingAndCustomer, readContact, readProduct, readUsername,
} from './order-fields';
import { placeProvide } from './orders';
import { onlyKnown } from './shape';

const SECTIONS = ['ADSLAccount', 'RadiusDetails', 'BillingAccount', 'CustomerRecord'];
const ACCOUNT_FIELDS = [
  ...CONTACT_FIELDS, 'Product', 'Telephone', 'ProvisionDate', 'MAC', 'Charges',
];
const RADIUS_FIELDS = ['Username', 'Password', 'Realm', 'BaseDomain', 'IPAddresses'];

/** CreateLLUOrder: like an ADSL order, with login details in RadiusDetails. */
export function createLluOrder({ state, operation, now, today }: CallContext): Reply {
  onlyKnown(operation ?? {}, SECTIONS, 'OperationResponse');
  const account = childElement(operation, 'ADSLAccount', 'OperationResponse');
  const radius = childElement(operation, 'RadiusDetails', 'OperationResponse');
  if (!account) throw badField('ADSLAccount', 'is required');
  if (!radius) throw badField('RadiusDetails', 'is required');
  onlyKnown(account, ACCOUNT_FIELDS, 'ADSLAccount');
  onlyKnown(radius, RADIUS_FIELDS, 'RadiusDetails');
  const { billing, record, customerRef } = readBillingAndCustomer(operation ?? {});
  if (billing) onlyKnown(billing, BILLING_FIELDS, 'BillingAccount');
  if (record) onlyKnown(record, CUSTOMER_FIELDS, 'CustomerRecord');

  const fields = elementFields(account, 'ADSLAccount');
  const product = readProduct(fields, 'ADSLAccount');
  const contact = readContact(fields);
  const telephone = parseTelephone('Telephone', fields.require('Telephone'));
  const day = parseDay('ProvisionDate', fields.require('ProvisionDate'), true);
  checkOrderDay(day, today, 'ProvisionDate');
  const mac = fields.get('MAC');
  if (mac !== undefined && !isMacShaped(mac)) throw badField('MAC', 'is not a MAC');
  const charges = childElement(account, 'Charges', 'ADSLAccount');
  if (charges) checkMoney(elementFields(charges, 'Charges'), ['Initial', 'Recurring'], 'Charges');
  const login = elementFields(radius, 'RadiusDetails');
  checkAddresses(radius);
  const username = readUsername(state, 'RadiusDetails.Username', login.require('Username'));
  const password = login.require('Password');
  checkLineFree(state, telephone);

  const ref = state.allocateRef();
  state.addService(
    newService(state, {
      ref, product, telephone, username, password, customerRef,
      ...contact,
      features: {},
      provisionDate: startOfLondonDay(day),
      periodFee: charges ? elementFields(charges, 'Charges').get('Recurring') : undefined,
      overuseMethod: 'None',
    }),
  );
  placeProvide(state, ref, 'LLU Provide', now);
  return { body: { OurRef: ref } };
}

function checkAddresses(radius: Record<string, unknown>): void {
  const addresses = childElement(radius, 'IPAddresses', 'RadiusDetails');
  const ipv4 = childElement(addresses, 'IPv4', 'IPAddresses');
  const count = elementFields(ipv4, 'IPv4').get('NumberRequired');
  if (count !== undefined) parseWhole('IPv4.NumberRequired', count, 0, 256);
}
