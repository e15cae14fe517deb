import { BadUserInputError } from '../../src/errors';
import { resolveServiceId, ServiceIdArgs } from '../../src/domain/service-id';

function errorOf(args: ServiceIdArgs): BadUserInputError {
  try {
    resolveServiceId(args);
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

const EXACTLY_ONE = 'name the service by exactly one of ref, username or cli';

describe('resolveServiceId', () => {
  it('returns a ref in upper case', () => {
    expect(resolveServiceId({ ref: 'adsl100001' })).toEqual({ ref: 'ADSL100001' });
    expect(resolveServiceId({ ref: ' ADSL123 ', username: null })).toEqual({ ref: 'ADSL123' });
  });

  it('returns a username as given', () => {
    expect(resolveServiceId({ username: 'Jo.Bloggs@example.net' })).toEqual({
      username: 'Jo.Bloggs@example.net',
    });
  });

  it('returns a cli in national form', () => {
    expect(resolveServiceId({ cli: '+44 20 7946 0000' })).toEqual({ cli: '02079460000' });
    expect(resolveServiceId({ cli: '(0161) 496-0123' })).toEqual({ cli: '01614960123' });
  });

  it('refuses no identifier, naming ref', () => {
    for (const args of [{}, { ref: null, username: undefined }, { ref: '  ', cli: '' }]) {
      const error = errorOf(args);
      expect(error.message).toBe(EXACTLY_ONE);
      expect(error.field).toBe('ref');
    }
  });

  it('refuses several identifiers, naming the second one given', () => {
    expect(errorOf({ ref: 'ADSL100001', cli: '02079460000' }).field).toBe('cli');
    expect(errorOf({ username: 'jo', cli: '02079460000' }).field).toBe('cli');
    const all = errorOf({ ref: 'ADSL100001', username: 'jo', cli: '02079460000' });
    expect(all.field).toBe('username');
    expect(all.message).toBe(EXACTLY_ONE);
  });

  it('refuses a ref of the wrong shape', () => {
    for (const ref of ['ADSL12', 'ADSL12345678901', 'LLU100001', 'ADSL-100001', '100001']) {
      const error = errorOf({ ref });
      expect(error.field).toBe('ref');
      expect(error.message).toBe('ref must be a service reference such as ADSL100001');
    }
  });

  it('refuses a username of the wrong shape', () => {
    for (const username of ['jo bloggs', 'jo/bloggs', 'a'.repeat(65), 'jö']) {
      const error = errorOf({ username });
      expect(error.field).toBe('username');
      expect(error.message).toBe(
        'username must be up to 64 letters, digits, dots, underscores, hyphens or @',
      );
    }
  });

  it('refuses a cli that is not a UK telephone number', () => {
    const error = errorOf({ cli: '+33 1 23 45 67 89' });
    expect(error.field).toBe('cli');
    expect(error.message).toBe('cli must be a UK telephone number');
  });
});
