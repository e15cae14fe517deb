import { BadUserInputError } from '../../src/errors';
import {
  assertNotBeforeFirstAvailable,
  firstAvailableDate,
  isBankHoliday,
  isWorkingDay,
} from '../../src/domain/first-available-date';

describe('isBankHoliday', () => {
  it('knows the Christmas and New Year holidays of 2026-27, substitute days included', () => {
    expect(isBankHoliday('2026-12-25')).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(true);
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2027-01-01')).toBe(true);
    expect(isBankHoliday('2026-12-29')).toBe(false);
  });

  it('knows Easter 2027 and the late May bank holiday', () => {
    expect(isBankHoliday('2027-03-26')).toBe(true);
    expect(isBankHoliday('2027-03-29')).toBe(true);
    expect(isBankHoliday('2027-05-31')).toBe(true);
  });

  it('refuses a value that is not an ISO date as a programming error', () => {
    expect(() => isBankHoliday('2026-12-32')).toThrow(RangeError);
  });

  it('does not count observances or Scottish holidays', () => {
    expect(isBankHoliday('2027-03-28')).toBe(false);
    expect(isBankHoliday('2027-03-07')).toBe(false);
    expect(isBankHoliday('2027-01-04')).toBe(false);
    expect(isBankHoliday('2026-11-30')).toBe(false);
  });
});

describe('isWorkingDay', () => {
  it('excludes weekends and bank holidays', () => {
    expect(isWorkingDay('2026-07-04')).toBe(false);
    expect(isWorkingDay('2026-07-05')).toBe(false);
    expect(isWorkingDay('2027-03-29')).toBe(false);
    expect(isWorkingDay('2027-03-30')).toBe(true);
  });
});

describe('firstAvailableDate', () => {
  it('is seven days ahead when that is a working day', () => {
    expect(firstAvailableDate(new Date('2026-12-24T10:00:00Z'))).toBe('2026-12-31');
  });

  it('skips Christmas, the weekend and the Boxing Day substitute in 2026', () => {
    expect(firstAvailableDate(new Date('2026-12-18T10:00:00Z'))).toBe('2026-12-29');
  });

  it('skips New Year and the following weekend into 2027', () => {
    expect(firstAvailableDate(new Date('2026-12-25T09:00:00Z'))).toBe('2027-01-04');
  });

  it('skips both substitute days of Christmas 2027', () => {
    expect(firstAvailableDate(new Date('2027-12-18T12:00:00Z'))).toBe('2027-12-29');
  });

  it('skips Good Friday, the weekend and Easter Monday 2027', () => {
    expect(firstAvailableDate(new Date('2027-03-19T12:00:00Z'))).toBe('2027-03-30');
  });

  it('skips the late May bank holiday', () => {
    expect(firstAvailableDate(new Date('2027-05-24T08:00:00Z'))).toBe('2027-06-01');
  });

  it('moves a weekend to the Monday', () => {
    expect(firstAvailableDate(new Date('2026-06-06T12:00:00Z'))).toBe('2026-06-15');
  });

  it('counts from the London date on a Saturday evening in BST', () => {
    expect(firstAvailableDate(new Date('2026-07-04T21:30:00Z'))).toBe('2026-07-13');
  });

  it('counts from the London date just after midnight BST, not the UTC date', () => {
    expect(firstAvailableDate(new Date('2026-07-02T23:30:00Z'))).toBe('2026-07-10');
  });
});

describe('assertNotBeforeFirstAvailable', () => {
  const now = new Date('2027-03-19T12:00:00Z');

  it('returns a date on or after the first available date', () => {
    expect(assertNotBeforeFirstAvailable('2027-03-30', now, 'date')).toBe('2027-03-30');
    expect(assertNotBeforeFirstAvailable('2027-04-02', now, 'date')).toBe('2027-04-02');
    const scalar = new Date('2027-03-30T00:00:00Z');
    expect(assertNotBeforeFirstAvailable(scalar, now, 'date')).toBe('2027-03-30');
  });

  it('refuses an earlier date, naming the field and the first date allowed', () => {
    let caught: unknown;
    try {
      assertNotBeforeFirstAvailable('2027-03-29', now, 'ceaseDate');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadUserInputError);
    expect((caught as BadUserInputError).field).toBe('ceaseDate');
    expect((caught as BadUserInputError).message).toBe(
      'ceaseDate must not be before 2027-03-30, the first available date (asked for 2027-03-29)',
    );
  });

  it('refuses a malformed date before comparing', () => {
    expect(() => assertNotBeforeFirstAvailable('2027-02-30', now, 'date')).toThrow(
      'date is not a real calendar date: 2027-02-30',
    );
  });
});
