/**
 * The XML document a write sends. Enta's request root is, oddly, `ResponseBlock`; see WIRE.md.
 */

/** A field value; `undefined`, `null` and '' leave the element out. */
export type RequestValue = string | number | undefined | null | RequestFields | RequestFields[];

/**
 * The children of `OperationResponse`, in document order: a string or number is an element
 * with that text, an object an element with children, an array a repeated element.
 */
export interface RequestFields {
  readonly [element: string]: RequestValue;
}

export interface DocumentOptions {
  /** `Type` on the root: `Live` or `Test`. */
  mode: 'Live' | 'Test';
  requestType: string;
  /** UpdateADSLContact and UpdateADSLPrice: no `Response`, the type on `OperationResponse`. */
  shortForm: boolean;
}

/** Builds the request document; text is escaped and non-ASCII sent as character references. */
export function buildRequestDocument(fields: RequestFields, options: DocumentOptions): string {
  const inner = renderFields(fields);
  const type = escapeText(options.requestType);

  const operation = options.shortForm
    ? `<OperationResponse Type="${type}">${inner}</OperationResponse>`
    : `<Response Type="${type}"><OperationResponse>${inner}</OperationResponse></Response>`;

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ResponseBlock Type="${options.mode}">${operation}</ResponseBlock>\n`
  );
}

function renderFields(fields: RequestFields): string {
  return Object.entries(fields)
    .map(([name, value]) => renderElement(name, value))
    .join('');
}

function renderElement(name: string, value: RequestValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => renderElement(name, item)).join('');

  checkName(name);
  if (typeof value === 'object') {
    // A group whose fields are all empty is left out like an empty field.
    const inner = renderFields(value);
    return inner === '' ? '' : `<${name}>${inner}</${name}>`;
  }

  const text = String(value);
  return text === '' ? '' : `<${name}>${escapeText(text)}</${name}>`;
}

/** Element names come from our own code; a bad one is a bug, not user input. */
function checkName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
    throw new Error(`invalid element name in an Enta request: ${name}`);
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes markup and writes every non-ASCII character as one character reference per code
 * point (not per UTF-8 byte). Control characters XML cannot carry are dropped.
 */
export function escapeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;

    if (ESCAPES[char]) out += ESCAPES[char];
    else if (code > 0x7e) out += `&#${code};`;
    else if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') continue;
    else out += char;
  }
  return out;
}
