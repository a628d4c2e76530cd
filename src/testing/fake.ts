// A fake Seam Connect API derived from the spec: every operation is routed, authorized and
// validated as the spec says, then answered by a declared rule (store.ts: action attempts, linked
// codes), by the collection its conventions place it in (resources.ts: create, get, list, update,
// delete on shared state), or from the spec's own examples. An operation added to the spec is
// served with no edit here. It runs in-process (its `fetch`), over loopback HTTP (server.ts) or
// under MSW (src/msw.ts); scripted faults can replace, delay or damage answers.
import { randomUUID } from './uuid.js';
import { jsonDepthOver, readCapped, tooDeep, tooLargeBody } from './body.js';
import { guarded } from './guard.js';
import { isJsonMediaType } from '../openapi/media.js';
import { successStatusOf } from '../openapi/operations.js';
import { deref } from '../openapi/refs.js';
import { sampleOf } from '../openapi/sample.js';
import { documentedError } from './fault-errors.js';
import { pageAnswer, readPageRequest, type PagingRule } from './paging.js';
import { plantSeeds, type ExampleSeed } from './seeds.js';
import { runResourceRule, type ResourceRule } from './resources.js';
import type { Answer } from './answers.js';
import { match, routesOf, type Json, type OperationTable, type Route } from './routes.js';
import { BEHAVIOURS, Store, type AccessCode, type ActionAttempt, type AttemptOutcome, type AttemptTiming } from './store.js';
import { createValidator, type SpecValidator } from './validate.js';
import { attachEventFeed } from './event-feed.js';
import type { FakeEvent } from './events.js';
import type { WebhookDelivery, WebhookEndpoint, WebhookOptions } from './webhook-delivery.js';
import { defaultOperations, defaultPagination, defaultResources, defaultSeeds, defaultSpec, type OperationName, type OperationTypes } from './spec.js';

/** Tokens the fake accepts. Personal access and console session tokens also need the workspace. */
export interface FakeCredentials {
  apiKey: string;
  clientSessionToken: string;
  personalAccessToken: string;
  consoleSessionToken: string;
  workspaceId: string;
}

export const FAKE_CREDENTIALS: Readonly<FakeCredentials> = Object.freeze({
  apiKey: 'seam_testkey_1a2b3c4d5e6f',
  clientSessionToken: 'seam_cst_9z8y7x6w5v',
  personalAccessToken: 'seam_at_pat_0011223344',
  consoleSessionToken: 'seam_console_5566778899',
  workspaceId: '7f7e7d7c-0000-4000-8000-000000000001',
});

/**
 * One scripted misbehaviour, for the next request that matches `operation` or `path` (any request
 * when neither is set), `times` times (default once).
 */
export interface Fault {
  operation?: OperationName;
  path?: string;
  times?: number;
  /** Answer with this status instead of running the endpoint. */
  status?: number;
  headers?: Record<string, string>;
  /** Raw body for `status` (default: a JSON error envelope in the API's shape). */
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
  /** Send the real answer, cut short: `invalid-json` ends it cleanly, `dropped` drops the connection mid-body. */
  truncate?: 'invalid-json' | 'dropped';
}

/** A request the fake received, its body parsed as its media type says. */
export interface FakeRequest<Body = unknown> {
  method: string;
  path: string;
  /** The operation it was routed to, by the name of its function; undefined when none matched. */
  operation: OperationName | undefined;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: Body;
}

export interface FakeState {
  devices: ReadonlySet<string>;
  /** Every collection's items by id (`/access_codes`, `/devices`, …), as the API shows them. */
  collections: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, unknown>>>>;
  accessCodes: ReadonlyMap<string, AccessCode>;
  actionAttempts: ReadonlyMap<string, ActionAttempt>;
}

