import { BadUserInputError } from '../../errors';
import { EntaUnavailableError, WireFormatError } from '../errors';
import { EntaNode } from '../reply-tree';

/**
 * Reading a checked reply. Names are given as Enta spells them and matched without regard to
 * case. A missing required element, or a value not in its wire format, is a shape error: Enta
 * answered, but not in a form we can use.
 */

/** The first child of that name, if any. */
export function child(node: EntaNode, name: string): EntaNode | undefined {
  const found = node.children[name.toLowerCase()];
  return Array.isArray(found) ? found[0] : (found as EntaNode | undefined);
}

/** The child of that name; a shape error when it is missing. */
export function requireChild(node: EntaNode, name: string): EntaNode {
  const found = child(node, name);
  if (!found) throw shapeError(`missing ${name}`);
  return found;
}

/** Every child of that name, always as an array. */
export function list(node: EntaNode | undefined, name: string): EntaNode[] {
  const found = node?.children[name.toLowerCase()];
  if (found === undefined) return [];
  return Array.isArray(found) ? [...found] : [found as EntaNode];
}

/** A child's text, or null when the child is missing or empty. */
export function text(node: EntaNode | undefined, name: string): string | null {
  const value = node && child(node, name)?.text;
  return value ? value : null;
}

/** A child's text; a shape error when it is missing or empty. */
export function requireText(node: EntaNode, name: string): string {
  const value = text(node, name);
  if (value === null) throw shapeError(`missing ${name}`);
  return value;
}

/** A child's text converted by `parse`, or null when it is missing or empty. */
export function optional<T>(
  node: EntaNode | undefined,
  name: string,
  parse: (value: string) => T,
): T | null {
  const value = text(node, name);
  return value === null ? null : fromWire(value, parse, name);
}

/** A child's text converted by `parse`; a shape error when missing, empty or malformed. */
export function required<T>(node: EntaNode, name: string, parse: (value: string) => T): T {
  return fromWire(requireText(node, name), parse, name);
}

/** Runs a wire-format parser, turning a format error into a shape error. */
export function fromWire<T>(value: string, parse: (value: string) => T, name: string): T {
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof WireFormatError) throw shapeError(`${name}: ${error.message}`);
    throw error;
  }
}

/** Runs a wire-format formatter on a caller's value, turning a format error into bad input. */
export function toWire<T, R>(value: T, format: (value: T) => R, field: string): R {
  try {
    return format(value);
  } catch (error) {
    if (error instanceof WireFormatError) {
      throw new BadUserInputError(`${field}: ${error.message}`, field);
    }
    throw error;
  }
}

/** A shape error that says, in our logs only, what was wrong. */
export function shapeError(reason: string): EntaUnavailableError {
  const error = new EntaUnavailableError('shape');
  error.reason = reason;
  return error;
}
