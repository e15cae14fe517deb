import { EventEmitter, on } from 'node:events';
import type { BtFeedRecord, EntaClient } from '../enta';
import type { Logger } from '../logger';
import { mapFilter } from './async-iterators';

export interface BtFeedPollerOptions {
  enta: Pick<EntaClient, 'getBtFeed'>;
  intervalMs: number;
  logger: Logger;
}

const RECORD = 'record';

/**
 * One poller of Enta's BT feed for the whole process, however many clients subscribe: it
 * runs while anyone listens, and hands each new record to every listener once. The first
 * poll only learns what is already there, so a new subscriber hears of changes, not history.
 */
export class BtFeedPoller {
  private readonly events = new EventEmitter();
  private timer: NodeJS.Timeout | undefined;
  private seen: Set<string> | undefined;
  private polling = false;

  constructor(private readonly options: BtFeedPollerOptions) {
    this.events.setMaxListeners(0);
  }

  /** New feed records from now on, until the iterator is returned (the client unsubscribes). */
  records(): AsyncIterableIterator<BtFeedRecord> {
    const stream = on(this.events, RECORD);
    this.start();

    const records = mapFilter(stream, (args: unknown[]) => args[0] as BtFeedRecord);
    const close = records.return!.bind(records);
    records.return = async () => {
      const result = await close();
      if (this.listeners === 0) this.stop();
      return result;
    };
    return records;
  }

  /** Subscribers at this moment; the poller runs only while this is above zero. */
  get listeners(): number {
    return this.events.listenerCount(RECORD);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.seen = undefined;
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.options.intervalMs);
    this.timer.unref();
    void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const records = await this.options.enta.getBtFeed({ days: 1 });
      this.publishNew(records);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'BT feed poll failed; trying again next interval');
    } finally {
      this.polling = false;
    }
  }

  /** Records already seen are skipped; the set is renewed each poll so it stays bounded. */
  private publishNew(records: BtFeedRecord[]): void {
    if (!this.timer) return;
    const keys = new Set(records.map(recordKey));
    const firstPoll = this.seen === undefined;

    if (!firstPoll) {
      for (const record of records) {
        if (!this.seen!.has(recordKey(record))) this.events.emit(RECORD, record);
      }
    }
    this.seen = keys;
  }
}

function recordKey(record: BtFeedRecord): string {
  return [record.at, record.cli, record.customerRef, record.orderType, record.substatus].join('|');
}
