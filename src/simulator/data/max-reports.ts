import type { SimService } from '../model';
import { Rng } from '../random';
import { formatSlashed } from '../time';
import type { XmlElement } from '../xml';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * MAX reports exist for rate-adaptive lines (ADSL Max and ADSL2+), not FTTC: a few line rate
 * changes and one or two service profile updates, all before now.
 */
export function maxReports(seed: number, service: SimService, now: Date): XmlElement[] {
  if (!service.activatedAt || service.connectionType === 'FTTC') return [];
  const rng = Rng.from(seed, 'max', service.ref);
  const top = service.connectionType === 'ADSL' ? 8128 : 24000;
  const span = Math.max(DAY_MS, now.getTime() - service.activatedAt.getTime());

  const record = () => {
    const sync = new Date(now.getTime() - rng.int(1, Math.floor(span / 60_000)) * 60_000);
    const later = (minutes: number) =>
      new Date(Math.min(now.getTime(), sync.getTime() + minutes * 60_000));
    const down = rng.int(Math.floor(top / 8), top);
    return {
      at: sync,
      element: {
        SyncTimestamp: formatSlashed(sync),
        BIPUpdateTime: formatSlashed(later(rng.int(10, 600))),
        LineRateTimestamp: formatSlashed(later(rng.int(0, 5))),
        DownstreamRate: down,
        UpstreamRate: Math.min(down, rng.int(256, service.connectionType === 'ADSL' ? 448 : 1300)),
      },
    };
  };
  const records = (count: number) =>
    [...Array(count)]
      .map(record)
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((entry) => entry.element);

  return [
    { Name: 'Line RateChange', Record: records(rng.int(1, 4)) },
    { Name: 'Service Profile', Record: records(rng.int(1, 2)) },
  ];
}
