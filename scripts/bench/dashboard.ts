import { addDays, todayInLondon } from '../../src/domain';

/** What a portal's dashboard asks for each service, recent sessions included. */
const SERVICE_FIELDS = `ref username cli status careLevel interleaving
  lineFeatures { interleaving stabilityOption elevatedBestEfforts careLevel upstream }
  contact { email telephoneDay telephoneEvening }
  usage(from: $from, to: $to) { date totalDown totalUp peakDown peakUp }
  sessions(days: 7) { startedAt durationSeconds }`;

/** The dashboard query for `count` services. */
export function dashboardQuery(count: number): string {
  return `query Dashboard($from: Date!, $to: Date!) {
    services(first: ${count}) { nodes { ${SERVICE_FIELDS} } }
  }`;
}

/** The last seven whole days, as the dashboard shows them. */
export function lastSevenDays(now: Date): { from: string; to: string } {
  const to = addDays(todayInLondon(now), -1);
  return { from: addDays(to, -6), to };
}

/** `Operation query-fields` for one upstream request: the same string means the same call. */
export function callSignature(request: { operation: string; query: Record<string, string> })
  : string {
  const fields = Object.keys(request.query).sort().map((name) => `${name}=${request.query[name]}`);
  return `${request.operation} ${fields.join('&')}`;
}
