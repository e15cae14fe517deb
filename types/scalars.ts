import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/**
 * `Date`: an ISO calendar date (`yyyy-mm-dd`). Parsing and checks come from graphql-scalars'
 * LocalDate, which refuses impossible days such as 2026-02-31; only the public name is ours.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, yyyy-mm-dd (UK dates unless stated).',
  parseValue: (value) => checkedDate(() => LocalDateResolver.parseValue(value), value),
  parseLiteral: (ast) =>
    checkedDate(() => LocalDateResolver.parseLiteral(ast, {}), 'value' in ast ? ast.value : ast),
});

/** LocalDate's own message names its type; ours names the public one and the form wanted. */
function checkedDate(parse: () => unknown, given: unknown): string {
  try {
    return String(parse());
  } catch {
    const shown = typeof given === 'string' ? `"${given.slice(0, 40)}"` : 'this value';
    throw new TypeError(`Date must be a real calendar date written yyyy-mm-dd; ${shown} is not`);
  }
}

/**
 * `DateTime`: ISO 8601 with an offset. Input is checked by graphql-scalars and handed to
 * resolvers as an ISO string; output keeps the offset the value was computed with, so a UK
 * local time stays readable as `+01:00` in summer rather than being turned into UTC.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A moment in ISO 8601 form with an offset, e.g. 2026-07-01T09:30:00+01:00.',
  serialize(value) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
    if (value instanceof Date) return value.toISOString();
    throw new TypeError('DateTime cannot represent a value that is not a date and time');
  },
  parseValue(value) {
    return toIso(DateTimeResolver.parseValue(value));
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string');
    return toIso(DateTimeResolver.parseValue(ast.value));
  },
});

function toIso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** Byte counts pass 2^31, so they use graphql-scalars' 53-bit SafeInt. */
export const SafeIntScalar = SafeIntResolver;
