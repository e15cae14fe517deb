import { BadUserInputError } from '../../src/errors';
import { normaliseUkTelephone, parseUkTelephone } from '../../src/domain/telephone';

describe('normaliseUkTelephone', () => {
  const london: string[] = [
    '+44 20 7946 0000',
    '+44 (0)20 7946 0000',
    '+442079460000',
    '0044 20 7946 0000',
    '020 7946 0000',
    '02079460000',
    '(020) 7946-0000',
    '020-7946-0000',
    '020.7946.0000',
    '  020 7946 0000  ',
  ];

  it.each(london)('reads %p as 02079460000', (written) => {
    expect(normaliseUkTelephone(written)).toBe('02079460000');
  });

  it('keeps other areas and ten-digit national numbers', () => {
    expect(normaliseUkTelephone('0161 496 0123')).toBe('01614960123');
    expect(normaliseUkTelephone('+44 161 496 0123')).toBe('01614960123');
    expect(normaliseUkTelephone('016977 4567')).toBe('0169774567');
    expect(normaliseUkTelephone('0800 496 012')).toBe('0800496012');
  });

  it('rejects what is not a UK number', () => {
    const bad = [
      '',
      '2079460000',
      '442079460000',
      '+33 1 23 45 67 89',
      '+44 020 7946 0000',
      '020 7946 000',
      '020 7946 00000 1',
      '0020 7946 0000',
      '040 7946 0000',
      '020 7946 000O',
      '020+7946 0000',
      '((020)) 7946 0000',
      ')020( 7946 0000',
      'tel: 020 7946 0000',
    ];
    for (const written of bad) {
      expect(normaliseUkTelephone(written)).toBeNull();
    }
  });
});

describe('parseUkTelephone', () => {
  it('returns the national form', () => {
    expect(parseUkTelephone('(020) 7946-0001', 'cli')).toBe('02079460001');
  });

  it('throws BadUserInputError naming the field', () => {
    expect(() => parseUkTelephone('12345', 'cli')).toThrow(
      new BadUserInputError('cli must be a UK telephone number', 'cli'),
    );
  });
});
