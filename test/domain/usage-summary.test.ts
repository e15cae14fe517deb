import { BadUserInputError } from '../../src/errors';
import { monthRange, summariseUsage, UsageDayRecord } from '../../src/domain/usage-summary';

const GIB = 1024 ** 3;

function day(date: string, totalDown: number, totalUp = 0, peakDown = 0, peakUp = 0) {
  return { date, totalDown, totalUp, peakDown, peakUp };
}

describe('summariseUsage', () => {
  it('sums each volume and counts the days', () => {
    const days = [day('2026-02-01', 1000, 200, 300, 40), day('2026-02-02', 5, 6, 7, 8)];
    expect(summariseUsage(days)).toEqual({
      totalDown: 1005,
      totalUp: 206,
      peakDown: 307,
      peakUp: 48,
      days: 2,
    });
  });

  it('sums to zero for no days', () => {
    expect(summariseUsage([])).toEqual({
      totalDown: 0,
      totalUp: 0,
      peakDown: 0,
      peakUp: 0,
      days: 0,
    });
  });

  it('stays exact past 2^31 and 2^32 bytes', () => {
    const days = Array.from({ length: 31 }, (_, i) => day(`2026-01-${i + 1}`, 7 * GIB + 3));
    expect(summariseUsage(days).totalDown).toBe(233001975901);
  });

  it('throws when a sum would pass the largest safe integer', () => {
    const days = [day('2026-01-01', Number.MAX_SAFE_INTEGER - 1), day('2026-01-02', 2)];
    expect(() => summariseUsage(days)).toThrow(
      new RangeError('usage totalDown summed to 2026-01-02 exceeds a safe integer'),
    );
  });

  it('throws for a volume that is not a whole, non-negative number of bytes', () => {
    const bad: UsageDayRecord[] = [
      day('2026-01-03', 1.5),
      day('2026-01-03', -1),
      day('2026-01-03', NaN),
      day('2026-01-03', 2 ** 53),
    ];
    for (const record of bad) {
      expect(() => summariseUsage([record])).toThrow(
        new RangeError('usage totalDown on 2026-01-03 is not a whole number of bytes'),
      );
    }
  });
});

describe('monthRange', () => {
  it('spans the whole month', () => {
    expect(monthRange(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(monthRange(2026, 2)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange(2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange(2026, 11)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange(2026, 12)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('refuses a month outside 1 to 12, naming month', () => {
    for (const month of [0, 13, 1.5, NaN]) {
      expect(() => monthRange(2026, month)).toThrow(
        new BadUserInputError('month must be a whole number from 1 to 12', 'month'),
      );
    }
  });

  it('refuses an absurd year, naming year', () => {
    for (const year of [1066, 2101, 2026.5]) {
      let field: string | undefined;
      try {
        monthRange(year, 1);
      } catch (error) {
        field = (error as BadUserInputError).field;
      }
      expect(field).toBe('year');
    }
  });
});
