import { policyTableMarkdown } from '../src/auth/policy-table';

/** `npm run policy-table`: prints README's "Who may do what" table from src/auth/policy.ts. */
process.stdout.write(`${policyTableMarkdown()}\n`);
