import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema, printAppSchema } from '../src/server/schema';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` to regenerate it)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    const built = printAppSchema(await buildAppSchema());

    if (committed !== built) {
      throw new Error('schema.graphql is out of date: run `npm run schema` and commit the result');
    }
    expect(committed).toBe(built);
  });
});
