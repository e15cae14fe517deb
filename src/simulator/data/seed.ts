import { DateTime } from 'luxon';
import { addOrder } from '../orders';
import { Rng } from '../random';
import type { SimulatorState } from '../state';
import { LONDON, addDays, londonDay, startOfLondonDay } from '../time';
import { seedExtras } from './extras';
import { DRAMA_NUMBER_COUNT, dramaNumber } from './people';
import { SeededService, seedServices } from './services';

/**
 * Fills a fresh state with the seeded data set as it stands at the clock's "now": the
 * services' orders are replayed through the order engine, so their feed records and install
 * history are exactly what the engine would have written at the time.
 */
export function seedState(state: SimulatorState, serviceCount: number): void {
  const now = state.clock.now();
  const today = londonDay(now);
  const seeded = seedServices(state.seed, serviceCount, today);

  for (const entry of seeded) {
    state.addService(entry.service);
    placeSeededOrders(state, entry, now);
  }
  seedPstnOrders(state, serviceCount, today, now);
  state.settle(now);

  for (const entry of seeded) seedExtras(state, entry, now);
}

/** A time of day in office hours on an ISO date, never later than `latest`. */
function officeTime(rng: Rng, isoDate: string, latest: Date): Date {
  const at = DateTime.fromISO(isoDate, { zone: LONDON })
    .set({ hour: rng.int(9, 16), minute: rng.int(0, 59), second: rng.int(0, 59) })
    .toJSDate();
  return at < latest ? at : new Date(latest.getTime() - 60_000);
}

function placeSeededOrders(state: SimulatorState, entry: SeededService, now: Date): void {
  const { service, liveDay, ceaseDay } = entry;
  const rng = Rng.from(state.seed, 'orders', service.ref);
  const orderedDay = entry.fate === 'pending'
    ? addDays(londonDay(now), -rng.int(0, 5))
    : addDays(liveDay, -rng.int(9, 25));
  const common = {
    ourRef: service.ref,
    telephone: service.telephone,
    username: service.username,
    product: service.product,
    customerRef: service.customerRef,
  };

  addOrder(state, {
    ...common,
    kind: 'provide',
    orderType: rng.chance(0.25) ? 'Migration' : 'Provide',
    placedAt: officeTime(rng, orderedDay, now),
    provisionDate: startOfLondonDay(liveDay),
  });
  if (ceaseDay !== undefined) {
    addOrder(state, {
      ...common,
      kind: 'cease',
      orderType: 'Cease',
      placedAt: officeTime(rng, addDays(ceaseDay, -rng.int(8, 30)), now),
      provisionDate: startOfLondonDay(ceaseDay),
    });
  }
}

/** A handful of telephone-line orders, on numbers no seeded service uses. */
function seedPstnOrders(state: SimulatorState, serviceCount: number, today: string, now: Date) {
  const rng = Rng.from(state.seed, 'pstn');
  const numbers = Rng.from(state.seed, 'numbers').shuffle([...Array(DRAMA_NUMBER_COUNT).keys()]);
  const count = Math.min(rng.int(3, 5), DRAMA_NUMBER_COUNT - serviceCount);

  for (let index = 0; index < count; index++) {
    addOrder(state, {
      ourRef: `PSTN${200001 + index}`,
      kind: 'pstn',
      orderType: rng.pick(['PSTN Provide', 'PSTN Transfer', 'PSTN Cease']),
      telephone: dramaNumber(numbers[serviceCount + index]),
      username: '',
      product: 'PSTN',
      customerRef: `PO-${rng.int(10000, 99999)}`,
      placedAt: officeTime(rng, addDays(today, -rng.int(0, 4)), now),
      provisionDate: startOfLondonDay(addDays(today, rng.int(6, 20))),
    });
  }
}
