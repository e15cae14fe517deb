import busboy from 'busboy';
import { createServer, IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One request as the recording server saw it. */
export interface RecordedCall {
  method: string;
  path: string;
  /** The raw query string, without `?`. */
  rawQuery: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The multipart file part, for POSTs. */
  part?: { name: string; fileName: string; contentType: string; xml: string };
}

/** What to answer: status 200 and an empty body unless said otherwise. */
export interface CannedReply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Answer this late (to test timeouts); the request is recorded at once. */
  delayMs?: number;
}

export interface RecordingServer {
  /** Base URL like the real one, ending in `/xml/`. */
  url: string;
  calls: RecordedCall[];
  /** Answers every following request with `reply`, or with what `reply` returns for it. */
  answer(reply: CannedReply | ((call: RecordedCall) => CannedReply)): void;
  close(): Promise<void>;
}

/** A tiny HTTP server on 127.0.0.1 that records requests and answers canned replies. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const calls: RecordedCall[] = [];
  let responder: (call: RecordedCall) => CannedReply = () => ({});
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((request, response) => {
    void record(request).then((call) => {
      calls.push(call);
      const reply = responder(call);
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(response, reply);
      }, reply.delayMs ?? 0);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/xml/`,
    calls,
    answer: (reply) => {
      responder = typeof reply === 'function' ? reply : () => reply;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, reply: CannedReply): void {
  if (response.destroyed) return;
  response.writeHead(reply.status ?? 200, { 'Content-Type': 'text/xml', ...reply.headers });
  response.end(reply.body ?? '');
}

async function record(request: IncomingMessage): Promise<RecordedCall> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const call: RecordedCall = {
    method: request.method ?? '',
    path: url.pathname,
    rawQuery: url.search.replace(/^\?/, ''),
    query: Object.fromEntries(url.searchParams),
    headers: request.headers,
  };

  if (request.method === 'POST') call.part = await readPart(request);
  else request.resume();
  return call;
}

function readPart(request: IncomingMessage): Promise<RecordedCall['part']> {
  return new Promise((resolve, reject) => {
    let part: RecordedCall['part'];
    const parser = busboy({ headers: request.headers });

    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const xml = Buffer.concat(chunks).toString('utf8');
        part = { name, fileName: info.filename, contentType: info.mimeType, xml };
      });
    });
    parser.on('close', () => resolve(part));
    parser.on('error', reject);
    request.pipe(parser);
  });
}
