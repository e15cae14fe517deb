import { badDate, badField, wrongState, EntaReplyError } from '../errors';
import { ENTA_ERROR } from '../../enta/catalogue';
import {
  Fields, XmlNode, childElement, elementFields, parseMoney, parsePostcode, parseTelephone,
} from '../fields';
import type { EndCustomer } from '../model';
import { ProductInfo, productInfo } from '../data/products';
import type { SimulatorState } from '../state';

/** Name, address and contact fields shared by ADSL and LLU orders. */
export const CONTACT_FIELDS = [
  'Title', 'FirstName', 'Surname', 'CompanyName', 'Building', 'Street', 'Town', 'County',
  'Postcode', 'TelephoneDay', 'TelephoneEvening', 'Fax', 'Email',
];

export const BILLING_FIELDS = [
  'PurchaseOrderNumber', 'BillingPeriod', 'ContractTerm', 'InitialPaymentMethod',
  'OngoingPaymentMethod', 'PaymentMethod',
];

export const CUSTOMER_FIELDS = [
  'cCustomerID', 'cTitle', 'cFirstName', 'cSurname', 'cCompanyName', 'cBuilding', 'cStreet',
  'cTown', 'cCounty', 'cPostcode', 'cTelephoneDay', 'cTelephoneEvening', 'cFax', 'cEmail',
];

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,62}$/i;

/** The product, which must be one Enta sells. */
export function readProduct(fields: Fields, path: string): ProductInfo {
  const code = fields.require('Product');
  const info = productInfo(code);
  if (!info) throw badField(`${path}.Product`, `names an unknown product ${code}`);
  return info;
}

/** The end user's name, address and contact numbers, checked. */
export function readContact(fields: Fields) {
  const email = fields.require('Email');
  if (!EMAIL.test(email)) throw badField('Email', 'must be an e-mail address');
  const telDay = parseTelephone('TelephoneDay', fields.require('TelephoneDay'));
  const evening = fields.get('TelephoneEvening');
  const fax = fields.get('Fax');
  if (fax !== undefined) parseTelephone('Fax', fax);

  const customer: EndCustomer = {
    title: fields.get('Title') ?? '',
    firstName: fields.require('FirstName'),
    surname: fields.require('Surname'),
    building: fields.get('Building') ?? '',
    street: fields.require('Street'),
    town: fields.require('Town'),
    county: fields.get('County') ?? '',
    postcode: parsePostcode('Postcode', fields.require('Postcode')),
  };
  const telEve = evening === undefined ? telDay : parseTelephone('TelephoneEvening', evening);
  return { customer, email: email.toLowerCase(), telDay, telEve };
}

/** A new login name: well formed and not in use. */
export function readUsername(state: SimulatorState, field: string, text: string): string {
  if (!USERNAME.test(text)) throw badField(field, 'must be 3 to 63 letters, digits, . _ or -');
  if (state.isUsernameTaken(text)) {
    throw new EntaReplyError(ENTA_ERROR.UsernameTaken, `Username ${text} is already taken`);
  }
  return text.toLowerCase();
}

/** The line must not already carry a service of ours that is live or on order. */
export function checkLineFree(state: SimulatorState, telephone: string): void {
  const current = state.findService({ telephone });
  if (current && current.status !== 'Ceased') {
    throw wrongState(`Telephone ${telephone} already has ${current.ref} (${current.status})`);
  }
}

/** An order date: today or later. */
export function checkOrderDay(day: string, today: string, field: string): void {
  if (day < today) throw badDate(field, 'is in the past');
}

/** Money fields, when present, must be pounds and pence. */
export function checkMoney(fields: Fields, names: readonly string[], path: string): void {
  for (const name of names) {
    const value = fields.get(name);
    if (value !== undefined) parseMoney(`${path}.${name}`, value);
  }
}

/** BillingAccount and CustomerRecord; a new end customer needs the whole record. */
export function readBillingAndCustomer(operation: XmlNode) {
  const billing = childElement(operation, 'BillingAccount', 'OperationResponse');
  const record = childElement(operation, 'CustomerRecord', 'OperationResponse');
  const customer = elementFields(record, 'CustomerRecord');

  if (record && customer.get('cCustomerID')?.toLowerCase() === 'new') {
    for (const name of ['cFirstName', 'cSurname', 'cStreet', 'cTown', 'cPostcode']) {
      customer.require(name);
    }
  }
  const postcode = customer.get('cPostcode');
  if (postcode !== undefined) parsePostcode('CustomerRecord.cPostcode', postcode);

  return {
    billing,
    record,
    customerRef: elementFields(billing, 'BillingAccount').get('PurchaseOrderNumber') ?? '',
  };
}
