import { LineCheck, qualifyLine, Rag } from '../../src/domain/qualification';

const KBIT = 1024;
const MBIT = 1024 * 1024;
const now = new Date('2027-03-19T12:00:00Z');
const FIRST = '2027-03-30';

const FTTC_MESSAGE =
  'Your line can have FTTC with an estimated downstream line speed of 40 Mbps and upstream ' +
  'line speed of 10 Mbps.';

function check(overrides: Partial<LineCheck> = {}): LineCheck {
  return {
    errorCode: '0',
    message: FTTC_MESSAGE,
    fixedRate: 'G',
    rateAdaptive: 'G',
    max: { rag: 'G', speedKbps: 7150 },
    wbc: { rag: 'G', speedKbps: 16000 },
    mac: null,
    ...overrides,
  };
}

describe('qualifyLine', () => {
  it('reports every speed of a good line and offers all products at the top speed', () => {
    const result = qualifyLine(check(), { now, macGiven: false });

    expect(result).toEqual({
      qualifies: true,
      refusal: null,
      classicSpeed: 2 * MBIT,
      maxSpeed: 7150 * KBIT,
      adsl2PlusSpeed: 16000 * KBIT,
      fttcDownSpeed: 40 * MBIT,
      fttcUpSpeed: 10 * MBIT,
      fttcPlannedDate: null,
      topSpeed: 40 * MBIT,
      products: [
        'FAM1',
        'FAM3',
        'FAM30',
        'FAM60',
        'FAM90',
        'FAM120',
        'BUS15',
        'BUS45',
        'BUS90',
        'BUS135',
        'BUS180',
      ].map((productId) => ({ productId, maxSpeed: 41943040, firstDate: FIRST })),
      firstAvailableDate: FIRST,
    });
  });

  it('offers the business FTTC products at the FTTC downstream speed when it is lower', () => {
    const message = 'downstream line speed of 15 Mbps and upstream line speed of 1.5 Mbps';
    const result = qualifyLine(check({ message }), { now, macGiven: false });

    expect(result.topSpeed).toBe(16384000);
    const speedOf = (id: string) => result.products.find((p) => p.productId === id)?.maxSpeed;
    expect(speedOf('FAM120')).toBe(16384000);
    expect(speedOf('BUS15')).toBe(16384000);
    expect(speedOf('BUS45')).toBe(15728640);
    expect(speedOf('BUS180')).toBe(15728640);
    expect(result.fttcUpSpeed).toBe(1572864);
  });

  it('offers the business FTTC products at the top speed when no FTTC speed is known', () => {
    const result = qualifyLine(check({ message: 'ADSL only.' }), { now, macGiven: false });

    expect(result.topSpeed).toBe(16384000);
    expect(result.products.map((p) => p.maxSpeed)).toEqual(new Array(11).fill(16384000));
  });

  const classicCases: Array<[Rag | null, Rag | null, number | null]> = [
    ['G', 'G', 2 * MBIT],
    ['A', 'G', MBIT],
    ['R', 'G', 512 * KBIT],
    [null, 'G', 512 * KBIT],
    ['G', 'A', 512 * KBIT],
    ['A', 'A', 512 * KBIT],
    ['R', 'A', 512 * KBIT],
    ['G', 'R', null],
    ['A', 'R', null],
    ['G', null, null],
  ];

  it.each(classicCases)('gives FixedRate %s, RateAdaptive %s a classic speed of %s', (f, r, s) => {
    const result = qualifyLine(check({ fixedRate: f, rateAdaptive: r }), { now, macGiven: false });
    expect(result.classicSpeed).toBe(s);
  });

  it('counts ADSL Max when Amber and not when Red', () => {
    const amber = qualifyLine(check({ max: { rag: 'A', speedKbps: 4000 } }), {
      now,
      macGiven: false,
    });
    const red = qualifyLine(check({ max: { rag: 'R', speedKbps: 4000 } }), {
      now,
      macGiven: false,
    });
    expect(amber.maxSpeed).toBe(4096000);
    expect(red.maxSpeed).toBeNull();
  });

  it('leaves ADSL2+ out when WBC is absent, Red or without a speed', () => {
    const figures: LineCheck['wbc'][] = [
      null,
      { rag: 'R', speedKbps: 16000 },
      { rag: 'G', speedKbps: null },
    ];
    for (const wbc of figures) {
      expect(qualifyLine(check({ wbc }), { now, macGiven: false }).adsl2PlusSpeed).toBeNull();
    }
  });

  it('forgives stray case and spaces in a colour', () => {
    const result = qualifyLine(check({ fixedRate: ' g ' as Rag, rateAdaptive: 'g' as Rag }), {
      now,
      macGiven: false,
    });
    expect(result.classicSpeed).toBe(2 * MBIT);
  });

  it('takes the best ADSL speed as the top speed when there is no FTTC', () => {
    const result = qualifyLine(
      check({ message: '', wbc: null, max: { rag: 'A', speedKbps: 1500 }, fixedRate: 'G' }),
      { now, macGiven: false },
    );
    expect(result.topSpeed).toBe(2 * MBIT);
    expect(result.products[0]).toEqual({ productId: 'FAM1', maxSpeed: 2 * MBIT, firstDate: FIRST });
  });

  it('reports the planned FTTC date', () => {
    const message = 'Your cabinet is planned to have WBC FTTC by 21st March 2013.';
    expect(qualifyLine(check({ message }), { now, macGiven: false }).fttcPlannedDate).toBe(
      '2013-03-21',
    );
  });

  it('refuses after a checker error, trusting no speed', () => {
    const result = qualifyLine(check({ errorCode: '12', message: 'Invalid telephone number' }), {
      now,
      macGiven: false,
    });
    expect(result).toEqual({
      qualifies: false,
      refusal: {
        reason: 'the line checker reported error 12: Invalid telephone number',
        code: 'CHECKER_ERROR',
      },
      classicSpeed: null,
      maxSpeed: null,
      adsl2PlusSpeed: null,
      fttcDownSpeed: null,
      fttcUpSpeed: null,
      fttcPlannedDate: null,
      topSpeed: null,
      products: [],
      firstAvailableDate: FIRST,
    });
  });

  it('refuses a line where FixedRate and RateAdaptive are both Red, even with other speeds', () => {
    const result = qualifyLine(check({ fixedRate: 'R', rateAdaptive: 'R' }), {
      now,
      macGiven: false,
    });
    expect(result.qualifies).toBe(false);
    expect(result.refusal).toEqual({
      reason: 'no ADSL service is possible on this line',
      code: 'NO_ADSL',
    });
    expect(result.products).toEqual([]);
    expect(result.topSpeed).toBe(40 * MBIT);
  });

  it('refuses a line with no usable speed at all', () => {
    const bare = check({ fixedRate: null, rateAdaptive: null, max: null, wbc: null, message: '' });
    const result = qualifyLine(bare, { now, macGiven: false });
    expect(result.refusal).toEqual({
      reason: 'the line checker reported no usable speed for this line',
      code: 'NO_ADSL',
    });
  });

  it('refuses an invalid MAC, reporting its reason code', () => {
    const mac = { valid: false, reasonCode: 'MAC_EXPIRED' };
    const result = qualifyLine(check({ mac }), { now, macGiven: true });
    expect(result.qualifies).toBe(false);
    expect(result.refusal).toEqual({
      reason: 'the MAC is not valid for this line (MAC_EXPIRED)',
      code: 'INVALID_MAC',
      macReason: 'MAC_EXPIRED',
    });
    expect(result.products).toEqual([]);
  });

  it('refuses an invalid MAC that comes without a reason code', () => {
    const result = qualifyLine(check({ mac: { valid: false, reasonCode: null } }), {
      now,
      macGiven: true,
    });
    expect(result.refusal).toEqual({
      reason: 'the MAC is not valid for this line',
      code: 'INVALID_MAC',
    });
  });

  it('refuses a given MAC that the checker did not confirm', () => {
    const result = qualifyLine(check({ mac: null }), { now, macGiven: true });
    expect(result.refusal?.code).toBe('INVALID_MAC');
  });

  it('accepts a valid MAC', () => {
    const result = qualifyLine(check({ mac: { valid: true, reasonCode: null } }), {
      now,
      macGiven: true,
    });
    expect(result.qualifies).toBe(true);
    expect(result.products).toHaveLength(11);
  });

  it('ignores a MAC verdict when no MAC was given', () => {
    const result = qualifyLine(check({ mac: { valid: false, reasonCode: 'X' } }), {
      now,
      macGiven: false,
    });
    expect(result.qualifies).toBe(true);
  });
});
