/**
 * The reply tree that operations read: xml-js's compact output turned into nodes whose element
 * and attribute names are lower-cased (Enta's casing is not consistent between operations, so
 * names are compared without regard to case) and whose list elements are always arrays.
 */
export interface EntaNode {
  /** The element name as it arrived. */
  readonly name: string;
  /** The element's own text, trimmed; '' when it has none. */
  readonly text: string;
  /** Attributes by lower-cased name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements by lower-cased name; arrays for list elements and for repeats. */
  readonly children: Readonly<Record<string, EntaNode | readonly EntaNode[]>>;
}

type Compact = Record<string, unknown>;

/** A node with nothing in it: what an empty reply body reads as. */
export const EMPTY_NODE: EntaNode = { name: '', text: '', attributes: {}, children: {} };

/**
 * Builds the node tree from xml-js compact output. `listNames` are lower-cased names that are
 * lists in this operation's reply: they become arrays even when one element (or none) came.
 */
export function nodeFromCompact(
  name: string,
  compact: Compact,
  listNames: ReadonlySet<string>,
): EntaNode {
  const children: Record<string, EntaNode | EntaNode[]> = {};

  for (const [key, value] of Object.entries(compact)) {
    if (key.startsWith('_')) continue;

    const canonical = key.toLowerCase();
    const nodes = asArray(value).map((child) => nodeFromCompact(key, asCompact(child), listNames));
    children[canonical] = merge(children[canonical], nodes, listNames.has(canonical));
  }

  return { name, text: textOf(compact), attributes: attributesOf(compact), children };
}

/**
 * xml-js does not throw on a truncated document: elements never closed keep the `_parent` link
 * it uses while parsing. Nor does it refuse a second root element. Both are caught here.
 */
export function isWholeDocument(compact: Record<string, unknown>): boolean {
  const roots = Object.keys(compact).filter((key) => !key.startsWith('_'));
  if (roots.length !== 1 || Array.isArray(compact[roots[0]])) return false;

  const pending: unknown[] = [compact[roots[0]]];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === 'object') {
      if (Object.prototype.hasOwnProperty.call(value, '_parent')) return false;
      for (const [key, child] of Object.entries(value)) {
        if (!key.startsWith('_')) pending.push(child);
      }
    }
  }
  return true;
}

function merge(
  existing: EntaNode | EntaNode[] | undefined,
  nodes: EntaNode[],
  isList: boolean,
): EntaNode | EntaNode[] {
  // Siblings that differ only in case (`Day`, `DAY`) are the same element repeated.
  const all = existing === undefined ? nodes : [...asArray(existing), ...nodes];
  return isList || all.length > 1 ? all : all[0];
}

function textOf(compact: Compact): string {
  const parts = [...asArray(compact._text), ...asArray(compact._cdata)];
  return parts.map(String).join('').trim();
}

function attributesOf(compact: Compact): Record<string, string> {
  const raw = compact._attributes;
  if (raw === null || typeof raw !== 'object') return {};

  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) attributes[key.toLowerCase()] = String(value);
  return attributes;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function asCompact(value: unknown): Compact {
  // An element with only text can arrive as a bare string in some compact shapes.
  if (value !== null && typeof value === 'object') return value as Compact;
  return { _text: value === undefined ? '' : String(value) };
}
