import { WireFormatError } from '../../src/enta/errors';
import {
  formatMoney,
  formatYesNo,
  parseBoolean,
  parseDecimal,
  parseInteger,
  parseVolume,
} from '../../src/enta/units';

describe('wire units', () => {
  it('reads volumes in powers of 1024 as whole bytes', () => {
    expect(parseVolume('12.5 MB')).toBe(13_107_200);
    expect(parseVolume('1 KB')).toBe(1024);
    expect(parseVolume('2 GB')).toBe(2 * 1024 ** 3);
    expect(parseVolume('1.5 TB')).toBe(1.5 * 1024 ** 4);
    expect(parseVolume('300 B')).toBe(300);
    expect(parseVolume('300')).toBe(300);
    expect(parseVolume('0.1 KB')).toBe(102);
  });

  it('refuses volumes with unknown units or no number', () => {
    expect(() => parseVolume('12 PB')).toThrow(WireFormatError);
    expect(() => parseVolume('MB')).toThrow(WireFormatError);
    expect(() => parseVolume('')).toThrow(WireFormatError);
  });

  it('reads numbers strictly', () => {
    expect(parseInteger('007')).toBe(7);
    expect(parseInteger('-3')).toBe(-3);
    expect(parseDecimal('0.5')).toBe(0.5);
    expect(() => parseInteger('1.5')).toThrow(WireFormatError);
    expect(() => parseInteger('12abc')).toThrow(WireFormatError);
  });

  it('reads every boolean spelling Enta uses, in any case', () => {
    for (const word of ['true', 'Y', 'Yes', 'YES']) expect(parseBoolean(word)).toBe(true);
    for (const word of ['false', 'N', 'No', 'no']) expect(parseBoolean(word)).toBe(false);
    expect(() => parseBoolean('maybe')).toThrow(WireFormatError);
    expect(formatYesNo(true)).toBe('Yes');
    expect(formatYesNo(false)).toBe('No');
  });

  it('writes money with two decimal places without rounding', () => {
    expect(formatMoney('15')).toBe('15.00');
    expect(formatMoney(7.5)).toBe('7.50');
    expect(formatMoney('0.99')).toBe('0.99');
    expect(formatMoney('007.10')).toBe('7.10');
  });

  it('refuses money that is not an amount', () => {
    expect(() => formatMoney('ten')).toThrow(WireFormatError);
    expect(() => formatMoney('1.005')).toThrow(WireFormatError);
    expect(() => formatMoney('-5')).toThrow(WireFormatError);
    expect(() => formatMoney('')).toThrow(WireFormatError);
  });
});
