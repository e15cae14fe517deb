import { BadUserInputError } from '../../src/errors';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  isIsoDate,
  parseIsoDate,
  todayInLondon,
  toIsoDate,
  weekdayOf,
} from '../../src/domain/iso-date';

function inputErrorOf(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('parseIsoDate', () => {
  it('returns a real calendar date unchanged', () => {
    expect(parseIsoDate('2026-02-28', 'date')).toBe('2026-02-28');
    expect(parseIsoDate('2028-02-29', 'date')).toBe('2028-02-29');
  });

  it('rejects impossible dates, naming the field', () => {
    for (const value of ['2026-02-31', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31']) {
      const error = inputErrorOf(() => parseIsoDate(value, 'ceaseDate'));
      expect(error.field).toBe('ceaseDate');
      expect(error.message).toBe(`ceaseDate is not a real calendar date: ${value}`);
    }
  });

  it('rejects other shapes', () => {
    const shapes: unknown[] = [
      '2026-2-1',
      '20260201',
      '2026-02-01T00:00:00Z',
      ' 2026-02-01',
      '01/02/2026',
      '',
      null,
      20260201,
    ];
    for (const value of shapes) {
      const error = inputErrorOf(() => parseIsoDate(value, 'from'));
      expect(error.message).toBe('from must be a date written yyyy-mm-dd');
      expect(error.field).toBe('from');
    }
  });

  it('rejects years outside the sane window', () => {
    expect(inputErrorOf(() => parseIsoDate('1066-10-14', 'day')).message).toBe(
      'day must fall in the years 1990 to 2100',
    );
    expect(() => parseIsoDate('2101-01-01', 'day')).toThrow(BadUserInputError);
  });
});

describe('isIsoDate', () => {
  it('tells real ISO dates from the rest', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-12-32')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('toIsoDate', () => {
  it('reads a Date at midnight UTC as its calendar day', () => {
    expect(toIsoDate(new Date('2026-03-29T00:00:00Z'), 'day')).toBe('2026-03-29');
  });

  it('passes an ISO string through the same checks', () => {
    expect(toIsoDate('2026-03-29', 'day')).toBe('2026-03-29');
    expect(() => toIsoDate('2026-03-32', 'day')).toThrow(BadUserInputError);
  });

  it('rejects an invalid Date', () => {
    expect(inputErrorOf(() => toIsoDate(new Date('nonsense'), 'day')).field).toBe('day');
  });
});

describe('todayInLondon', () => {
  it('uses British Summer Time after midnight BST', () => {
    expect(todayInLondon(new Date('2026-07-02T23:30:00Z'))).toBe('2026-07-03');
  });

  it('uses GMT in winter', () => {
    expect(todayInLondon(new Date('2026-12-24T23:30:00Z'))).toBe('2026-12-24');
    expect(todayInLondon(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and clock-change boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('compares dates', () => {
    expect(compareIsoDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareIsoDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('counts whole days between dates, across a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });

  it('names the weekday, Monday as 1', () => {
    expect(weekdayOf('2026-12-28')).toBe(1);
    expect(weekdayOf('2026-07-05')).toBe(7);
  });

  it('lists every day of a month', () => {
    expect(daysInMonth(2028, 2)).toHaveLength(29);
    expect(daysInMonth(2026, 2)[27]).toBe('2026-02-28');
    expect(daysInMonth(2026, 12)[0]).toBe('2026-12-01');
    expect(daysInMonth(2026, 4)).toHaveLength(30);
  });

  it('refuses unchecked input as a programming error', () => {
    expect(() => addDays('2026-02-31', 1)).toThrow(RangeError);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });
});
