import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback proxy that counts the requests it has open upstream at any moment. */
export interface InFlightProxy {
  /** Base URL to give the transport in place of the upstream's. */
  url: string;
  /** The most requests that were ever open at once. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/** Forwards everything to `upstreamUrl` (an `http://127.0.0.1:PORT/xml/` base). */
export async function startInFlightProxy(upstreamUrl: string): Promise<InFlightProxy> {
  const upstream = new URL(upstreamUrl);
  let open = 0;
  let peak = 0;

  const server = createServer((req, res) => {
    open += 1;
    peak = Math.max(peak, open);
    res.on('close', () => {
      open -= 1;
    });

    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method,
        headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    maxInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
