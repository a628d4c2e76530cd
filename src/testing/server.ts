// The fake over real HTTP on loopback, for cURL, other languages and browsers driven by Playwright.
// node:http is imported when a server starts, by a name bundlers do not follow, so that a browser
// bundle of the testing kit (the in-process fake) builds.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readCapped, tooLargeBody } from './body.js';
import { createFakeParts, type CoreFakeOptions, type Fake, type FakeParts } from './fake.js';
import { errorOutcome, outcomeOfThrow } from './guard.js';
import { randomUUID } from './uuid.js';

/** What a fake gains by listening: the URL it is reached at, and a way to stop. */
export interface Listening {
  /** `http://127.0.0.1:<port>`, then the path of the `endpoint` option if given (`/v1`): the `endpoint` to give a client. */
  readonly url: string;
  close(): Promise<void>;
}

export type FakeServer = Fake & Listening;

/** The request's headers as fetch's Headers, every value of a repeated header kept. */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      try {
        headers.append(name, v);
      } catch {
        // A value fetch's Headers refuses (node:http let it through): left out, as a proxy would drop it.
      }
    }
  }
  return headers;
}

/** Starts the fake of a spec under the vendor's rules (NEUTRAL_RULES unless given) on a free loopback port. */
export const startFake = (options: CoreFakeOptions): Promise<FakeServer> =>
  listen(createFakeParts(options), options.endpoint !== undefined);

/** Serves a fake made by createFakeParts (a vendor's layer over it, too) on a free loopback port; `hasEndpoint`: its `endpoint` was given, so `url` ends with its path. */
export async function listen<F extends Fake>(
  { fake, serve, requestIdHeader }: Pick<FakeParts, 'serve' | 'requestIdHeader'> & { fake: F },
  hasEndpoint: boolean,
): Promise<F & Listening> {
  const nodeHttp = 'node:http';
  const { createServer } = (await import(nodeHttp)) as typeof import('node:http');
  // The server's own address, set once it listens (no request comes before): a request's URL, and so
  // a list's next_page_url, names the port it came to. The Host header is the client's to say, so it is not used.
  let origin = 'http://127.0.0.1';
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const aborted = new AbortController();
    res.on('close', () => aborted.abort());
    try {
      // Counted as it arrives: a 256 MiB body is refused at the limit, never held.
      const text = await readCapped(req, fake.maxBodyBytes);
      if (text === undefined) {
        res
          .writeHead(413, { 'content-type': 'application/json', connection: 'close' })
          .end(tooLargeBody(fake.maxBodyBytes, randomUUID()));
        return;
      }
      // Served from its parts, not a Request: fetch's Request refuses TRACE and CONNECT, which a server still gets.
      const url = new URL(req.url ?? '/', origin).href;
      const method = req.method ?? 'GET';
      // A GET or HEAD has no body in fetch, so none here either: the same request in-process and over HTTP.
      const sent = method === 'GET' || method === 'HEAD' ? '' : text;
      const outcome = await serve({ method, url, headers: headersOf(req), text: sent, signal: aborted.signal });
      if (outcome.drop) {
        req.socket.destroy();
        return;
      }
      const { status, headers, body, cut } = outcome;
      const length = Buffer.byteLength(body);
      res.writeHead(status, { ...headers, 'content-length': String(length) });
      if (!cut) return void res.end(body);
      // Half the body, then the connection is dropped.
      res.write(Buffer.from(body).subarray(0, Math.floor(length / 2)));
      setTimeout(() => req.socket.destroy(), 10);
    } catch (err) {
      // The client went away (during a delay, or mid-body): there is no one to answer. Anything
      // else still gets an answer; the connection is not dropped.
      if (aborted.signal.aborted || res.headersSent) {
        if (!res.headersSent) req.socket.destroy();
        return;
      }
      const outcome = outcomeOfThrow(err, requestIdHeader);
      res.writeHead(outcome.status, outcome.headers).end(outcome.body);
    }
  });
  // A request node:http cannot parse (a method it does not know, a malformed header) never reaches
  // the fake: it is answered here, in the same envelope, instead of node's bare 400.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const { headers, body } = errorOutcome(
      requestIdHeader,
      status,
      'invalid_request',
      `The request could not be read as HTTP (${err.code ?? err.message})`,
    );
    const head = Object.entries({
      ...headers,
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n${head.join('')}\r\n${body}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return Object.assign(fake, {
    // The path of the endpoint the fake was given, so that a client set up with a prefix is tested with it.
    url: `${origin}${!hasEndpoint ? '' : new URL(fake.endpoint).pathname.replace(/\/+$/, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Webhook retries still waiting end with the server: nothing is sent after close().
        fake.closeWebhooks();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
