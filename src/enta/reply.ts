import { ENTA_ERROR } from './catalogue';
import { EntaNotFoundError, EntaRejectedError, EntaUnavailableError } from './errors';
import { EMPTY_NODE, EntaNode } from './reply-tree';

/** What the transport hands to operations once a reply has passed every check. */
export interface EntaReply {
  /** Enta answered 200 with an empty body: success with nothing to say. */
  readonly isEmpty: boolean;
  /** `Type` on `Response`, or on `OperationResponse` when the reply has no `Response`. */
  readonly type: string | null;
  /** `Type` on `OperationResponse` itself (CeaseADSLOrder's `Accept`). */
  readonly operationType: string | null;
  /** The `OperationResponse` element; an empty node for an empty reply. */
  readonly body: EntaNode;
}

export const EMPTY_REPLY: EntaReply = {
  isEmpty: true,
  type: null,
  operationType: null,
  body: EMPTY_NODE,
};

/**
 * Checks a parsed reply document in order: Enta's own error reply first (it may come in any
 * envelope), then the envelope we expect, `ResponseBlock` holding `OperationResponse` either
 * inside `Response` or directly.
 */
export function interpretDocument(document: EntaNode): EntaReply {
  const root = first(document, 'responseblock');
  const response = root && first(root, 'response');
  const body =
    (response && first(response, 'operationresponse')) ??
    (root && first(root, 'operationresponse'));

  throwIfEntaError([response, body]);

  if (!root || !body) throw new EntaUnavailableError('shape');

  const operationType = body.attributes.type ?? null;
  return {
    isEmpty: false,
    type: response?.attributes.type ?? operationType,
    operationType,
    body,
  };
}

function throwIfEntaError(candidates: Array<EntaNode | undefined>): void {
  const isError = candidates.some((node) => node?.attributes.type?.toLowerCase() === 'error');
  if (!isError) return;

  const code = findText(candidates, 'errorcode');
  const description = findText(candidates, 'errordescription') ?? 'no reason given';
  if (code === ENTA_ERROR.NoSuchService) throw new EntaNotFoundError(description);
  throw new EntaRejectedError(code ?? null, description);
}

function findText(candidates: Array<EntaNode | undefined>, name: string): string | undefined {
  for (const node of [...candidates].reverse()) {
    const text = node && first(node, name)?.text;
    if (text) return text;
  }
  return undefined;
}

function first(node: EntaNode, name: string): EntaNode | undefined {
  const child = node.children[name];
  return Array.isArray(child) ? child[0] : (child as EntaNode | undefined);
}
