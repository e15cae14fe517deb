import { Rng } from '../random';
import type { SimulatorState } from '../state';
import { macCode } from './mac';
import { STAFF } from './people';
import type { SeededService } from './services';

const DAY_MS = 24 * 60 * 60 * 1000;

const NOTE_TEXTS = [
  'Customer reports slow speeds in the evening; line test passed.',
  'Router replaced under warranty.',
  'Reseller asked for the interleaving to be switched off.',
  'Intermittent drops reported; BT fault raised.',
  'Fault cleared by BT: exchange card replaced.',
  'Customer moved the router to the master socket; sync improved.',
  'Password reset at the reseller\'s request.',
  'Stability option changed after repeated resyncs.',
  'End user called about billing; referred to the reseller.',
];

const FAULT_TEXTS = [
  'No sync', 'Intermittent connection', 'Slow speed', 'Noisy line', 'Frequent resyncs',
];

const NOTE_MAILBOXES = ['support@example.com', 'noc@example.com'];

const BLOCK_REASONS = ['Non-payment', 'Abuse report', 'Reseller request', 'Suspected fraud'];

/** Notes, faults, blocks, rate limits and issued MACs for a realistic share of services. */
export function seedExtras(state: SimulatorState, entry: SeededService, now: Date): void {
  const { service } = entry;
  const rng = Rng.from(state.seed, 'extras', service.ref);
  const live = service.status === 'Installed' || service.status === 'Ceasing';
  const since = (service.activatedAt ?? service.provisionDate).getTime();
  const until = Math.min(now.getTime(), (service.ceaseDate ?? now).getTime());
  const pastInstant = (maxDaysAgo: number) =>
    new Date(Math.max(since, until - rng.int(1, maxDaysAgo * 24 * 60) * 60_000));

  if (rng.chance(0.3) && since < until) {
    const notes = [...Array(rng.int(1, 4))].map(() => ({
      timeStamp: pastInstant(700),
      text: rng.pick(NOTE_TEXTS),
      user: rng.chance(0.5) ? rng.pick(NOTE_MAILBOXES) : rng.pick(STAFF),
    }));
    service.notes = notes.sort((a, b) => a.timeStamp.getTime() - b.timeStamp.getTime());
  }
  if (!live) return;

  if (rng.chance(0.09)) {
    const open = rng.chance(0.4);
    state.faults.push({
      faultRef: `FLT${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
      ourRef: service.ref,
      telephone: service.telephone,
      reported: pastInstant(open ? 10 : 90),
      status: open ? 'Open' : 'Cleared',
      description: rng.pick(FAULT_TEXTS),
    });
  }
  if (rng.chance(0.025)) service.blockedReason = rng.pick(BLOCK_REASONS);
  if (rng.chance(0.03)) service.rateLimitKbps = rng.pick([256, 512, 1024, 2048]);
  if (rng.chance(0.04)) {
    const issuedAt = now.getTime() - rng.int(1, 25) * DAY_MS;
    service.mac = macCode(state.seed, `${service.ref}@${issuedAt}`);
    service.macExpires = new Date(issuedAt + 30 * DAY_MS);
  }
}
