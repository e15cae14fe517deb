import type { Rng } from '../random';

/** Fictional people and places for the seeded data set. */

export const FIRST_NAMES = [
  'James', 'Olivia', 'Harry', 'Amelia', 'George', 'Isla', 'Noah', 'Ava', 'Jack', 'Emily',
  'Oscar', 'Sophie', 'Arthur', 'Grace', 'Leo', 'Freya', 'Thomas', 'Ruby', 'Alfie', 'Evie',
  'Samuel', 'Poppy', 'Joseph', 'Daisy', 'William', 'Alice', 'Henry', 'Florence', 'Rhys',
  'Megan', 'Callum', 'Niamh', 'Priya', 'Arjun', 'Fatima', 'Yusuf', 'Chloe', 'Owen', 'Zara',
];

export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel',
  'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall',
  'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper',
  'Hill', 'Ward', 'Hughes', 'Moore', 'Clayton', 'Ashworth', 'Pemberton', 'Hargreaves',
  'Okafor', 'Khan', 'Nguyen', 'Fairweather', 'Lockwood',
];

const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'];

const STREETS = [
  'High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Avenue',
  'Kingsway', 'Queens Road', 'Manor Close', 'Orchard Way', 'Canal Street', 'Albert Terrace',
];

/** A numbering area: Ofcom's drama range for it, and towns and postcode districts there. */
interface Area {
  /** The first eight digits; the last three run 000-999 (Ofcom's range for TV and radio). */
  cliPrefix: string;
  town: string;
  county: string;
  districts: readonly string[];
}

export const AREAS: readonly Area[] = [
  { cliPrefix: '02079460', town: 'London', county: 'Greater London',
    districts: ['SE1', 'SW4', 'N7', 'E8', 'NW3', 'W12', 'EC1V'] },
  { cliPrefix: '01614960', town: 'Manchester', county: 'Greater Manchester',
    districts: ['M1', 'M4', 'M14', 'M20', 'M21'] },
  { cliPrefix: '01134960', town: 'Leeds', county: 'West Yorkshire',
    districts: ['LS1', 'LS6', 'LS8', 'LS11'] },
  { cliPrefix: '01174960', town: 'Bristol', county: 'Bristol',
    districts: ['BS1', 'BS3', 'BS6', 'BS8'] },
];

/** Every telephone number the seeded data may use, in area order. */
export const DRAMA_NUMBER_COUNT = AREAS.length * 1000;

export function dramaNumber(index: number): string {
  const area = AREAS[Math.floor(index / 1000) % AREAS.length];
  return `${area.cliPrefix}${String(index % 1000).padStart(3, '0')}`;
}

/** Any drama-range number in the area (contact numbers; may be another line's CLI). */
export function numberInArea(area: Area, rng: Rng): string {
  return `${area.cliPrefix}${String(rng.int(0, 999)).padStart(3, '0')}`;
}

export function areaOfNumber(telephone: string): Area {
  return AREAS.find((area) => telephone.startsWith(area.cliPrefix)) ?? AREAS[0];
}

// Inward codes never use C, I, K, M, O or V.
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function postcodeIn(area: Area, rng: Rng): string {
  const letter = () => INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)];
  return `${rng.pick(area.districts)} ${rng.int(1, 9)}${letter()}${letter()}`;
}

/** Addresses in the three documentation IPv4 ranges (RFC 5737), 254 hosts each. */
export const DOC_ADDRESS_COUNT = 3 * 254;

export function documentationAddress(index: number): string {
  const nets = ['192.0.2', '198.51.100', '203.0.113'];
  const wrapped = index % DOC_ADDRESS_COUNT;
  return `${nets[Math.floor(wrapped / 254)]}.${(wrapped % 254) + 1}`;
}

export interface Person {
  title: string;
  firstName: string;
  surname: string;
}

export function person(rng: Rng): Person {
  return { title: rng.pick(TITLES), firstName: rng.pick(FIRST_NAMES), surname: rng.pick(SURNAMES) };
}

export function streetAddress(rng: Rng): { building: string; street: string } {
  return { building: String(rng.int(1, 240)), street: rng.pick(STREETS) };
}

/** Staff who write notes on services; fictional. */
export const STAFF = ['Sarah Jenkins', 'Tom Ashby', 'Priya Lal', 'Gareth Lloyd', 'Megan Price'];
