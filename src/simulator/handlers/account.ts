import { checkLine } from '../data/checker';
import { badField } from '../errors';
import { parsePostcode, serviceId } from '../fields';
import type { XmlElement } from '../xml';
import { CallContext, Reply, requireService } from './context';
import { LISTABLE, accountElement, byRef } from './shape';

/** ADSLChecker: line qualification for a number or postcode, and a MAC check when asked. */
export function adslChecker({ state, fields, today }: CallContext): Reply {
  const phoneNo = fields.get('PhoneNo');
  const postCode = fields.get('PostCode');
  if ((phoneNo === undefined) === (postCode === undefined)) {
    throw badField('PhoneNo or PostCode', '(exactly one) is required');
  }
  const euPostCode = fields.get('EUPostCode');
  if (euPostCode !== undefined) parsePostcode('EUPostCode', euPostCode);

  const digits = phoneNo?.replace(/\s+/g, '');
  const service = digits === undefined ? undefined : state.findService({ telephone: digits });
  const live = service && service.status !== 'Ceased' ? service : undefined;
  const body = checkLine({
    phoneNo,
    postCode,
    mac: fields.get('MACcode'),
    knownLine: live?.connectionType,
    issuedMac: live?.mac,
    today,
  });
  return { body };
}

/** AdslAccount: everything about one service. */
export function adslAccount({ state, fields }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  return { body: { ADSLAccount: accountElement(service) } };
}

/** ListConnections: live (installed or ceasing) or ceased services, with the fields asked. */
export function listConnections({ state, fields }: CallContext): Reply {
  const which = fields.require('liveorceased').toLowerCase();
  if (which !== 'live' && which !== 'ceased') {
    throw badField('liveorceased', 'must be live or ceased');
  }

  const asked = [...new Set(fields.require('fields').split(',').map((name) => name.trim()))];
  for (const name of asked) {
    if (!LISTABLE[name.toLowerCase()]) throw badField('fields', `names an unknown field ${name}`);
  }

  const wanted = (status: string) =>
    which === 'ceased' ? status === 'Ceased' : status === 'Installed' || status === 'Ceasing';
  const accounts = byRef(state.services.values())
    .filter((service) => wanted(service.status))
    .map((service) => {
      const element: XmlElement = {};
      for (const name of asked) element[name] = LISTABLE[name.toLowerCase()](service);
      return element;
    });
  return { body: { ADSLAccount: accounts } };
}
