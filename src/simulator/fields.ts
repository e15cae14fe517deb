import { DateTime } from 'luxon';
import { badDate, badField } from './errors';
import type { ServiceId } from './model';
import { LONDON } from './time';

/** A request's fields, from a GET query (names case-insensitive) or a POSTed element. */
export interface Fields {
  /** The trimmed text of a field; undefined when absent or empty. */
  get(name: string): string | undefined;
  /** As `get`, but a missing field is a 101 naming it. */
  require(name: string): string;
}

/** GET fields: names match without regard to case; a name sent twice is refused. */
export function queryFields(params: URLSearchParams): Fields {
  const byName = new Map<string, string>();
  for (const [name, value] of params) {
    const key = name.toLowerCase();
    if (byName.has(key)) throw badField(name, 'is given more than once');
    byName.set(key, value.trim());
  }
  return fieldsOf((name) => byName.get(name.toLowerCase()));
}

/** A parsed XML element as the parser gives it: text, child objects, arrays when repeated. */
export type XmlNode = Record<string, unknown>;

/** POST fields of one element: names are case-sensitive; a field must be plain text. */
export function elementFields(node: XmlNode | undefined, path: string): Fields {
  return fieldsOf((name) => {
    const value = node?.[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw badField(`${path}.${name}`, 'must be text, once');
    return value.trim();
  });
}

/** A child element (an empty one counts as present with no fields); arrays are refused. */
export function childElement(node: XmlNode | undefined, name: string, path: string) {
  const value = node?.[name];
  if (value === undefined) return undefined;
  if (value === '') return {} as XmlNode;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badField(`${path}.${name}`, 'must be one element with child elements');
  }
  return value as XmlNode;
}

function fieldsOf(lookup: (name: string) => string | undefined): Fields {
  const get = (name: string) => {
    const value = lookup(name);
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    get,
    require(name) {
      const value = get(name);
      if (value === undefined) throw badField(name, 'is required');
      return value;
    },
  };
}

/** Exactly one of Ref, Username and Telephone names the service. */
export function serviceId(fields: Fields): ServiceId {
  const id: ServiceId = {
    ref: fields.get('Ref'),
    username: fields.get('Username'),
    telephone: fields.get('Telephone')?.replace(/\s+/g, ''),
  };
  const given = Object.values(id).filter((value) => value !== undefined).length;
  if (given !== 1) throw badField('Ref, Username or Telephone', '(exactly one) is required');
  return id;
}

/** Ref or Username only, for the operations that take no telephone number. */
export function refOrUsername(fields: Fields): ServiceId {
  if (fields.get('Telephone') !== undefined) throw badField('Telephone', 'is not accepted here');
  const id = { ref: fields.get('Ref'), username: fields.get('Username') };
  if ((id.ref === undefined) === (id.username === undefined)) {
    throw badField('Ref or Username', '(exactly one) is required');
  }
  return id;
}

/**
 * A calendar date in `dd/mm/yyyy` (or `dd/mm/yy` with `shortYear`), as an ISO date.
 * A wrong shape is a 101; a shape that names no real day (31/02/2026) is a 103.
 */
export function parseDay(field: string, text: string, shortYear = false): string {
  const shape = shortYear ? /^(\d{2})\/(\d{2})\/(\d{2})$/ : /^(\d{2})\/(\d{2})\/(\d{4})$/;
  const match = shape.exec(text);
  if (!match) throw badField(field, `must be ${shortYear ? 'dd/mm/yy' : 'dd/mm/yyyy'}`);

  const year = Number(match[3]) + (shortYear ? 2000 : 0);
  const day = DateTime.fromObject(
    { year, month: Number(match[2]), day: Number(match[1]) },
    { zone: LONDON },
  );
  if (!day.isValid) throw badDate(field, `is not a real date: ${text}`);
  return day.toISODate() as string;
}

/** `dd/mm/yyyy HH:MM:SS` in UK time, as an instant. */
export function parseDayTime(field: string, text: string): Date {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw badField(field, 'must be dd/mm/yyyy HH:MM:SS');

  const [day, month, year, hour, minute, second] = match.slice(1).map(Number);
  const at = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: LONDON });
  if (!at.isValid || at.hour !== hour) throw badDate(field, `is not a real time: ${text}`);
  return at.toJSDate();
}

/** A whole number within bounds, else a 101 naming the field. */
export function parseWhole(field: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw badField(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Pounds with at most two decimals, written back as `15.00`. */
export function parseMoney(field: string, text: string): string {
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) throw badField(field, 'must be an amount like 15.00');
  return Number(text).toFixed(2);
}

/** A UK telephone number, spaces removed. */
export function parseTelephone(field: string, text: string): string {
  const digits = text.replace(/\s+/g, '');
  if (!/^0\d{9,10}$/.test(digits)) throw badField(field, 'must be a UK telephone number');
  return digits;
}

/** A full UK postcode, normalised to upper case with one space. */
export function parsePostcode(field: string, text: string): string {
  const match = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/i.exec(text.trim());
  if (!match) throw badField(field, 'must be a full UK postcode');
  return `${match[1]} ${match[2]}`.toUpperCase();
}

/** One of the allowed values, exactly as spelt. */
export function parseChoice(field: string, text: string, allowed: readonly string[]): string {
  if (!allowed.includes(text)) throw badField(field, `must be one of ${allowed.join(', ')}`);
  return text;
}
