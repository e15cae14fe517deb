import type { Clock } from '../clock';
import type {
  AppointmentRequest, FeedRecord, Fault, InstallReturn, ServiceId, SimOrder, SimService,
} from './model';
import { settleOrders } from './orders';
import { macCode } from './data/mac';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Read access to the simulator's state for tests: each read first catches up with the clock. */
export interface SimulatorData {
  /** Every service, keyed by ref (`ADSL100001`…). */
  readonly services: ReadonlyMap<string, SimService>;
  readonly orders: readonly SimOrder[];
  readonly feedRecords: readonly FeedRecord[];
  readonly installReturns: readonly InstallReturn[];
  readonly faults: readonly Fault[];
  /** The service a request naming it would reach, or undefined. */
  findService(id: ServiceId): SimService | undefined;
}

/**
 * Everything the simulator remembers. Time is lazy: nothing runs in the background, and
 * `settle` applies every change due by the clock before a request is answered.
 */
export class SimulatorState {
  readonly services = new Map<string, SimService>();
  readonly orders: SimOrder[] = [];
  readonly feed: FeedRecord[] = [];
  readonly installReturns: InstallReturn[] = [];
  readonly faults: Fault[] = [];
  readonly appointments = new Map<string, AppointmentRequest>();
  private lastRef = 100000;
  private tokenCount = 0;

  constructor(
    readonly seed: number,
    readonly clock: Clock,
    readonly pollsBeforeReady: number,
  ) {}

  addService(service: SimService): void {
    this.services.set(service.ref, service);
    this.lastRef = Math.max(this.lastRef, Number(service.ref.replace(/\D/g, '')));
  }

  /** The next unused service ref. */
  allocateRef(): string {
    this.lastRef += 1;
    return `ADSL${this.lastRef}`;
  }

  /** A fresh appointment token; deterministic for a given seed and request count. */
  allocateToken(): string {
    this.tokenCount += 1;
    const suffix = macCode(this.seed, `token${this.tokenCount}`).replace(/\W/g, '');
    return `TKN${String(this.tokenCount).padStart(6, '0')}${suffix}`;
  }

  findService(id: ServiceId): SimService | undefined {
    if (id.ref !== undefined) return this.services.get(id.ref.toUpperCase());

    const all = [...this.services.values()];
    if (id.username !== undefined) {
      const wanted = id.username.toLowerCase();
      return all.find((service) => service.username === wanted);
    }
    // A line may have had a ceased service before the current one: prefer the newest.
    const onLine = all.filter((service) => service.telephone === id.telephone);
    return onLine.find((service) => service.status !== 'Ceased') ?? onLine[onLine.length - 1];
  }

  isUsernameTaken(username: string): boolean {
    const wanted = username.toLowerCase();
    return [...this.services.values()].some((service) => service.username === wanted);
  }

  /** Applies every change due by `now`: order stages, MACs issued and expired. */
  settle(now: Date = this.clock.now()): void {
    settleOrders(this, now);

    for (const service of this.services.values()) {
      const requested = service.macRequestedAt;
      if (requested && now.getTime() >= requested.getTime() + DAY_MS) {
        const issuedAt = new Date(requested.getTime() + DAY_MS);
        service.mac = macCode(this.seed, `${service.ref}@${issuedAt.getTime()}`);
        service.macExpires = new Date(issuedAt.getTime() + 30 * DAY_MS);
        service.macRequestedAt = undefined;
      }
      if (service.macExpires && service.macExpires <= now) {
        service.mac = undefined;
        service.macExpires = undefined;
      }
    }
  }

  /** A read-only view whose reads settle first. */
  view(): SimulatorData {
    const state = this;
    const settled = <T>(read: () => T) => {
      state.settle();
      return read();
    };
    return {
      get services() { return settled(() => state.services); },
      get orders() { return settled(() => state.orders); },
      get feedRecords() { return settled(() => state.feed); },
      get installReturns() { return settled(() => state.installReturns); },
      get faults() { return settled(() => state.faults); },
      findService: (id) => settled(() => this.findService(id)),
    };
  }
}
