import type { ConnectionType, LineFeatures, OveruseMethod, SimService } from '../model';
import { Rng } from '../random';
import { addDays, startOfLondonDay } from '../time';
import {
  AREAS, DOC_ADDRESS_COUNT, DRAMA_NUMBER_COUNT, areaOfNumber, documentationAddress,
  dramaNumber, numberInArea, person, postcodeIn, streetAddress,
} from './people';
import { GB, PRODUCT_MIX, productInfo } from './products';

/** Where a seeded service is in its life when the simulator starts. */
export type SeedFate = 'live' | 'ceased' | 'ceasing' | 'pending';

/** A seeded service and the history that the order engine replays to reach its state. */
export interface SeededService {
  service: SimService;
  fate: SeedFate;
  /** ISO date the provide completes (in the past unless pending). */
  liveDay: string;
  /** ISO date a cease completes, for ceased and ceasing services. */
  ceaseDay?: string;
  heavy: boolean;
}

const FATES: ReadonlyArray<readonly [SeedFate, number]> = [
  ['live', 88], ['ceased', 8], ['pending', 2.5], ['ceasing', 1.5],
];
const HEAVY_PRODUCTS = ['FAM90', 'FAM120', 'BUS135', 'BUS180'];

/**
 * The seeded services, derived only from the seed, the count and the start day: the same
 * three give the same services, field for field. Each service draws from its own generator.
 */
export function seedServices(seed: number, count: number, today: string): SeededService[] {
  if (count > DRAMA_NUMBER_COUNT) {
    throw new RangeError(`serviceCount must be at most ${DRAMA_NUMBER_COUNT}`);
  }
  const numbers = Rng.from(seed, 'numbers').shuffle([...Array(DRAMA_NUMBER_COUNT).keys()]);
  const addresses = Rng.from(seed, 'addresses').shuffle([...Array(DOC_ADDRESS_COUNT).keys()]);
  const usernames = new Set<string>();

  return [...Array(count).keys()].map((index) => {
    const rng = Rng.from(seed, 'service', index);
    const telephone = dramaNumber(numbers[index]);
    const seeded = seedOne(rng, index, telephone, today);

    seeded.service.ipAddress = documentationAddress(addresses[index % DOC_ADDRESS_COUNT]);
    seeded.service.username = uniqueUsername(seeded.service, rng, usernames);
    return seeded;
  });
}

function seedOne(rng: Rng, index: number, telephone: string, today: string): SeededService {
  const fate = rng.weighted(FATES);
  const heavy = fate === 'live' && rng.chance(0.05);
  const product = heavy ? rng.pick(HEAVY_PRODUCTS) : rng.weighted(PRODUCT_MIX);
  const info = productInfo(product)!;
  const connectionType = rng.weighted(info.lines);
  const who = person(rng);
  const area = areaOfNumber(telephone);
  const { liveDay, ceaseDay } = lifeDays(rng, fate, today);
  const features = lineFeatures(rng, connectionType, product.startsWith('BUS'));
  const overuseMethod = rng.weighted<OveruseMethod>([['Topup', 5], ['PAYG', 3], ['None', 2]]);
  const allowanceBytes = info.allowanceGb * GB;
  const usageShare = heavy ? rng.between(1.3, 2.5) : rng.between(0.08, 0.7);
  const email = `${who.firstName}.${who.surname}${index % 7 === 0 ? index : ''}@example.com`;

  const service: SimService = {
    ref: `ADSL${100001 + index}`,
    username: '',
    password: password(rng),
    telephone,
    status: 'Pending',
    connectionType,
    product,
    ipAddress: '',
    provisionDate: startOfLondonDay(liveDay),
    lineFeatures: features,
    contact: {
      Email: email.toLowerCase(),
      TelDay: rng.chance(0.6) ? telephone : numberInArea(area, rng),
      TelEve: numberInArea(rng.pick(AREAS), rng),
    },
    prices: {
      PeriodFee: info.periodFee,
      EnhancedCareFee: features.MaintenanceCategory === '4' ? '6.00' : '0.00',
      ElevatedBestEffortsFee: features.ElevatedBestEfforts === 'Yes' ? '3.50' : '0.00',
    },
    customer: {
      ...who,
      ...streetAddress(rng),
      town: area.town,
      county: area.county,
      postcode: postcodeIn(area, rng),
    },
    customerRef: `PO-${String(rng.int(1000, 99999)).padStart(5, '0')}`,
    dailyDownBytes: Math.round((allowanceBytes / 30) * usageShare) + rng.int(5, 15) * 1024 ** 2,
    upShare: rng.between(0.05, 0.25),
    allowanceBytes,
    overuseMethod,
    topupAllowanceBytes: overuseMethod === 'Topup' ? rng.pick([5, 10, 20]) * GB : 0,
    maxPAYGAmount: overuseMethod === 'PAYG' ? rng.pick(['10.00', '20.00', '50.00']) : '0.00',
    connects: rng.chance(0.93),
    notes: [],
  };
  return { service, fate, liveDay, ceaseDay, heavy };
}

function lifeDays(rng: Rng, fate: SeedFate, today: string) {
  if (fate === 'pending') return { liveDay: addDays(today, rng.int(8, 24)) };
  if (fate === 'ceasing') {
    const liveDay = addDays(today, -rng.int(200, 2500));
    return { liveDay, ceaseDay: addDays(today, rng.int(3, 20)) };
  }
  if (fate === 'ceased') {
    const age = rng.int(300, 3000);
    return { liveDay: addDays(today, -age), ceaseDay: addDays(today, -rng.int(2, 250)) };
  }
  // A few live services are young enough for their provide to show in a recent BT feed.
  const age = rng.chance(0.08) ? rng.int(2, 60) : rng.int(61, 3200);
  return { liveDay: addDays(today, -age) };
}

function lineFeatures(rng: Rng, line: ConnectionType, business: boolean): LineFeatures {
  const upstream: Record<ConnectionType, string[]> = {
    ADSL: ['Standard'],
    'ADSL2+': ['Standard', 'Standard', 'Annex M'],
    FTTC: ['Standard', 'Enhanced'],
  };
  return {
    Interleaving: rng.weighted([['Auto', 5], ['Yes', 2], ['No', 3]]),
    StabilityOption: rng.weighted([['Standard', 6], ['Stable', 3], ['Super Stable', 1]]),
    ElevatedBestEfforts: rng.chance(business ? 0.5 : 0.1) ? 'Yes' : 'No',
    MaintenanceCategory: rng.chance(business ? 0.6 : 0.1) ? '4' : '5',
    Upstream: rng.pick(upstream[line]),
  };
}

function password(rng: Rng): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...Array(10)].map(() => alphabet[rng.int(0, alphabet.length - 1)]).join('');
}

function uniqueUsername(service: SimService, rng: Rng, taken: Set<string>): string {
  const stem = `${service.customer.firstName[0]}${service.customer.surname}`.toLowerCase();
  let candidate = `${stem}${rng.int(1, 99)}`;
  while (taken.has(candidate)) candidate = `${stem}${rng.int(100, 9999)}`;
  taken.add(candidate);
  return candidate;
}
