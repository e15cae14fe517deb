import { badField } from '../errors';
import type { XmlNode } from '../fields';
import type { SimService } from '../model';
import { formatRfc2822 } from '../time';
import type { XmlElement } from '../xml';

/** Refuses child elements a request may not carry: a misspelt field is a 101, not ignored. */
export function onlyKnown(node: XmlNode, allowed: readonly string[], path: string): void {
  for (const name of Object.keys(node)) {
    if (name.startsWith('@_')) continue;
    if (!allowed.includes(name)) throw badField(`${path}.${name}`, 'is not a known field');
  }
}

/** The full `ADSLAccount` element of AdslAccount. */
export function accountElement(service: SimService): XmlElement {
  return {
    OurRef: service.ref,
    Username: service.username,
    Password: service.password,
    Telephone: service.telephone,
    Status: service.status,
    ConnectionType: service.connectionType,
    Product: service.product,
    IPAddress: service.ipAddress,
    ProvisionDate: formatRfc2822(service.provisionDate),
    CeaseDate: service.ceaseDate && formatRfc2822(service.ceaseDate),
    MAC: service.mac,
    MACExpires: service.macExpires && formatRfc2822(service.macExpires),
    LineFeatures: { ...service.lineFeatures },
    ContactDetails: { ...service.contact },
    PriceDetails: { ...service.prices },
  };
}

/** Fields ListConnections can return, by the name asked for (matched without case). */
export const LISTABLE: Record<string, (service: SimService) => string> = {
  ref: (service) => service.ref,
  username: (service) => service.username,
  telephone: (service) => service.telephone,
  status: (service) => service.status,
  product: (service) => service.product,
  connectiontype: (service) => service.connectionType,
  ipaddress: (service) => service.ipAddress,
  provisiondate: (service) => formatRfc2822(service.provisionDate),
};

/** Services ordered by ref, the order every list reply uses. */
export function byRef(services: Iterable<SimService>): SimService[] {
  return [...services].sort((a, b) => a.ref.localeCompare(b.ref));
}
