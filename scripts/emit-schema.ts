import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema, printAppSchema } from '../src/server/schema';

/** `npm run schema`: writes schema.graphql at the project root from the code. */
async function main(): Promise<void> {
  const schema = await buildAppSchema();
  const target = join(__dirname, '..', '..', 'schema.graphql');
  writeFileSync(target, printAppSchema(schema));
  process.stdout.write(`wrote ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
