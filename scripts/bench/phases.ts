import { callSignature, dashboardQuery, lastSevenDays } from './dashboard';
import type { Child } from './children';
import { postJson, runLoad, type LoadResult } from './load';

/** The fields the load phases ask of one service: all answered by one AdslAccount. */
export const SERVICE_QUERY = `query Service($ref: ID) { service(ref: $ref) {
  ref username cli status productId technology ipAddress careLevel } }`;

export interface DashboardFigures {
  services: number;
  /** Upstream calls for a cold dashboard, and the distinct operation and argument pairs. */
  coldCalls: number;
  minimumCalls: number;
  byOperation: Record<string, number>;
  /** Upstream calls for the same dashboard again, within the TTLs. */
  warmCalls: number;
}

/** Runs the dashboard twice on a cold server and counts what reached the simulator. */
export async function measureDashboard(server: Child, simulatorUrl: string, services = 20)
  : Promise<DashboardFigures> {
  const query = dashboardQuery(services);
  const days = lastSevenDays(new Date());

  const before = (await upstreamRequests(simulatorUrl)).length;
  const cold = await postJson(server.url, query, days);
  if (cold.errors) throw new Error(`dashboard failed: ${JSON.stringify(cold.errors)}`);
  const coldRequests = (await upstreamRequests(simulatorUrl)).slice(before);

  await postJson(server.url, query, days);
  const warmCalls = (await upstreamRequests(simulatorUrl)).length - before - coldRequests.length;

  const byOperation: Record<string, number> = {};
  for (const request of coldRequests) {
    byOperation[request.operation] = (byOperation[request.operation] ?? 0) + 1;
  }
  return {
    services,
    coldCalls: coldRequests.length,
    minimumCalls: new Set(coldRequests.map(callSignature)).size,
    byOperation,
    warmCalls,
  };
}

/** The refs of the first `count` live services, in list order. */
export async function firstRefs(url: string, count: number): Promise<string[]> {
  const answer = await postJson(url, `{ services(first: ${count}) { nodes { ref } } }`);
  return (answer.data.services.nodes as Array<{ ref: string }>).map((node) => node.ref);
}

/** One request body per ref, for load phases that spread over several services. */
export function serviceBodies(refs: string[]): string[] {
  return refs.map((ref) => JSON.stringify({ query: SERVICE_QUERY, variables: { ref } }));
}

/** Asks each service once, so that a cached phase measures hits, not the first misses. */
export async function warm(url: string, refs: string[]): Promise<void> {
  await Promise.all(refs.map((ref) => postJson(url, SERVICE_QUERY, { ref })));
}

export interface SoakFigures {
  load: LoadResult;
  rssAt10sBytes: number;
  rssAtEndBytes: number;
}

/** A long load phase with the server's resident memory read at 10 s and at the end. */
export async function soak(server: Child, bodies: string[], seconds: number, connections: number)
  : Promise<SoakFigures> {
  let rssAt10sBytes = 0;
  const sample = setTimeout(() => {
    rssAt10sBytes = server.rssBytes();
  }, 10_000);

  const load = await runLoad({ url: server.url, bodies, connections, durationSeconds: seconds });
  clearTimeout(sample);
  return { load, rssAt10sBytes, rssAtEndBytes: server.rssBytes() };
}

interface UpstreamRequest {
  operation: string;
  query: Record<string, string>;
}

/** What the simulator has received so far, from its loopback control endpoint. */
async function upstreamRequests(simulatorUrl: string): Promise<UpstreamRequest[]> {
  const response = await fetch(new URL('/_sim/requests', simulatorUrl));
  return (await response.json()) as UpstreamRequest[];
}

/** Our server's exact answer to the service query, for the baselines to send back. */
export async function postJsonAnswer(url: string, ref: string): Promise<string> {
  const answer = await postJson(url, SERVICE_QUERY, { ref });
  if (answer.errors || !answer.data?.service) {
    throw new Error(`service query failed: ${JSON.stringify(answer.errors)}`);
  }
  return JSON.stringify(answer);
}
