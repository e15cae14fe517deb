import {
  dashDateToIso,
  isoDateToShortSlash,
  isoDateToSlash,
  isoToSlashDateTime,
  rfc2822ToIso,
  shortSlashDateToIso,
  slashDateTimeToIso,
  slashDateToIso,
  ukDateTimeToIso,
  unixSecondsToIso,
} from '../../src/enta/dates';
import { WireFormatError } from '../../src/enta/errors';
import { intervalEndsToIso } from '../../src/enta/interval-times';

describe('wire dates', () => {
  it('reads RFC 2822 with an offset as the same instant in London time', () => {
    expect(rfc2822ToIso('Mon, 22 Feb 2010 10:00:00 +0000')).toBe('2010-02-22T10:00:00+00:00');
    expect(rfc2822ToIso('Tue, 22 Jun 2010 10:00:00 +0100')).toBe('2010-06-22T10:00:00+01:00');
    expect(rfc2822ToIso('Tue, 22 Jun 2010 09:00:00 +0000')).toBe('2010-06-22T10:00:00+01:00');
  });

  it('reads UK local day-month-name times with the offset in force', () => {
    expect(ukDateTimeToIso('22 Feb 2010 10:00:00')).toBe('2010-02-22T10:00:00+00:00');
    expect(ukDateTimeToIso('22 Jun 2010 10:00:00')).toBe('2010-06-22T10:00:00+01:00');
    expect(ukDateTimeToIso('5 sep 2026 23:59:59')).toBe('2026-09-05T23:59:59+01:00');
  });

  it('reads local times either side of the 2026 clock changes', () => {
    expect(ukDateTimeToIso('29 Mar 2026 00:59:59')).toBe('2026-03-29T00:59:59+00:00');
    expect(ukDateTimeToIso('29 Mar 2026 02:00:00')).toBe('2026-03-29T02:00:00+01:00');
    expect(slashDateTimeToIso('25/10/2026 00:30:00')).toBe('2026-10-25T00:30:00+01:00');
    expect(slashDateTimeToIso('25/10/2026 02:00:00')).toBe('2026-10-25T02:00:00+00:00');
  });

  it('reads and writes dd/mm/yyyy HH:MM:SS in UK local time', () => {
    expect(slashDateTimeToIso('22/02/2010 10:00:00')).toBe('2010-02-22T10:00:00+00:00');
    expect(isoToSlashDateTime('2010-06-22T09:00:00Z')).toBe('22/06/2010 10:00:00');
    expect(isoToSlashDateTime('2010-01-01T00:00:00')).toBe('01/01/2010 00:00:00');
  });

  it('reads Unix seconds', () => {
    expect(unixSecondsToIso('1266832800')).toBe('2010-02-22T10:00:00+00:00');
  });

  it('reads dd-Mon-yyyy as an ISO date', () => {
    expect(dashDateToIso('05-Mar-2010')).toBe('2010-03-05');
  });

  it('converts dd/mm/yy both ways within this century', () => {
    expect(shortSlashDateToIso('01/02/10')).toBe('2010-02-01');
    expect(isoDateToShortSlash('2010-02-01')).toBe('01/02/10');
    expect(() => isoDateToShortSlash('1999-02-01')).toThrow(WireFormatError);
  });

  it('converts ISO dates to and from dd/mm/yyyy', () => {
    expect(isoDateToSlash('2026-10-25')).toBe('25/10/2026');
    expect(slashDateToIso('25/10/2026')).toBe('2026-10-25');
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(() => isoDateToSlash('2026-02-31')).toThrow(WireFormatError);
    expect(() => slashDateToIso('31/02/2026')).toThrow(WireFormatError);
    expect(() => shortSlashDateToIso('31/02/26')).toThrow(WireFormatError);
    expect(() => dashDateToIso('30-Feb-2026')).toThrow(WireFormatError);
    expect(() => ukDateTimeToIso('31 Apr 2026 10:00:00')).toThrow(WireFormatError);
    expect(() => slashDateTimeToIso('22/02/2010 24:00:00')).toThrow(WireFormatError);
  });

  it('refuses text in the wrong format', () => {
    expect(() => isoDateToSlash('25/10/2026')).toThrow(WireFormatError);
    expect(() => rfc2822ToIso('yesterday')).toThrow(WireFormatError);
    expect(() => ukDateTimeToIso('22 Foo 2010 10:00:00')).toThrow(WireFormatError);
    expect(() => unixSecondsToIso('12a')).toThrow(WireFormatError);
  });
});

/** A day's `HH:MM` rows end with `00:00`, the end of the last interval. */
function rowsFrom(wallTimes: string[]): string[] {
  return [...wallTimes, '00:00'];
}

function wallTimesBetween(fromHour: number, toHour: number): string[] {
  const times: string[] = [];
  for (let hour = fromHour; hour < toHour; hour += 1) {
    for (let minute = 0; minute < 60; minute += 10) {
      if (hour === 0 && minute === 0) continue;
      times.push(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    }
  }
  return times;
}

describe('10-minute interval end times', () => {
  it('stamps an ordinary day with 144 rows, 00:00 ending it on the next date', () => {
    const ends = intervalEndsToIso('2026-06-10', rowsFrom(wallTimesBetween(0, 24)));

    expect(ends).toHaveLength(144);
    expect(ends[0]).toBe('2026-06-10T00:10:00+01:00');
    expect(ends[143]).toBe('2026-06-11T00:00:00+01:00');
  });

  it('skips the missing hour on the spring change (2026-03-29, 138 rows)', () => {
    const rows = rowsFrom([...wallTimesBetween(0, 1), ...wallTimesBetween(2, 24)]);
    const ends = intervalEndsToIso('2026-03-29', rows);

    expect(ends).toHaveLength(138);
    expect(ends[4]).toBe('2026-03-29T00:50:00+00:00');
    expect(ends[5]).toBe('2026-03-29T02:00:00+01:00');
    expect(ends[137]).toBe('2026-03-30T00:00:00+01:00');
    expect(new Set(ends).size).toBe(138);
  });

  it('gives the repeated autumn hour BST first and GMT second (2026-10-25, 150 rows)', () => {
    const repeated = wallTimesBetween(1, 2);
    const rows = rowsFrom([
      ...wallTimesBetween(0, 1),
      ...repeated,
      ...repeated,
      ...wallTimesBetween(2, 24),
    ]);
    const ends = intervalEndsToIso('2026-10-25', rows);

    expect(ends).toHaveLength(150);
    expect(ends.filter((end) => end.startsWith('2026-10-25T01:10'))).toEqual([
      '2026-10-25T01:10:00+01:00',
      '2026-10-25T01:10:00+00:00',
    ]);
    expect(ends[11]).toBe('2026-10-25T01:00:00+00:00');
    expect(ends[149]).toBe('2026-10-26T00:00:00+00:00');
    expect(new Set(ends).size).toBe(150);
  });

  it('refuses rows out of time order', () => {
    expect(() => intervalEndsToIso('2026-06-10', ['00:20', '00:10'])).toThrow(WireFormatError);
  });

  it('refuses an impossible day', () => {
    expect(() => intervalEndsToIso('2026-02-30', ['00:10'])).toThrow(WireFormatError);
  });
});
