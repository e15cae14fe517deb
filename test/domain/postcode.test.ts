import { BadUserInputError } from '../../src/errors';
import { normalisePostcode, parsePostcode } from '../../src/domain/postcode';

describe('normalisePostcode', () => {
  const good: Array<[string, string]> = [
    ['sw1a1aa', 'SW1A 1AA'],
    ['SW1A 1AA', 'SW1A 1AA'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
    ['m601nw', 'M60 1NW'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['ec1a1bb', 'EC1A 1BB'],
    ['gir 0aa', 'GIR 0AA'],
  ];

  it.each(good)('writes %p as %p', (written, expected) => {
    expect(normalisePostcode(written)).toBe(expected);
  });

  it('refuses outward codes alone and partial postcodes', () => {
    for (const written of ['SW1A', 'M1', 'SW1A 1', 'SW1A 1A', '1AA']) {
      expect(normalisePostcode(written)).toBeNull();
    }
  });

  it('refuses letters where the format forbids them', () => {
    const bad = [
      'QA1 1AA',
      'VA1 1AA',
      'XA1 1AA',
      'AI1 1AA',
      'AJ1 1AA',
      'AZ1 1AA',
      'A1I 1AA',
      'AB1C 1AA',
      'SW1A 1CA',
      'SW1A 1AK',
      'SW1A 1AV',
    ];
    for (const written of bad) {
      expect(normalisePostcode(written)).toBeNull();
    }
  });

  it('refuses other shapes', () => {
    for (const written of ['', 'SW1A 1AAA', 'SW123 1AA', 'S-W1A 1AA', 'SW1A\u00a01AA!', '12345']) {
      expect(normalisePostcode(written)).toBeNull();
    }
  });
});

describe('parsePostcode', () => {
  it('returns the standard form', () => {
    expect(parsePostcode('m11ae', 'postcode')).toBe('M1 1AE');
  });

  it('throws BadUserInputError naming the field', () => {
    expect(() => parsePostcode('SW1A', 'postcode')).toThrow(
      new BadUserInputError('postcode must be a full UK postcode, such as SW1A 1AA', 'postcode'),
    );
  });
});
