// A loopback stand-in for the Seam Connect API, on node:http, derived from the spec: every
// operation is routed, authorized and validated as the spec says, then answered by the store's
// stateful behaviour for it (access codes, action attempts), or from the spec's own examples. An
// operation added to the spec is served with no edit here. Scripted faults can replace or damage
// answers.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isJsonMediaType } from '../../scripts/generator/media.js';
import { sampleFromSchema } from '../../scripts/generator/model.js';
import { deref, loadSpec, type Json } from '../helpers/spec.js';
import { match, routesOf, type Route } from './routes.js';
import { BEHAVIOURS, Store, type Answer } from './store.js';
import { createValidator, type SpecValidator } from './validate.js';

export const TEST_CREDENTIALS = {
  apiKey: 'seam_testkey_1a2b3c4d5e6f',
  clientSessionToken: 'seam_cst_9z8y7x6w5v',
  personalAccessToken: 'seam_at_pat_0011223344',
  consoleSessionToken: 'seam_console_5566778899',
  workspaceId: '7f7e7d7c-0000-4000-8000-000000000001',
} as const;

/** One scripted misbehaviour, used once, by the next request that matches `path` (any when unset). */
export interface Fault {
  path?: string;
  /** Answer with this status instead of running the endpoint. */
  status?: number;
  headers?: Record<string, string>;
  /** Raw body for `status` (default: a JSON error envelope). */
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Destroy the socket without answering. */
  reset?: boolean;
  /** Send the real answer, cut short: `invalid-json` ends it cleanly, `dropped` closes mid-body. */
  truncate?: 'invalid-json' | 'dropped';
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface TestServer {
  url: string;
  store: Store;
  faults: Fault[];
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The status and body the spec documents for an operation's success, from its examples. */
function documentedAnswer(spec: Json, route: Route): Answer {
  const responses = Object.entries<Json>(route.operation.responses ?? {});
  const [status, raw] = responses.filter(([s]) => /^2/.test(s)).sort(([a], [b]) => (a < b ? -1 : 1))[0] ?? responses.find(([s]) => s === 'default') ?? ['204', {}];
  const code = /^\d{3}$/.test(status) ? Number(status) : 200;
  const content = deref(spec, raw)?.content ?? {};
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  if (code === 204 || !mediaType) return { status: code, body: undefined };
  const media = content[mediaType];
  const example = media.example ?? (media.examples ? deref(spec, Object.values<Json>(media.examples)[0])?.value : undefined);
  const value = example ?? sampleFromSchema(spec, media.schema) ?? (isJsonMediaType(mediaType) ? {} : 'example');
  return { status: code, body: value, contentType: mediaType };
}

function authorized(headers: IncomingMessage['headers']): boolean {
  const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  const c = TEST_CREDENTIALS;
  if (token === c.apiKey || token === c.clientSessionToken) return true;
  if (token === c.personalAccessToken || token === c.consoleSessionToken) {
    return headers['seam-workspace'] === c.workspaceId;
  }
  return false;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * How the server answers a request: routed by the spec, authorized, validated, then answered by the
 * store's stateful behaviour for that operation, or else from the spec's own examples.
 */
function answer(spec: Json, routes: Route[], store: Store, validator: SpecValidator, req: IncomingMessage, raw: string): Answer {
  const url = new URL(req.url ?? '/', 'http://loopback');
  const method = (req.method ?? 'GET').toLowerCase();
  const fail = (status: number, type: string, message: string, extra = {}): Answer => ({
    status,
    body: { ok: false, error: { type, message, ...extra } },
  });
  const found = match(routes, method, url.pathname);
  if (found === 'no-path') return fail(404, 'endpoint_not_found', `No endpoint at ${url.pathname}`);
  if (found === 'no-method') return fail(405, 'method_not_allowed', `${method.toUpperCase()} is not allowed on ${url.pathname}`);
  const { route, params } = found;
  if (!route.anonymous && !authorized(req.headers)) return fail(401, 'unauthorized', 'Unauthorized');
  const parts = { pathParams: params, query: url.searchParams, headers: req.headers, contentType: req.headers['content-type'] ?? '', raw };
  const invalid = validator.validate(route, parts);
  if (invalid) return fail(400, 'invalid_input', invalid.message, { validation_errors: invalid.tree });
  const behaviour = BEHAVIOURS[route.key];
  if (!behaviour) return documentedAnswer(spec, route);
  const body = validator.parseBody(route, parts);
  return behaviour(store, { ...Object.fromEntries(url.searchParams), ...params, ...(body as object | undefined) });
}

export interface TestServerOptions {
  /** The spec to serve (default: spec/openapi.yaml). */
  spec?: Json;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const spec = options.spec ?? loadSpec();
  const routes = routesOf(spec);
  const store = new Store();
  const validator = createValidator(spec);
  const faults: Fault[] = [];
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res: ServerResponse) => {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    let parsed: unknown = raw;
    try {
      parsed = raw ? JSON.parse(raw) : undefined;
    } catch {
      // recorded as text
    }
    requests.push({ method: req.method ?? '', path, headers: req.headers, body: parsed });

    const faultIndex = faults.findIndex((f) => !f.path || f.path === path);
    const fault = faultIndex >= 0 ? faults.splice(faultIndex, 1)[0] : undefined;
    const requestId = randomUUID();
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      const body =
        fault.body ?? JSON.stringify({ ok: false, error: { type: `http_${fault.status}`, message: 'Scripted fault', request_id: requestId } });
      res.writeHead(fault.status, {
        'content-type': fault.body === undefined ? 'application/json' : 'text/plain',
        'seam-request-id': requestId,
        ...fault.headers,
      });
      res.end(body);
      return;
    }

    const { status, body, contentType = 'application/json' } = answer(spec, routes, store, validator, req, raw);
    if (status >= 400) (body as { error: { request_id?: string } }).error.request_id = requestId;
    const text = body === undefined ? '' : isJsonMediaType(contentType) ? JSON.stringify(body) : String(body);
    const headers = { ...(body === undefined ? {} : { 'content-type': contentType }), 'seam-request-id': requestId };
    if (fault?.truncate === 'invalid-json') {
      const cut = text.slice(0, Math.floor(text.length / 2));
      res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(cut) });
      res.end(cut);
    } else if (fault?.truncate === 'dropped') {
      res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setTimeout(() => req.socket.destroy(), 10);
    } else {
      res.writeHead(status, headers);
      res.end(text);
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
