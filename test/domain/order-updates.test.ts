import { BadUserInputError } from '../../src/errors';
import { daysSince, orderRefForFeedRecord } from '../../src/domain/order-updates';

describe('daysSince', () => {
  const now = new Date('2026-07-10T09:00:00Z');

  it('counts today as one day', () => {
    expect(daysSince('2026-07-10', now)).toBe(1);
  });

  it('covers since through today, both included', () => {
    expect(daysSince('2026-07-09', now)).toBe(2);
    expect(daysSince('2026-06-30', now)).toBe(11);
    expect(daysSince(new Date('2026-07-01T00:00:00Z'), now)).toBe(10);
  });

  it('counts across the spring clock change in whole days', () => {
    expect(daysSince('2026-03-28', new Date('2026-03-30T12:00:00Z'))).toBe(3);
  });

  it('takes today from London time', () => {
    const justAfterMidnightBst = new Date('2026-07-09T23:30:00Z');
    expect(daysSince('2026-07-10', justAfterMidnightBst)).toBe(1);
  });

  it('refuses a future date, naming the field', () => {
    expect(() => daysSince('2026-07-11', now)).toThrow(
      new BadUserInputError('since must not be after today (2026-07-10)', 'since'),
    );
  });

  it('refuses a malformed date', () => {
    expect(() => daysSince('2026-06-31', now)).toThrow(BadUserInputError);
  });
});

describe('orderRefForFeedRecord', () => {
  const refs: Record<string, string> = { '02079460001': 'ADSL100001' };
  const refByCli = (cli: string) => refs[cli];

  it('uses the service reference found for the telephone number', () => {
    const record = { telephone: '02079460001', customerRef: 'ADSL999999' };
    expect(orderRefForFeedRecord(record, refByCli)).toBe('ADSL100001');
  });

  it('looks the telephone number up in national form', () => {
    const record = { telephone: '020 7946 0001', customerRef: null };
    expect(orderRefForFeedRecord(record, refByCli)).toBe('ADSL100001');
  });

  it('falls back to the number as written when it is not a UK number', () => {
    const asked: string[] = [];
    const record = { telephone: ' 7946 0001 ', customerRef: null };
    const ref = orderRefForFeedRecord(record, (cli) => {
      asked.push(cli);
      return undefined;
    });
    expect(asked).toEqual(['7946 0001']);
    expect(ref).toBe('7946 0001');
  });

  it('uses a CustomerRef that looks like a service reference', () => {
    const record = { telephone: '02079460002', customerRef: ' adsl100002 ' };
    expect(orderRefForFeedRecord(record, refByCli)).toBe('ADSL100002');
  });

  it('falls back to the telephone number, in national form', () => {
    for (const customerRef of ['PO-1234', 'ADSL', 'ADSL12a', '', null]) {
      const record = { telephone: '0161 496 0003', customerRef };
      expect(orderRefForFeedRecord(record, refByCli)).toBe('01614960003');
    }
  });

  it('uses the CustomerRef when the record has no telephone number', () => {
    expect(orderRefForFeedRecord({ telephone: null, customerRef: 'ADSL100004' }, refByCli)).toBe(
      'ADSL100004',
    );
  });

  it('returns null when nothing identifies the order', () => {
    expect(orderRefForFeedRecord({ telephone: ' ', customerRef: 'PO-1' }, refByCli)).toBeNull();
  });
});
