// A loopback stand-in for the Seam Connect API, on node:http. Every request is checked against
// spec/openapi.yaml; answers come from Store; scripted faults can replace or damage answers.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Store, type Answer } from './store.js';
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

const HANDLERS: Record<string, (store: Store, body: any) => Answer> = {
  '/access_codes/update': (s, b) => s.update(b),
  '/access_codes/update_multiple': (s, b) => s.updateMultiple(b),
  '/action_attempts/get': (s, b) => s.getActionAttempt(b),
};

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

function answer(store: Store, validator: SpecValidator, req: IncomingMessage, raw: string): Answer {
  const path = (req.url ?? '/').split('?')[0]!;
  const method = (req.method ?? 'GET').toLowerCase();
  const methods = validator.methods(path);
  const fail = (status: number, type: string, message: string, extra = {}): Answer => ({
    status,
    body: { ok: false, error: { type, message, ...extra } },
  });
  if (!methods) return fail(404, 'endpoint_not_found', `No endpoint at ${path}`);
  if (!methods.includes(method)) return fail(405, 'method_not_allowed', `${method.toUpperCase()} is not allowed on ${path}`);
  if (!authorized(req.headers)) return fail(401, 'unauthorized', 'Unauthorized');
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : {};
  } catch {
    return fail(400, 'invalid_input', 'Body is not valid JSON', { validation_errors: { _errors: ['Invalid JSON'] } });
  }
  const invalid = validator.validateBody(path, method, body);
  if (invalid) return fail(400, 'invalid_input', invalid.message, { validation_errors: invalid.tree });
  return HANDLERS[path]!(store, body);
}

export async function startTestServer(): Promise<TestServer> {
  const store = new Store();
  const validator = createValidator();
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

    const { status, body } = answer(store, validator, req, raw);
    if (status >= 400) (body as { error: { request_id?: string } }).error.request_id = requestId;
    const text = JSON.stringify(body);
    const headers = { 'content-type': 'application/json', 'seam-request-id': requestId };
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
