// The fake over real HTTP on loopback, for cURL, other languages and browsers driven by Playwright.
// node:http is imported when a server starts, by a name bundlers do not follow, so that a browser
// bundle of the testing kit (the in-process fake) builds.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeSeam, tooLargeBody, type FakeSeam, type FakeSeamOptions } from './fake.js';
import { randomUUID } from './uuid.js';

export interface FakeSeamServer extends FakeSeam {
  /** `http://127.0.0.1:<port>`: the `endpoint` to give a client. */
  readonly url: string;
  close(): Promise<void>;
}

/** Thrown when a request body holds more than the fake reads. */
class TooLarge extends Error {}

async function toRequest(req: IncomingMessage, signal: AbortSignal, limit: number): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    // Counted as it arrives: a 256 MiB body is refused at the limit, never held.
    if ((size += (chunk as Buffer).length) > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const body = chunks.length > 0 && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? '/', 'http://127.0.0.1'), { method, headers, body, signal });
}

/** Starts the fake on a free loopback port. */
export async function startFakeSeam(options: FakeSeamOptions = {}): Promise<FakeSeamServer> {
  const nodeHttp = 'node:http';
  const { createServer } = (await import(nodeHttp)) as typeof import('node:http');
  const fake = createFakeSeam(options);
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const aborted = new AbortController();
    res.on('close', () => aborted.abort());
    try {
      let request: Request;
      try {
        request = await toRequest(req, aborted.signal, fake.maxBodyBytes);
      } catch (err) {
        if (!(err instanceof TooLarge)) throw err;
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(tooLargeBody(fake.maxBodyBytes, randomUUID()));
        return;
      }
      const outcome = await fake.handle(request);
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
    } catch {
      // The client went away during a delay: there is no one to answer.
      if (!res.headersSent) req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
