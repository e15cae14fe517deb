/**
 * Reply XML, written by hand: element text only, children in insertion order, an array value
 * repeats its element (so a list of one is simply one element, as Enta sends it).
 */
export type XmlValue = string | number | XmlElement | XmlValue[] | undefined;

export interface XmlElement {
  [name: string]: XmlValue;
}

/** Where an `OperationResponse` sits and what `Type` attributes the envelope carries. */
export interface Envelope {
  /** `Type` on `ResponseBlock`: `Live` or `Test`. */
  documentType: string;
  /** `Type` on `Response`; undefined puts `OperationResponse` directly under the root. */
  responseType?: string;
  /** `Type` on `OperationResponse` (only CeaseADSLOrder's `Accept`). */
  operationType?: string;
}

// Characters XML 1.0 cannot carry at all; dropped rather than escaped.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text and attribute values; non-ASCII goes out as numeric references, as Enta does. */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text.replace(FORBIDDEN, '')) {
    const code = char.codePointAt(0) as number;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === "'") out += '&apos;';
    else if (code > 0x7e) out += `&#${code};`;
    else out += char;
  }
  return out;
}

/** Serialises one element (or, for an array, the element repeated) at an indent depth. */
export function renderElement(name: string, value: XmlValue, depth = 0): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => renderElement(name, item, depth)).join('');

  const indent = '  '.repeat(depth);
  if (typeof value !== 'object') {
    const text = escapeXml(String(value));
    return text === '' ? `${indent}<${name}/>\n` : `${indent}<${name}>${text}</${name}>\n`;
  }

  const children = renderChildren(value, depth + 1);
  if (children === '') return `${indent}<${name}/>\n`;
  return `${indent}<${name}>\n${children}${indent}</${name}>\n`;
}

function renderChildren(element: XmlElement, depth: number): string {
  return Object.entries(element)
    .map(([name, value]) => renderElement(name, value, depth))
    .join('');
}

const typeAttr = (type: string | undefined) =>
  type === undefined ? '' : ` Type="${escapeXml(type)}"`;

/** A whole reply document: declaration, `ResponseBlock`, optional `Response`, the body. */
export function renderReply(envelope: Envelope, body: XmlElement): string {
  const inner = renderChildren(body, envelope.responseType === undefined ? 2 : 3);
  const depthOfOperation = envelope.responseType === undefined ? 1 : 2;
  const pad = '  '.repeat(depthOfOperation);
  const tag = `OperationResponse${typeAttr(envelope.operationType)}`;
  const operation =
    inner === '' ? `${pad}<${tag}/>\n` : `${pad}<${tag}>\n${inner}${pad}</OperationResponse>\n`;

  const wrapped =
    envelope.responseType === undefined
      ? operation
      : `  <Response${typeAttr(envelope.responseType)}>\n${operation}  </Response>\n`;

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ResponseBlock${typeAttr(envelope.documentType)}>\n${wrapped}</ResponseBlock>\n`
  );
}

/** Enta's error reply: `Response Type="Error"` with the code and description. */
export function renderError(documentType: string, code: string, description: string): string {
  return renderReply(
    { documentType, responseType: 'Error' },
    { ErrorCode: code, ErrorDescription: description },
  );
}