export interface FakeSeamOptions {
  /** The spec to serve (default: the package's own, generated/openapi.json). */
  spec?: Json;
  /**
   * The endpoint your client is configured with, such as `https://gateway.example/v1` (default: the
   * spec's first server URL): its path is taken off every request, in-process, over HTTP
   * (`server.url` ends with it) and under MSW (the handlers intercept it).
   */
  endpoint?: string;
  /** Operation names by route, for `spec` (default: generated/operations.ts). */
  operations?: OperationTable;
  /** Which operations create, get, list, update and delete what, by name, for `spec` (default: generated/operations.ts). */
  resources?: Readonly<Record<string, ResourceRule>>;
  /** Which list operations answer one page at a time, and how, by name, for `spec` (default: generated/operations.ts). */
  pagination?: Readonly<Record<string, PagingRule>>;
  /** The records the docs' examples name, which `seed.examples()` plants, for `spec` (default: generated/operations.ts). */
  seeds?: readonly ExampleSeed[];
  /** Tokens to accept (default: FAKE_CREDENTIALS). */
  credentials?: Partial<FakeCredentials>;
  /** When action attempts finish (default: at the first poll). */
  actionAttempts?: Partial<AttemptTiming>;
  /** Delay every answer by this much. */
  latencyMs?: number;
  /** The largest request body read, in bytes; a larger one is answered 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** How many requests `requests` keeps, the newest (default 1000). */
  maxRequests?: number;
  /** Webhooks that receive each event as a signed POST (loopback URLs only, unless `webhookOptions.allowAnyHost`). */
  webhooks?: readonly WebhookEndpoint[];
  /** Retry schedule, timeout and bounds of webhook deliveries. */
  webhookOptions?: WebhookOptions;
  /** How many events the fake keeps, the newest (default 1000). */
  maxEvents?: number;
}

/** What the fake does with one request: answer it, or drop the connection. */
export type Outcome = { drop: true } | { drop?: false; status: number; headers: Record<string, string>; body: string; cut?: 'dropped' };

export interface FakeSeam {
  /**
   * The endpoint the fake serves: the `endpoint` option, else the spec's first server URL. Its path
   * (`/v1` of `https://gateway.example/v1`) is a prefix the fake takes off every request's path,
   * in-process, over HTTP and under MSW, whose handlers intercept this URL by default.
   */
  readonly endpoint: string;
  /** A `fetch` answered by the fake, in-process: pass it to `new SeamClient({ fetch })`. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** What the fake does with a request; the HTTP server and the MSW handlers are built on it. */
  handle(request: Request, options?: { endpoint?: string }): Promise<Outcome>;
  readonly credentials: FakeCredentials;
  /** When action attempts finish; change it at any time. */
  readonly actionAttempts: AttemptTiming;
  /** Latency added to every answer, in ms; change it at any time. */
  latencyMs: number;
  /** The largest request body read, in bytes; a larger one is answered 413. */
  maxBodyBytes: number;
  /** How many requests `requests` keeps; older ones are dropped. */
  maxRequests: number;
  readonly seed: {
    device(device_id?: string): string;
    /** An access code (on a new device unless `device_id` names one); `outcome` sets how its updates end. */
    accessCode(fields?: Partial<AccessCode> & { outcome?: AttemptOutcome }): AccessCode;
    /** A pending action attempt for an access code (a new one unless named). Returns its id. */
    actionAttempt(fields?: { action_attempt_id?: string; access_code_id?: string; outcome?: AttemptOutcome }): string;
    /** Makes what a request example names exist: its access code, device, common_code_key or action attempt. */
    fromExample(example: unknown): void;
    /**
     * Makes every id the docs' samples name exist, as it would in a reader's workspace: each a
     * record of the spec's example (or of its schema's sample) in its collection. A record whose id
     * is already kept is left as it is; one deleted since is planted again. Returns the ids added.
     */
    examples(): string[];
  };
  /** A snapshot of everything the fake holds, as the API shows it. */
  readonly state: FakeState;
  /** The requests received, in order: the newest `maxRequests` of them. */
  readonly requests: FakeRequest[];
  /** The requests routed to one operation, their bodies typed from the spec. */
  requestsTo<K extends OperationName>(operation: K): Array<FakeRequest<OperationTypes[K]['request']>>;
  /** Scripted faults, used in order; push to add one. */
  readonly faults: Fault[];
  /** The next `times` calls of an operation answer `status`, with `Retry-After` when given. */
  fail(operation: OperationName, fault: { status: number; retryAfter?: number | string; times?: number; body?: string }): void;
  /** The next `times` calls of an operation lose their connection before any answer. */
  drop(operation: OperationName, options?: { times?: number }): void;
  /** The events its state changes caused (events.ts: EVENT_RULES), oldest first, as the spec shapes them. */
  readonly events: readonly FakeEvent[];
  /** Registers a webhook: each later event is POSTed to `url`, signed with `secret` (whsec_…). */
  addWebhook(endpoint: WebhookEndpoint): void;
  /** Every webhook delivery, with each attempt's status: the newest `webhookOptions.maxDeliveries`. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Resolves when every delivery under way has been delivered or has spent its retries. */
  webhooksSettled(): Promise<void>;
  /** Cancels every webhook retry still waiting; nothing more is sent. */
  closeWebhooks(): void;
}

const fail = (status: number, type: string, message: string, extra = {}): Answer => ({
  status,
  body: { ok: false, error: { type, message, ...extra } },
});

