import FormData from 'form-data';

/** A multipart body ready to send, with the Content-Type that names its boundary. */
export interface MultipartBody {
  readonly body: Buffer;
  readonly contentType: string;
}

const FORM_DATA_TYPE = /^multipart\/form-data;/i;

/**
 * Wraps the request document as Enta expects: one file part `userfile`, filename `XML.data`,
 * type `application/octet-stream`. The Content-Type is form-data's own, boundary and all; we
 * add `type="text/xml"` as the reference client does, and only when the header has the form we
 * expect, so the boundary can never be lost. Built as a Buffer so a redirect can resend it.
 */
export function buildMultipartBody(document: string): MultipartBody {
  const form = new FormData();
  form.append('userfile', Buffer.from(document, 'utf8'), {
    filename: 'XML.data',
    contentType: 'application/octet-stream',
  });

  const ownType = String(form.getHeaders()['content-type']);
  const withType = ownType.replace(FORM_DATA_TYPE, 'multipart/form-data; type="text/xml";');
  const keepsBoundary = withType.includes(`boundary=${form.getBoundary()}`);

  return { body: form.getBuffer(), contentType: keepsBoundary ? withType : ownType };
}
