import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInLondon } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

/** Every method of the reference client's seed list: each must have a row in the README. */
const SEED_METHODS = [
  'services_available', 'get_appointments', 'book_appointment', 'poll', 'list_connections',
  'pending_orders', 'pstn_pending_orders', 'rate_limited', 'get_blocked', 'get_bt_faults',
  'heavy', 'regrade_options', 'adslchecker', 'username_available', 'verify_mac',
  'interleaving_status', 'interleaving', 'stabilityoption', 'elevatedbestefforts',
  'care_level', 'enhanced_care', 'modifylinefeatures', 'order_updates_since', 'getbtfeed',
  'update_contact', 'update_price', 'cease', 'request_mac', 'auth_log', 'max_reports',
  'order_eventlog_history', 'getadslinstall', 'service_view', 'service_details', 'adslaccount',
  'order', 'llu_order', 'terms_and_conditions', 'product_change', 'regrade', 'usage_summary',
  'usage_history', 'usage_history_detail', 'allowance', 'session_log', 'connectionhistory',
  'case_search', 'first_crd',
];

const SECTION = '## Every Enta method through GraphQL';

interface Row {
  method: string;
  example: string;
  /** null when the example must answer with data and no errors. */
  code: string | null;
}

/** The rows of the section's four-column table (method, field, example, answers). */
function readmeRows(): Row[] {
  // Tests run from dist/test/graphql; the README is at the repository root.
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf(SECTION);
  const section = readme.slice(start, readme.indexOf('\n## ', start + SECTION.length));

  return section.split('\n').flatMap((line) => {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 4 || !cells[2].startsWith('`')) return [];
    const unquote = (text: string) => text.replace(/^`|`$/g, '');
    return [{
      method: cells[0],
      example: unquote(cells[2]),
      code: cells[3] === 'data' ? null : unquote(cells[3]),
    }];
  });
}

let stack: TestStack;
let placeholders: Record<string, string>;

beforeAll(async () => {
  stack = await startStack();
  const first = await stack.gql('{ firstAvailableDate }');
  const search = await stack.gql(`mutation($d: Date!) { requestAppointments(input: {
    cli: "020 7946 0555", from: $d }) { token } }`, { d: first.data!.firstAvailableDate });

  placeholders = {
    $FIRST_AVAILABLE_DATE: first.data!.firstAvailableDate,
    $TODAY: todayInLondon(new Date()),
    $TOKEN: search.data!.requestAppointments.token,
  };
});
afterAll(() => stack.close());

describe("README's table of seed methods", () => {
  const rows = readmeRows();

  it('has one row for every seed method, and no others', () => {
    expect(rows.map((row) => row.method).sort()).toEqual([...SEED_METHODS].sort());
  });

  it.each(rows.map((row) => [row.method, row] as const))('runs the %s example', async (_, row) => {
    const document = Object.entries(placeholders).reduce(
      (text, [name, value]) => text.split(name).join(value), row.example);
    const result = await stack.gql(document);

    if (row.code === null) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    } else {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([row.code]);
    }
  });
});