/** The status and body the spec documents for an operation's success, from its examples. */
function documentedAnswer(spec: Json, route: Route): Answer {
  const chosen = successStatusOf(route.operation.responses);
  const [status, raw] = chosen ? [chosen, route.operation.responses[chosen]] : ['204', {}];
  const code = /^\d{3}$/.test(status) ? Number(status) : 200;
  const content = deref(spec, raw)?.content ?? {};
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  if (code === 204 || !mediaType) return { status: code, body: undefined };
  const media = content[mediaType];
  const example = media.example ?? (media.examples ? deref(spec, Object.values<Json>(media.examples)[0])?.value : undefined);
  const value = example ?? sampleOf(media.schema, (n) => deref(spec, n)) ?? (isJsonMediaType(mediaType) ? {} : 'example');
  return { status: code, body: value, contentType: mediaType };
}

function authorized(headers: Record<string, string>, c: FakeCredentials): boolean {
  const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if (token === c.apiKey || token === c.clientSessionToken) return true;
  if (token === c.personalAccessToken || token === c.consoleSessionToken) return headers['seam-workspace'] === c.workspaceId;
  return false;
}

const sleep = (ms: number, signal?: AbortSignal | null): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** The error undici gives for a connection lost, so a client sees what it would see over HTTP. */
const connectionLost = (): TypeError => new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });

// Validators are stateless and costly to compile: every fake of one spec shares one, made when the
// first of them gets its first request (so creating a fake stays cheap).
const validators = new WeakMap<object, SpecValidator>();
function validatorOf(spec: Json): SpecValidator {
  let validator = validators.get(spec);
  if (!validator) validators.set(spec, (validator = createValidator(spec)));
  return validator;
}

/** A request as the fake serves it, whichever way it came: its body already read (undefined: over the cap). */
export interface Incoming {
  method: string;
  url: string;
  headers: Headers;
  text: string | undefined;
  signal?: AbortSignal | null;
  /** The path prefix to take off, instead of the fake's own. */
  basePath?: string;
}

