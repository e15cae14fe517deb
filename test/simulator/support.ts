import { XMLParser } from 'fast-xml-parser';
import { ManualClock } from '../../src/clock';
import { SIMULATOR_DEFAULT_CREDENTIALS } from '../../src/config';
import { RunningSimulator, SimulatorOptions, startSimulator } from '../../src/simulator';

/** A Tuesday in March 2026, 10:00 UK time (GMT). */
export const TEST_START = new Date('2026-03-10T10:00:00Z');

export const AUTHORIZATION = `Basic ${Buffer.from(
  `${SIMULATOR_DEFAULT_CREDENTIALS.username}:${SIMULATOR_DEFAULT_CREDENTIALS.password}`,
).toString('base64')}`;

export interface TestSimulator {
  simulator: RunningSimulator;
  clock: ManualClock;
}

/** A simulator on loopback with a manual clock; silent (the default logger). */
export async function startTestSimulator(
  options: SimulatorOptions & { start?: Date } = {},
): Promise<TestSimulator> {
  const clock = new ManualClock(options.start ?? TEST_START);
  const simulator = await startSimulator({ ...options, clock });
  return { simulator, clock };
}

/** GET `{url}stable/{uri}.php` with the given query, authenticated. */
export async function getXml(simulator: RunningSimulator, uri: string, query = {}) {
  const params = new URLSearchParams(query as Record<string, string>);
  const response = await fetch(`${simulator.url}stable/${uri}.php?${params}`, {
    headers: { authorization: AUTHORIZATION, accept: 'text/xml' },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** POST a request document as Enta expects it: one `userfile` part named `XML.data`. */
export async function postXml(simulator: RunningSimulator, uri: string, document: string) {
  const form = new FormData();
  form.append('userfile', new Blob([document], { type: 'application/octet-stream' }), 'XML.data');
  const response = await fetch(`${simulator.url}stable/${uri}.php`, {
    method: 'POST',
    headers: { authorization: AUTHORIZATION },
    body: form,
  });
  return { status: response.status, text: await response.text() };
}

/** A long-form request document. */
export function requestDocument(requestType: string, inner: string, documentType = 'Live') {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<ResponseBlock Type="${documentType}"><Response Type="${requestType}">` +
    `<OperationResponse>${inner}</OperationResponse></Response></ResponseBlock>`
  );
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
});

/** The reply parsed plainly: repeated elements become arrays, single ones stay single. */
export function parseXml(text: string): any {
  return parser.parse(text);
}

/** The OperationResponse of a normal reply. */
export function operationOf(text: string): any {
  return parseXml(text).ResponseBlock.Response.OperationResponse;
}

/** A service in the given status that has been live since before the given instant. */
export function serviceLiveSince(simulator: RunningSimulator, before: Date, status = 'Installed') {
  const service = [...simulator.data.services.values()].find(
    (candidate) =>
      candidate.status === status && candidate.activatedAt !== undefined &&
      candidate.activatedAt < before,
  );
  if (!service) throw new Error('the seeded data set has no such service');
  return service;
}
