import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyTableMarkdown, TABLE_END, TABLE_START } from '../../src/auth/policy-table';

describe("README's who-may-do-what table", () => {
  it('matches src/auth/policy.ts (run `npm run policy-table` and paste it to fix)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);

    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start, end + TABLE_END.length)).toBe(policyTableMarkdown());
  });
});
