import { badField, wrongState } from '../errors';
import {
  XmlNode, childElement, elementFields, parseMoney, parseTelephone, serviceId,
} from '../fields';
import type { SimService } from '../model';
import { CallContext, Reply, requireService } from './context';
import { onlyKnown } from './shape';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The service named inside `ADSLAccount` and that account's section (short-form writes). */
function accountSection(context: CallContext, section: string) {
  const account = childElement(context.operation, 'ADSLAccount', 'OperationResponse');
  if (!account) throw badField('ADSLAccount', 'is required');
  onlyKnown(account, ['Ref', 'Username', 'Telephone', section], 'ADSLAccount');

  const service = requireService(context.state, serviceId(elementFields(account, 'ADSLAccount')));
  const node = childElement(account, section, 'ADSLAccount');
  if (!node) throw badField(section, 'is required');
  if (service.status === 'Ceased') throw wrongState(`Service ${service.ref} is Ceased`);
  return { service, node };
}

function given(node: XmlNode, names: readonly string[], section: string) {
  onlyKnown(node, names, section);
  const fields = elementFields(node, section);
  const values = names.flatMap((name) => {
    const value = fields.get(name);
    return value === undefined ? [] : [[name, value] as const];
  });
  if (values.length === 0) throw badField(section, 'changes nothing');
  return values;
}

/** UpdateADSLContact (short form): changes the contact details sent, echoes all of them. */
export function updateAdslContact(context: CallContext): Reply {
  const { service, node } = accountSection(context, 'ContactDetails');
  const changes = given(node, ['Email', 'TelDay', 'TelEve'], 'ContactDetails').map(
    ([name, value]) => {
      if (name !== 'Email') return [name, parseTelephone(`ContactDetails.${name}`, value)] as const;
      if (!EMAIL.test(value)) throw badField('ContactDetails.Email', 'must be an e-mail address');
      return [name, value] as const;
    },
  );

  for (const [name, value] of changes) service.contact[name as keyof SimService['contact']] = value;
  return { body: { ADSLAccount: { ContactDetails: { ...service.contact } } } };
}

/** UpdateADSLPrice (short form): changes the prices sent, echoes all of them. */
export function updateAdslPrice(context: CallContext): Reply {
  const { service, node } = accountSection(context, 'PriceDetails');
  const names = ['PeriodFee', 'EnhancedCareFee', 'ElevatedBestEffortsFee'];
  const changes = given(node, names, 'PriceDetails').map(
    ([name, value]) => [name, parseMoney(`PriceDetails.${name}`, value)] as const,
  );

  for (const [name, value] of changes) service.prices[name as keyof SimService['prices']] = value;
  return { body: { ADSLAccount: { PriceDetails: { ...service.prices } } } };
}
