/** One hostile request and what the server must answer. */
export interface HostileCase {
  name: string;
  method?: string;
  headers?: Record<string, string>;
  /** A raw body; `gql` builds a JSON one. */
  body?: string;
  gql?: { query: string; variables?: unknown; operationName?: string };
  /** For GET: the query string. */
  search?: string;
  status: number;
  code: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const SVC = 'query($ref: ID, $username: String, $cli: String) { service(ref: $ref, ' +
  'username: $username, cli: $cli) { ref } }';
const CARE = 'mutation($input: SetCareLevelInput!) { setCareLevel(input: $input) ' +
  '{ service { ref } } }';
const FEATURES = 'mutation($input: ModifyLineFeaturesInput!) { modifyLineFeatures(input: $input) ' +
  '{ changes { feature } } }';
const CEASE = 'mutation($input: CeaseServiceInput!) { ceaseService(input: $input) { orderRef } }';
const LINE = 'query($postcode: String, $mac: String, $cli: String) { line(postcode: $postcode, ' +
  'mac: $mac, cli: $cli) { qualifies } }';

const byRef = (ref: unknown) => ({ query: SVC, variables: { ref } });
const byUsername = (username: unknown) => ({ query: SVC, variables: { username } });
const byCli = (cli: unknown) => ({ query: SVC, variables: { cli } });
const care = (input: Record<string, unknown>) => ({ query: CARE, variables: { input } });
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: firstAvailableDate`).join(' ')} }`;
const costly = `{ ${Array.from({ length: 10 }, (_, i) =>
  `p${i}: services(first: 100) { nodes { ref username cli status usage(from: "2026-01-01", ` +
  'to: "2026-01-02") { date totalDown totalUp peakDown peakUp } } }').join(' ')} }`;

/** Bad bodies, bad methods, bad shapes, and values built to break the XML sent upstream. */
export const HOSTILE_CASES: HostileCase[] = [
  { name: 'a body that is not JSON', body: '{"query": "{ firstAvailableDate }"', status: 400,
    code: 'BAD_REQUEST' },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'a batched array', body: JSON.stringify([{ query: '{ firstAvailableDate }' },
    { query: '{ firstAvailableDate }' }]), status: 400, code: 'BAD_REQUEST' },
  { name: 'a text/plain body (CSRF)', headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: '{ firstAvailableDate }' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'a form-encoded body', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'query=%7B+firstAvailableDate+%7D', status: 400, code: 'BAD_REQUEST' },
  { name: 'a multipart body', headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ a }\r\n--x--',
    status: 400, code: 'BAD_REQUEST' },
  { name: 'a mutation over GET', method: 'GET', headers: { 'apollo-require-preflight': 'true' },
    search: `?query=${encodeURIComponent('mutation { ceaseService(input: { ref: "ADSL100001", ' +
      'date: "2099-01-05" }) { orderRef } }')}`, status: 405, code: 'BAD_REQUEST' },
  { name: 'a GET without a query', method: 'GET', headers: { 'apollo-require-preflight': 'true' },
    search: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'a PUT', method: 'PUT', body: '{"query":"{ firstAvailableDate }"}', status: 405,
    code: 'BAD_REQUEST' },
  { name: 'a query that is a number', body: '{"query": 42}', status: 400, code: 'BAD_REQUEST' },
  { name: 'variables that are a string', body: '{"query": "{ firstAvailableDate }", ' +
    '"variables": "x"}', status: 400, code: 'BAD_REQUEST' },
  { name: 'a body over the size limit', body: JSON.stringify({ query: '{ firstAvailableDate }',
    variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }), status: 413, code: 'BAD_REQUEST' },
  { name: 'a syntax error', gql: { query: '{ service(ref: "A" { ref }' }, status: 400,
    code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a NUL byte in the query', gql: { query: '{ firstAvailableDate \u0000 }' }, status: 400,
    code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', gql: { query: '{ service(ref: "ADSL100001") { secretField } }' },
    status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown argument', gql: { query: '{ service(sql: "1=1") { ref } }' }, status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown input field', gql: { query: 'mutation { setCareLevel(input: { ref: ' +
    '"ADSL100001", level: ENHANCED, admin: true }) { changes { feature } } }' }, status: 400,
  code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown enum value', gql: care({ ref: 'ADSL100001', level: 'PLATINUM' }),
    status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a string for an Int', gql: { query: 'query($n: Int) { services(first: $n) ' +
    '{ totalCount } }', variables: { n: 'ten' } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an Int beyond 32 bits', gql: { query: '{ services(first: 99999999999) ' +
    '{ totalCount } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a negative page size', gql: { query: '{ services(first: -1) { totalCount } }' },
    status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an overlong list where one id belongs', gql: byRef(Array(100_000).fill('ADSL1')),
    status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a missing required variable', gql: { query: CEASE, variables: {} }, status: 400,
    code: 'BAD_USER_INPUT' },
  { name: 'an unknown operation name', gql: { query: 'query A { firstAvailableDate }',
    operationName: 'B' }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two operations and no name', gql: { query: 'query A { firstAvailableDate } ' +
    'query B { firstAvailableDate }' }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'a subscription', gql: { query: 'subscription { firstAvailableDate }' }, status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a fragment cycle', gql: { query: '{ ...A } fragment A on Query { ...B } ' +
    'fragment B on Query { ...A }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'too many aliases', gql: { query: aliases(40) }, status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'too many tokens', gql: { query: `{ ${'firstAvailableDate '.repeat(2500)} }` },
    status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'too many directives', gql: { query: `{ firstAvailableDate ${'@include(if: true) '
    .repeat(40)} }` }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a query over the cost limit', gql: { query: costly }, status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a huge ref', gql: byRef('A'.repeat(100_000)), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'markup in a ref', gql: byRef('ADSL1<b>'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a CDATA end in a ref', gql: byRef('ADSL1]]>'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an ampersand in a username', gql: byUsername('a&b'), status: 200,
    code: 'BAD_USER_INPUT' },
  { name: 'an entity reference in a username', gql: byUsername('&xxe;'), status: 200,
    code: 'BAD_USER_INPUT' },
  { name: 'a newline in a username', gql: byUsername('jo\nsmith'), status: 200,
    code: 'BAD_USER_INPUT' },
  { name: 'control characters in a cli', gql: byCli('0207\u0000946\u001b0001'), status: 200,
    code: 'BAD_USER_INPUT' },
  { name: 'a DOCTYPE in a cli', gql: byCli('<!DOCTYPE x [<!ENTITY y SYSTEM "file:///">]>'),
    status: 200, code: 'BAD_USER_INPUT' },
  { name: 'markup in a fee', gql: care({ ref: 'ADSL100001', level: 'ENHANCED',
    fee: '5.00<x/>' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a CDATA break in an upstream option', gql: { query: FEATURES, variables: { input: {
    ref: 'ADSL100001', upstream: ']]><a>' } } }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'markup in a date', gql: { query: CEASE, variables: { input: { ref: 'ADSL100001',
    date: '2099-01-05<x>' } } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an entity in a postcode', gql: { query: LINE,
    variables: { postcode: 'SW1A &amp; 1AA' } },
    status: 200, code: 'BAD_USER_INPUT' },
  { name: 'markup in a MAC', gql: { query: LINE, variables: { cli: '020 7946 0005',
    mac: 'LSDA1234567/<a>' } }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a cursor we did not give out', gql: { query: '{ services(after: "<x>") ' +
    '{ totalCount } }' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a service named twice', gql: { query: SVC, variables: { ref: 'ADSL100001',
    cli: '020 7946 0001' } }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a prototype-polluting variable', gql: { query: SVC, variables: JSON.parse(
    '{"__proto__": {"ref": "ADSL100001"}, "ref": "<x>"}') }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a garbage Authorization header', headers: { authorization: 'Bearer <script>' },
    gql: { query: '{ firstAvailableDate }' }, status: 401, code: 'UNAUTHENTICATED' },
];