/** The path of an endpoint, without its trailing slash: the prefix the fake takes off (`/v1`). */
const basePathOf = (endpoint: string): string => (/^https?:\/\//i.test(endpoint) ? new URL(endpoint).pathname.replace(/\/+$/, '') : '');

const FORBIDDEN_METHODS = /^(connect|trace|track)$/i;

/** Each fake's `serve`, for the HTTP server (server.ts), which reads requests fetch could not make. */
const servers = new WeakMap<FakeSeam, (incoming: Incoming) => Promise<Outcome>>();
export const serveIncoming = (fake: FakeSeam, incoming: Incoming): Promise<Outcome> => servers.get(fake)!(incoming);

export function createFakeSeam(options: FakeSeamOptions = {}): FakeSeam {
  const spec = options.spec ?? defaultSpec;
  const routes = routesOf(spec, options.operations ?? (options.spec ? {} : defaultOperations));
  const resources: Readonly<Record<string, ResourceRule | undefined>> = options.resources ?? (options.spec ? {} : defaultResources);
  const pagination: Readonly<Record<string, PagingRule | undefined>> = options.pagination ?? (options.spec ? {} : defaultPagination);
  const seeds = options.seeds ?? (options.spec ? [] : defaultSeeds);
  const credentials = { ...FAKE_CREDENTIALS, ...options.credentials };
  const actionAttempts: AttemptTiming = { pollsToFinish: 1, ...options.actionAttempts };
  // The declared rules find their collections and schemas in the manifest, the attempt's type in the spec.
  const actionTypes = Object.fromEntries(routes.map((r) => [r.key, typeof r.operation['x-action-attempt-type'] === 'string' ? r.operation['x-action-attempt-type'] : undefined]));
  const store = new Store(actionAttempts, { resources, actionTypes });
  const feed = attachEventFeed(spec, store, credentials.workspaceId, options);
  if (options.endpoint !== undefined && !(typeof options.endpoint === 'string' && /^https?:\/\//i.test(options.endpoint) && URL.canParse(options.endpoint))) {
    throw new TypeError('createFakeSeam: endpoint must be an http(s) URL, such as https://gateway.example/v1');
  }
  const endpoint: string = options.endpoint ?? spec.servers?.[0]?.url ?? 'http://localhost';
  // An endpoint with a path (https://gateway.example/v1) puts it before every route.
  const basePath = basePathOf(endpoint);
  const faults: Fault[] = [];
  const requests: FakeRequest[] = [];

  /** Routed, authorized, validated, then answered by the store or from the spec's examples. */
  const answer = (request: FakeRequest, route: ReturnType<typeof match>, raw: string, contentType: string, url: string): Answer => {
    if (route === 'no-path') return fail(404, 'endpoint_not_found', `No endpoint at ${request.path}`);
    if (route === 'no-method') return fail(405, 'method_not_allowed', `${request.method} is not allowed on ${request.path}`);
    if (!route.route.anonymous && !authorized(request.headers, credentials)) return fail(401, 'unauthorized', 'Unauthorized');
    const validator = validatorOf(spec);
    const parts = { pathParams: route.params, query: new URLSearchParams(request.query), headers: request.headers, contentType, raw };
    const invalid = validator.validate(route.route, parts);
    if (invalid) return fail(400, 'invalid_input', invalid.message, { validation_errors: invalid.tree });
    const key = route.route.key;
    // Own properties only: an operation named `valueOf` or `constructor` is not Object.prototype's.
    const behaviour = Object.hasOwn(BEHAVIOURS, key) ? BEHAVIOURS[key] : undefined;
    const rule = Object.hasOwn(resources, key) ? resources[key] : undefined;
    const paging = Object.hasOwn(pagination, key) ? pagination[key] : undefined;
    if (!behaviour && !rule && !paging) return started(key, documentedAnswer(spec, route.route));
    let input: Record<string, unknown> = { ...request.query, ...route.params, ...(validator.parseBody(route.route, parts) as object | undefined) };
    // A paged list: its limit and cursor are checked and taken out, so the list is filtered by the rest.
    const page = paging ? readPageRequest(paging, input) : undefined;
    if (page && 'status' in page) return page;
    if (page) input = page.filters;
    const whole = behaviour
      ? behaviour(store, input)
      : started(key, rule ? runResourceRule(rule, store.collections.of(rule.collection), input, documentedAnswer(spec, route.route), randomUUID) : documentedAnswer(spec, route.route));
    return page ? pageAnswer(paging!, page, whole, url) : whole;
  };
  // An operation no rule covers that starts an action attempt: the attempt in its answer is kept.
  const started = (key: string, answer: Answer): Answer => {
    const type = Object.hasOwn(actionTypes, key) ? actionTypes[key] : undefined;
    return type && !Object.hasOwn(BEHAVIOURS, key) ? store.startAttempt(answer, type) : answer;
  };

  const takeFault = (request: FakeRequest): Fault | undefined => {
    const index = faults.findIndex((f) => (!f.path && !f.operation) || f.path === request.path || (f.operation !== undefined && f.operation === request.operation));
    if (index < 0) return undefined;
    const fault = faults[index]!;
    if ((fault.times ?? 1) <= 1) faults.splice(index, 1);
    else fault.times = (fault.times ?? 1) - 1;
    return fault;
  };

  /** One request, its body already read (undefined: over the limit). Every way in ends here, guarded. */
  const serve = (incoming: Incoming): Promise<Outcome> => guarded(incoming.signal, () => serveUnguarded(incoming));

  const serveUnguarded = async ({ method, url: href, headers: rawHeaders, text, signal, basePath: prefix = basePath }: Incoming): Promise<Outcome> => {
    const url = new URL(href);
    const path = prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    const raw = text ?? '';
    const contentType = rawHeaders.get('content-type') ?? '';
    // Bounded before anything parses, validates or stores it: the depth is counted on the text.
    const deep = jsonDepthOver(raw);
    let body: unknown = raw === '' ? undefined : raw;
    try {
      if (raw && !deep) body = JSON.parse(raw);
    } catch {
      // recorded as text
    }
    const values = { query: Object.fromEntries(url.searchParams), headers: Object.fromEntries(rawHeaders) };
    const route = match(routes, method.toLowerCase(), path, values);
    const request: FakeRequest = {
      method,
      path,
      operation: typeof route === 'object' ? (route.route.key as OperationName) : undefined,
      ...values,
      body,
    };
    requests.push(request);
    // A long test (or a load test) keeps the newest: memory stays bounded.
    if (requests.length > fake.maxRequests) requests.splice(0, requests.length - fake.maxRequests);
    if (text === undefined) {
      const requestId = randomUUID();
      return { status: 413, headers: { 'content-type': 'application/json', 'seam-request-id': requestId }, body: tooLargeBody(fake.maxBodyBytes, requestId) };
    }
    if (deep && typeof route === 'object') throw tooDeep();

    const fault = takeFault(request);
    const requestId = randomUUID();
    const delay = (fake.latencyMs || 0) + (fault?.delayMs ?? 0);
    if (delay > 0) await sleep(delay, signal);
    if (fault?.reset) return { drop: true };
    if (fault?.status !== undefined) {
      // The error the spec documents for that status, so that the client's class follows from it.
      const documented = fault.body === undefined ? documentedError(spec, routes, typeof route === 'object' ? route.route : undefined, fault.status) : undefined;
      const text = fault.body ?? JSON.stringify({ ok: false, error: { ...documented, request_id: requestId } });
      const type = fault.body === undefined ? 'application/json' : 'text/plain';
      return { status: fault.status, headers: { 'content-type': type, 'seam-request-id': requestId, ...fault.headers }, body: text };
    }

    const { status, body: value, contentType: type = 'application/json' } = answer(request, route, raw, contentType, href);
    if (status >= 400) (value as { error: { request_id?: string } }).error.request_id = requestId;
    const out = value === undefined ? '' : isJsonMediaType(type) ? JSON.stringify(value) : String(value);
    const headers = { ...(value === undefined ? {} : { 'content-type': type }), 'seam-request-id': requestId };
    if (fault?.truncate === 'invalid-json') return { status, headers, body: out.slice(0, Math.floor(out.length / 2)) };
    if (fault?.truncate === 'dropped') return { status, headers, body: out, cut: 'dropped' };
    return { status, headers, body: out };
  };

  /** A Request (in-process, under MSW), its body read with the cap inside the guard. */
  const serveRequest = (req: Request, method = req.method, prefix?: string): Promise<Outcome> =>
    guarded(req.signal, async () =>
      serveUnguarded({ method, url: req.url, headers: req.headers, text: await readCapped(req.body, fake.maxBodyBytes), signal: req.signal, basePath: prefix }),
    );

  const fake: FakeSeam = {
    endpoint,
    handle: (req, { endpoint: under } = {}) => serveRequest(req, req.method, under === undefined ? undefined : basePathOf(under)),
    async fetch(input, init) {
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      // fetch refuses CONNECT, TRACE and TRACK before any server sees them; a server still gets
      // them from other clients, so the fake answers them as it answers any method: read the rest
      // of the request as a POST, then serve it under its own method.
      const forbidden = FORBIDDEN_METHODS.test(method);
      const request = new Request(input, forbidden ? { ...init, method: 'POST' } : init);
      return toResponse(await serveRequest(request, forbidden ? method.toUpperCase() : request.method));
    },
    credentials,
    actionAttempts,
    latencyMs: options.latencyMs ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
    maxRequests: options.maxRequests ?? 1000,
    seed: {
      device: (id) => store.addDevice(id),
      accessCode: (fields) => Store.view(store.addAccessCode(fields as Parameters<Store['addAccessCode']>[0])),
      actionAttempt: (fields) => store.addActionAttempt(fields),
      fromExample: (example) => store.seedFrom(example),
      examples: () => plantSeeds(store, seeds),
    },
    get state(): FakeState {
      return {
        devices: new Set(store.devices.keys()),
        collections: store.collections.snapshot(),
        accessCodes: new Map([...store.accessCodes].map(([id, code]) => [id, Store.view(code)])),
        actionAttempts: new Map([...store.attempts].map(([id, attempt]) => [id, store.attemptView(attempt)])),
      };
    },
    requests,
    requestsTo: (operation) => requests.filter((r) => r.operation === operation) as never,
    faults,
    fail(operation, { status, retryAfter, times, body }) {
      faults.push({ operation, status, times, ...(body === undefined ? {} : { body }), ...(retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } }) });
    },
    drop(operation, { times } = {}) {
      faults.push({ operation, reset: true, times });
    },
    get events() {
      return [...feed.events.values()];
    },
    addWebhook: (endpoint) => feed.dispatcher.add(endpoint),
    deliveries: feed.dispatcher.deliveries,
    webhooksSettled: () => feed.dispatcher.settled(),
    closeWebhooks: () => feed.dispatcher.close(),
  };
  servers.set(fake, serve);
  return fake;
}

/** An outcome as the `Response` fetch would give, or the error it would throw. */
export function toResponse(outcome: Outcome): Response {
  if (outcome.drop) throw connectionLost();
  const { status, headers, body, cut } = outcome;
  if (body === '' || status === 204 || status === 205 || status === 304) return new Response(null, { status, headers });
  if (!cut) return new Response(body, { status, headers });
  // Half the body arrives, then the connection is lost, as a stream.
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, Math.floor(bytes.length / 2)));
      controller.error(connectionLost());
    },
  });
  return new Response(stream, { status, headers: { ...headers, 'content-length': String(bytes.length) } });
}
