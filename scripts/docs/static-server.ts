// A minimal static file server for the built docs, on loopback only.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, relative, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.yaml': 'text/yaml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticOptions {
  /** Rewrites each HTML page as it is served (the dev server adds its reload script). */
  html?: (page: string) => string;
  /** Answers a path before the files do; returns true when it did. */
  route?: (path: string, req: IncomingMessage, res: ServerResponse) => boolean;
}

const text = (res: ServerResponse, status: number, body: string) =>
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);

/**
 * The file a URL path names under `root`, or undefined. Compared as resolved paths, never as string
 * prefixes: a prefix check let /../docs-site-other/ through to a sibling folder whose name starts
 * with the root's. Links are resolved too, so one cannot point outside.
 */
export function fileUnder(root: string, urlPath: string): string | undefined {
  const realRoot = realpathSync(root);
  const wanted = resolve(realRoot, `.${urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath}`);
  let real: string;
  try {
    real = realpathSync(wanted);
  } catch {
    return undefined;
  }
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return statSync(real).isFile() ? real : undefined;
}

export async function serveStatic(
  dir: string,
  port = 0,
  options: StaticOptions = {},
): Promise<{ url: string; server: Server }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path: string;
    try {
      // A malformed escape (/%) is the client's mistake, answered 400; it used to end the server.
      // The request target as sent: new URL() would read //x as a host, not a path.
      path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!);
    } catch {
      return text(res, 400, 'Bad request: the path is not a valid URL path');
    }
    if (path.includes('\0')) return text(res, 400, 'Bad request: the path holds a NUL byte');
    if (options.route?.(path, req, res)) return;
    const file = fileUnder(root, path);
    if (!file) return text(res, 404, 'Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.html && extname(file) === '.html') {
      res.writeHead(200, { 'content-type': type }).end(options.html(readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
