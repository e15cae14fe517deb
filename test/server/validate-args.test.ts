import 'reflect-metadata';
import { ArgumentValidationError } from 'type-graphql';
import { validateArgs } from '../../src/server/validate-args';
import { ServiceIdArgs } from '../../types/service.args';

const check = async (value: unknown) => validateArgs(value, undefined as never, undefined as never);

const argsOf = (fields: Partial<ServiceIdArgs>) => Object.assign(new ServiceIdArgs(), fields);

describe('validateArgs', () => {
  it('accepts arguments that meet their constraints and leaves absent ones unchecked', async () => {
    await expect(check(argsOf({ ref: 'ADSL100001' }))).resolves.toBeUndefined();
  });

  it('refuses a value over its length limit with an ArgumentValidationError', async () => {
    const error = await check(argsOf({ ref: 'A'.repeat(21) })).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ArgumentValidationError);
    expect((error as ArgumentValidationError).extensions.validationErrors[0].property).toBe('ref');
  });

  it('checks each object in a list and passes scalars through', async () => {
    const list = [argsOf({ cli: '02079460001' }), argsOf({ username: 'u'.repeat(65) })];

    await expect(check(list)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(check('a scalar')).resolves.toBeUndefined();
    await expect(check(null)).resolves.toBeUndefined();
  });
});
