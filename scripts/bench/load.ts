import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** JSON request bodies; each connection sends them in turn. */
  bodies: string[];
  connections: number;
  durationSeconds: number;
}

/** What one load phase measured. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  failures: number;
  totalRequests: number;
  /** The server's CPU time per answered request, when the caller measured it. */
  cpuMicrosPerRequest?: number;
}

/**
 * Drives `server` as runLoad does and adds its CPU time per request: on a shared machine the
 * throughput moves with the neighbours' load, while CPU per request stays close to the truth.
 */
export async function runMeasuredLoad(
  server: { cpuMicros(): number },
  options: LoadOptions,
): Promise<LoadResult> {
  const cpuBefore = server.cpuMicros();
  const result = await runLoad(options);
  const cpuMicros = server.cpuMicros() - cpuBefore;
  return { ...result, cpuMicrosPerRequest: cpuMicros / Math.max(1, result.totalRequests) };
}

/** Drives `url` with POSTs on 127.0.0.1 for the given time, and summarises. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.bodies.map((body) => ({
      method: 'POST' as const,
      body,
      headers: { 'content-type': 'application/json' },
    })),
  });

  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    totalRequests: result.requests.total,
  };
}

/** POSTs one GraphQL request and returns the parsed answer. */
export async function postJson(url: string, query: string, variables?: object)
  : Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}
