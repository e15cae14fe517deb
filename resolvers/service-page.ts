import type { ConnectionField, ConnectionSummary } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import type { ServiceSource } from './service.mapping';

/** Service fields that ListConnections can answer or feed, and the column each one needs. */
const LIST_COLUMNS: Record<string, ConnectionField> = {
  ref: 'Ref',
  username: 'Username',
  cli: 'Telephone',
  status: 'Status',
  live: 'Status',
  productId: 'Product',
  technology: 'ConnectionType',
  ipAddress: 'IPAddress',
  activationDate: 'ProvisionDate',
  // Fields whose Enta call needs a name the list can carry, so no AdslAccount is needed.
  sessions: 'Username',
  regradeOptions: 'Telephone',
};

/** The ListConnections columns a page needs: the cursor's Ref plus what the query selects. */
export function columnsFor(selected: Set<string>): ConnectionField[] {
  const columns = new Set<ConnectionField>(['Ref']);
  for (const field of selected) {
    const column = LIST_COLUMNS[field];
    if (column) columns.add(column);
  }
  return [...columns];
}

const CURSOR_PREFIX = 'service:';

export function encodeCursor(ref: string): string {
  return Buffer.from(CURSOR_PREFIX + ref, 'utf8').toString('base64url');
}

/** The ref a cursor stands for; refuses anything this API did not give out. */
export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) {
    throw new BadUserInputError('after is not a cursor this API gave out', 'after');
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

export interface Page {
  items: ServiceSource[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

/**
 * One page of a ref-ordered list. The cursor is the last ref seen, so a page stays right
 * when services before it come or go: the next page starts at the first ref after it.
 */
export function pageOf(rows: ConnectionSummary[], first: number, afterRef?: string): Page {
  const sorted = rows
    .filter((row): row is ConnectionSummary & { ref: string } => Boolean(row.ref))
    .sort((a, b) => compareRefs(a.ref, b.ref));
  const start =
    afterRef === undefined ? 0 : firstIndexAfter(sorted.map((row) => row.ref), afterRef);
  const slice = sorted.slice(start, start + first);

  return {
    items: slice.map((row) => ({ id: { ref: row.ref }, summary: row })),
    hasNextPage: start + first < sorted.length,
    hasPreviousPage: start > 0,
    totalCount: sorted.length,
  };
}

function firstIndexAfter(refs: string[], afterRef: string): number {
  const index = refs.findIndex((ref) => compareRefs(ref, afterRef) > 0);
  return index === -1 ? refs.length : index;
}

/** Refs share one prefix, so shorter-then-alphabetical is numeric order: ADSL99 < ADSL100. */
function compareRefs(a: string, b: string): number {
  const byLength = a.length - b.length;
  return byLength !== 0 ? byLength : a < b ? -1 : a > b ? 1 : 0;
}
