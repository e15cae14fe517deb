import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, type TestStack } from '../support/stack';

const MANIFEST = join(__dirname, '..', '..', '..', 'test', 'generated', 'persisted-documents.json');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function send(stack: TestStack, body: Record<string, unknown>) {
  const response = await fetch(stack.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ extensions?: any }> };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('automatic persisted queries', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('asks for the text of an unknown hash, then serves the hash alone', async () => {
    const query = '{ firstAvailableDate }';
    const hash = sha256(query);

    const unknown = await send(stack, { extensions: persisted(hash) });
    const registered = await send(stack, { query, extensions: persisted(hash) });
    const byHash = await send(stack, { extensions: persisted(hash) });

    expect(unknown.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(registered.data?.firstAvailableDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(byHash.data).toEqual(registered.data);
  });
});

describe('persisted operations only', () => {
  let stack: TestStack;
  let manifest: Record<string, string>;
  beforeAll(async () => {
    stack = await startStack({ env: { PERSISTED_OPERATIONS_MANIFEST: MANIFEST } });
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.simulator.clearRequests());

  it('runs a manifest operation sent by its hash alone', async () => {
    const [hash] = Object.entries(manifest).find(([, text]) => text.includes('LineCheck'))!;

    const result = await send(stack, {
      extensions: persisted(hash),
      variables: { cli: '020 7946 0005' },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data.line.cli).toBe('02079460005');
  });

  it('refuses any other operation before it reaches Enta', async () => {
    const adHoc = await send(stack, { query: '{ services(first: 1) { totalCount } }' });
    const unknownHash = await send(stack, { extensions: persisted(sha256('{ x }')) });

    expect(adHoc.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(unknownHash.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('persisted-query faults of the request', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('answer BAD_REQUEST with Apollo\'s message, not an internal error', async () => {
    const mismatch = await send(stack,
      { query: '{ firstAvailableDate }', extensions: persisted(sha256('{ other }')) });
    const version = await send(stack, { query: '{ firstAvailableDate }',
      extensions: { persistedQuery: { version: 2, sha256Hash: sha256('x') } } });

    expect(mismatch.errors?.[0]).toMatchObject({ message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' } });
    expect(version.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });
});
