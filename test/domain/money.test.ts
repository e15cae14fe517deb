import { BadUserInputError } from '../../src/errors';
import { toMoney } from '../../src/domain/money';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError && error.field === 'fee') return error.message;
    throw error;
  }
  throw new Error('expected a BadUserInputError on fee');
}

describe('toMoney', () => {
  const good: Array<[number | string, string]> = [
    [15, '15.00'],
    [15.5, '15.50'],
    [19.99, '19.99'],
    [0.1, '0.10'],
    [0, '0.00'],
    [-0, '0.00'],
    [100000, '100000.00'],
    ['15', '15.00'],
    ['15.5', '15.50'],
    [' 15.05 ', '15.05'],
    ['007.50', '7.50'],
    ['0.01', '0.01'],
    ['100000.00', '100000.00'],
  ];

  it.each(good)('writes %p as %p', (value, expected) => {
    expect(toMoney(value, 'fee')).toBe(expected);
  });

  it('rejects negative amounts', () => {
    for (const value of [-1, -0.01, '-5', '-5.00', '- 5']) {
      expect(messageOf(() => toMoney(value, 'fee'))).toBe('fee must not be negative');
    }
  });

  it('rejects what is not an amount', () => {
    for (const value of [NaN, Infinity, '', 'abc', '15.', '.5', '1e3', '£15', '1,000', '15.0.0']) {
      expect(messageOf(() => toMoney(value, 'fee'))).toBe(
        'fee must be an amount in pounds, such as 15.00',
      );
    }
  });

  it('rejects fractions of a penny', () => {
    for (const value of [15.001, 0.1 + 0.2, 1e-7, '15.001', '15.000']) {
      expect(messageOf(() => toMoney(value, 'fee'))).toBe(
        'fee must not have more than two decimal places',
      );
    }
  });

  it('rejects absurd amounts', () => {
    for (const value of [100000.01, 1e21, '100000.01', '1000000', '99999999999999999999']) {
      expect(messageOf(() => toMoney(value, 'fee'))).toBe('fee must not be more than 100000.00');
    }
  });
});
