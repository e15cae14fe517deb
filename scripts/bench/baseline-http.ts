import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The machine's ceiling: bare node:http answering the JSON our server answers for the
 * benchmark's `service` query (given in BENCH_RESPONSE_JSON), after reading the request body.
 */
function main(): void {
  const answer = JSON.parse(process.env.BENCH_RESPONSE_JSON ?? '{}') as unknown;

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const body = JSON.stringify(answer);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    });
  });

  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`READY http://127.0.0.1:${port}/graphql\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}

main();
