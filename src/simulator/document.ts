import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { badField } from './errors';
import type { XmlNode } from './fields';

/** The file part of a POST, as received. */
export interface UploadedPart {
  partName: string;
  fileName: string;
  partContentType: string;
  text: string;
}

/** A POSTed request document, unwrapped to its `OperationResponse`. */
export interface RequestDocument {
  /** `Type` on `ResponseBlock`: `Live` or `Test`. */
  documentType: string;
  /** `Type` on `Response`, or on `OperationResponse` in the short form. */
  requestType: string;
  shortForm: boolean;
  operation: XmlNode;
}

const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Reads the one file part of a multipart body; anything else is a 101 on `userfile`. */
export function readUpload(request: IncomingMessage): Promise<UploadedPart> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { fileSize: MAX_DOCUMENT_BYTES },
      });
    } catch {
      reject(badField('userfile', 'must be sent as multipart/form-data'));
      return;
    }

    let part: UploadedPart | undefined;
    let failure: Error | undefined;
    let started = false;
    parser.on('file', (name, stream, info) => {
      if (part || started) failure = badField('userfile', 'must be the only part');
      started = true;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (failure = badField('userfile', 'is too large')));
      stream.on('end', () => {
        part = {
          partName: name,
          fileName: info.filename,
          partContentType: info.mimeType,
          text: Buffer.concat(chunks).toString('utf8'),
        };
      });
    });
    parser.on('field', (name) => (failure = badField('userfile', `expected, not a field ${name}`)));
    parser.on('error', () => reject(badField('userfile', 'is not a readable multipart body')));
    parser.on('close', () => {
      if (failure) reject(failure);
      else if (!part) reject(badField('userfile', 'is required'));
      else if (part.partName !== 'userfile') {
        reject(badField('userfile', `expected, not ${part.partName}`));
      } else resolve(part);
    });
    request.pipe(parser);
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: true,
});

/**
 * Parses and unwraps a request document. Refused with a 101: a DOCTYPE (no entity tricks),
 * XML that is not well-formed, a root other than `ResponseBlock`, a missing `Type`.
 */
export function parseRequestDocument(text: string): RequestDocument {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw badField('userfile', 'must not contain a DOCTYPE');
  const trimmed = text.replace(/^\s+/, '');
  if (XMLValidator.validate(trimmed) !== true) throw badField('userfile', 'is not well-formed XML');

  const parsed = parser.parse(trimmed) as XmlNode;
  const roots = Object.keys(parsed);
  const root = parsed.ResponseBlock;
  if (roots.length !== 1 || !isElement(root)) {
    throw badField('ResponseBlock', 'must be the one root element');
  }
  const documentType = root['@_Type'];
  if (documentType !== 'Live' && documentType !== 'Test') {
    throw badField('ResponseBlock Type', 'must be Live or Test');
  }

  if (root.Response !== undefined) {
    if (!isElement(root.Response)) throw badField('Response', 'must be one element');
    return unwrap(documentType, root.Response, false);
  }
  return unwrap(documentType, root, true);
}

function unwrap(documentType: string, holder: XmlNode, shortForm: boolean): RequestDocument {
  const operation = holder.OperationResponse;
  if (!isElement(operation)) throw badField('OperationResponse', 'must be one element');

  const typeHolder = shortForm ? operation : holder;
  const requestType = typeHolder['@_Type'];
  const where = shortForm ? 'OperationResponse Type' : 'Response Type';
  if (typeof requestType !== 'string' || requestType === '') throw badField(where, 'is required');
  return { documentType, requestType, shortForm, operation };
}

function isElement(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
