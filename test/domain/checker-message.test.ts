import {
  fttcPlannedDateFromMessage,
  fttcSpeedsFromMessage,
  monthNumber,
} from '../../src/domain/checker-message';

const MBIT = 1024 * 1024;

describe('fttcSpeedsFromMessage', () => {
  it('reads whole-number downstream and upstream speeds', () => {
    const message =
      'Your line can have FTTC with an estimated downstream line speed of 40 Mbps and ' +
      'upstream line speed of 10 Mbps.';
    expect(fttcSpeedsFromMessage(message)).toEqual({ downBps: 40 * MBIT, upBps: 10 * MBIT });
  });

  it('reads decimal speeds, rounding to whole bits per second', () => {
    const message = 'downstream line speed of 39.5 Mbps and upstream line speed of 7.2 Mbps';
    expect(fttcSpeedsFromMessage(message)).toEqual({ downBps: 41418752, upBps: 7549747 });
  });

  it('ignores case, line breaks and repeated spaces', () => {
    const message = 'DOWNSTREAM   LINE SPEED OF\n 80 MBPS and\tUpstream Line Speed Of  20   mbps';
    expect(fttcSpeedsFromMessage(message)).toEqual({ downBps: 80 * MBIT, upBps: 20 * MBIT });
  });

  it('accepts the unit written against the figure and other spellings of it', () => {
    expect(fttcSpeedsFromMessage('downstream line speed of 80Mbps')).toEqual({
      downBps: 80 * MBIT,
      upBps: null,
    });
    const spelled = 'down-stream speed of 55 Mb/s, upstream speed of 9 Mbit/s';
    expect(fttcSpeedsFromMessage(spelled)).toEqual({ downBps: 55 * MBIT, upBps: 9 * MBIT });
  });

  it('accepts "up to" before the figure', () => {
    expect(fttcSpeedsFromMessage('downstream line speed of up to 76 Mbps').downBps).toBe(
      76 * MBIT,
    );
  });

  it('reads a kbps figure in units of 1024 bit/s', () => {
    expect(fttcSpeedsFromMessage('upstream line speed of 512 kbps').upBps).toBe(524288);
  });

  it('reads the speeds whichever comes first', () => {
    const message = 'upstream line speed of 10 Mbps and downstream line speed of 40 Mbps';
    expect(fttcSpeedsFromMessage(message)).toEqual({ downBps: 40 * MBIT, upBps: 10 * MBIT });
  });

  it('leaves a missing part null', () => {
    const cut = 'downstream line speed of 40 Mbps and upstream line speed of';
    expect(fttcSpeedsFromMessage(cut)).toEqual({ downBps: 40 * MBIT, upBps: null });
    expect(fttcSpeedsFromMessage('upstream line speed of 10 Mbps')).toEqual({
      downBps: null,
      upBps: 10 * MBIT,
    });
  });

  it('reports nothing for messages without FTTC figures', () => {
    const none = { downBps: null, upBps: null };
    expect(fttcSpeedsFromMessage('Your line is ADSL Max capable.')).toEqual(none);
    expect(fttcSpeedsFromMessage('downstream line speed of TBC')).toEqual(none);
    expect(fttcSpeedsFromMessage('downstream line speed of 40')).toEqual(none);
    expect(fttcSpeedsFromMessage('')).toEqual(none);
    expect(fttcSpeedsFromMessage(null)).toEqual(none);
  });

  it('treats a stated speed of zero as no speed', () => {
    expect(fttcSpeedsFromMessage('downstream line speed of 0 Mbps').downBps).toBeNull();
  });
});

describe('fttcPlannedDateFromMessage', () => {
  const cases: Array<[string, string]> = [
    ['Your cabinet is planned to have WBC FTTC by 21st March 2013.', '2013-03-21'],
    ['Your cabinet is planned to have WBC FTTC by 21st Mar 2013.', '2013-03-21'],
    ['Your cabinet is planned to have WBC FTTC by 3rd June 2013.', '2013-06-03'],
    ['Your cabinet is planned to have WBC FTTC by 1st Sept 2013.', '2013-09-01'],
    ['Your cabinet is planned to have WBC FTTC by 2nd Sep 2013.', '2013-09-02'],
    ['Your cabinet is planned to have WBC FTTC by 22nd December 2013.', '2013-12-22'],
    ['Your cabinet is planned to have WBC FTTC by 23rd jan 2014.', '2014-01-23'],
    ['Your cabinet is planned to have WBC FTTC by 31st May 2013.', '2013-05-31'],
    ['Your cabinet is planned to have WBC FTTC by 4th Feb. 2014', '2014-02-04'],
    ['your cabinet is PLANNED to have   wbc fttc by  5th\n october 2013', '2013-10-05'],
    ['Your cabinet is planned to have FTTC by 12 November, 2013.', '2013-11-12'],
    ['Your cabinet is planned to have WBC-FTTC by the 30th of April 2013.', '2013-04-30'],
  ];

  it.each(cases)('reads "%s" as %s', (message, expected) => {
    expect(fttcPlannedDateFromMessage(message)).toBe(expected);
  });

  it('finds the sentence among others', () => {
    const message =
      'Your line is capable of ADSL Max. Your cabinet is planned to have WBC FTTC by ' +
      '21st March 2013. Estimates are not guaranteed.';
    expect(fttcPlannedDateFromMessage(message)).toBe('2013-03-21');
  });

  it('returns null for impossible dates and unknown month names', () => {
    expect(fttcPlannedDateFromMessage('planned to have WBC FTTC by 31st June 2013.')).toBeNull();
    expect(fttcPlannedDateFromMessage('planned to have WBC FTTC by 21st Marc 2013.')).toBeNull();
    expect(fttcPlannedDateFromMessage('planned to have WBC FTTC by 21st March.')).toBeNull();
  });

  it('returns null when there is no planned date', () => {
    expect(fttcPlannedDateFromMessage('FTTC is available now.')).toBeNull();
    expect(fttcPlannedDateFromMessage(undefined)).toBeNull();
  });
});

describe('monthNumber', () => {
  it('knows long names, three-letter names and Sept', () => {
    expect(monthNumber('January')).toBe(1);
    expect(monthNumber('SEPT')).toBe(9);
    expect(monthNumber('dec')).toBe(12);
    expect(monthNumber('Septem')).toBeNull();
  });
});
