import { POLICY } from './policy';
import { ROLES } from './roles';

export const TABLE_START = '<!-- policy-table:start (generated from src/auth/policy.ts) -->';
export const TABLE_END = '<!-- policy-table:end -->';

/** The rules that apply where the table has no entry; printed under it. */
const DEFAULT_ROWS: Array<[string, string[]]> = [
  ['any other query or mutation (the default for new ones)', ['admin']],
  ['any other field of a type the caller may read', [...ROLES]],
  ['any input field named `fee`, `…Fee`, `price` or `…Price` (a price change)', ['admin']],
];

/**
 * README's "Who may do what" table, in Markdown, straight from POLICY: a test fails when the
 * README's copy differs, and `npm run policy-table` prints it.
 */
export function policyTableMarkdown(): string {
  const header = `| what | ${ROLES.join(' | ')} |`;
  const rule = `| --- | ${ROLES.map(() => ':---:').join(' | ')} |`;
  const rows = Object.entries(POLICY).map(([coordinate, roles]) =>
    row(`\`${coordinate}\``, roles));
  const defaults = DEFAULT_ROWS.map(([what, roles]) => row(what, roles));

  return [TABLE_START, header, rule, ...rows, ...defaults, TABLE_END].join('\n');
}

function row(what: string, roles: readonly string[]): string {
  return `| ${what} | ${ROLES.map((role) => (roles.includes(role) ? 'yes' : '—')).join(' | ')} |`;
}
