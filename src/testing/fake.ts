// A fake API derived from the spec: every operation is routed, authorized and validated as the spec
// says, then answered by a declared rule of the vendor's (rules.ts, a value passed in), by the
// collection its conventions place it in (resources.ts), or from the spec's own examples: a short
// pipeline (pipeline/) over one request value, with the record, the body cap and scripted faults
// around it (serve.ts). An operation added to the spec is served with no edit here. It runs
// in-process (its `fetch`), over loopback HTTP (server.ts) or under MSW (src/msw.ts). It names no
// vendor: a vendor's entry (src/profiles/<vendor>/) gives its rules and adds its conveniences.
import { isObject } from '../openapi/json.js';
import { attachEventFeed } from './event-feed.js';
import type { Fake, FakeCredentials, FakeOptions, FakeState, Outcome } from './fake-types.js';
import type { Fault } from './faults.js';
import { basePathOf, type Incoming } from './pipeline/request.js';
import type { PagingRule } from './paging.js';
import type { ResourceRule } from './resources.js';
import { routeManifestOf } from './route-manifest.js';
import { routesFrom } from './routes.js';
import { serve, serveRequest, type ServeContext } from './serve.js';
import { plantSeeds } from './seeds.js';
import { NEUTRAL_RULES } from './rules.js';
import { Store, type AttemptTiming } from './store.js';
import { createValidator, type SpecValidator } from './validate.js';

export type { Fake, FakeCredentials, FakeOptions, FakeRequest, FakeState, Outcome } from './fake-types.js';
export type { Fault } from './faults.js';

/** The error undici gives for a connection lost, so a client sees what it would see over HTTP. */
const connectionLost = (): TypeError =>
  new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });

// Validators are stateless and costly to compile: every fake of one spec shares one, made when the
// first of them gets its first request (so creating a fake stays cheap). A cache, not state: what
// it holds follows from the spec alone.
const validators = new WeakMap<object, SpecValidator>();
function validatorOf(spec: object): SpecValidator {
  let validator = validators.get(spec);
  if (!validator) validators.set(spec, (validator = createValidator(spec)));
  return validator;
}

/** The spec's first server URL, where it writes one. */
function firstServerUrl(spec: object): string | undefined {
  const server: unknown = isObject(spec) && Array.isArray(spec.servers) ? spec.servers[0] : undefined;
  return isObject(server) && typeof server.url === 'string' ? server.url : undefined;
}

const FORBIDDEN_METHODS = /^(connect|trace|track)$/i;

/** A fake as createFake makes it: the fake, its `serve` for the HTTP server (server.ts), which reads requests fetch could not make, and its state for a vendor's layer. */
export interface FakeParts<C extends FakeCredentials = FakeCredentials> {
  fake: Fake<C>;
  serve: (incoming: Incoming) => Promise<Outcome>;
  requestIdHeader: string;
  store: Store;
}

/** What the core must be given: the spec it serves (a vendor's entry, src/profiles/<vendor>/fake.ts, may default it to the package's own). */
export type CoreFakeOptions<C extends FakeCredentials = FakeCredentials> = FakeOptions<C> & { spec: object };

/** The fake of a spec under the vendor's rules (NEUTRAL_RULES unless given). */
export function createFakeParts<C extends FakeCredentials = FakeCredentials>(
  options: CoreFakeOptions<C>,
): FakeParts<C> {
  const spec = options.spec;
  const rules = options.rules ?? NEUTRAL_RULES;
  // Routes as the generator wrote them for this spec, when given (the package's own, Try-it's);
  // otherwise derived here, by the same function (route-manifest.ts).
  const routes = routesFrom(options.routes ?? routeManifestOf(spec, options.operations ?? {}));
  const resources: Readonly<Record<string, ResourceRule | undefined>> = options.resources ?? {};
  const pagination: Readonly<Record<string, PagingRule | undefined>> = options.pagination ?? {};
  const seeds = options.seeds ?? [];
  const credentials = { ...rules.credentials, ...options.credentials } as C;
  const actionAttempts: AttemptTiming = { pollsToFinish: 1, ...options.actionAttempts };
  // The declared rules find their collections and schemas, and each operation's attempt type, in the manifest.
  const actionTypes = Object.fromEntries(routes.map((r) => [r.key, r.actionAttempt]));
  const store = new Store(actionAttempts, { resources, actionTypes, attempts: rules.attempts });
  const feed = attachEventFeed(spec, store, rules.events, credentials, options);
  if (
    options.endpoint !== undefined &&
    !(typeof options.endpoint === 'string' && /^https?:\/\//i.test(options.endpoint) && URL.canParse(options.endpoint))
  ) {
    throw new TypeError("the fake's endpoint must be an http(s) URL, such as https://gateway.example/v1");
  }
  const endpoint: string = options.endpoint ?? firstServerUrl(spec) ?? 'http://localhost';
  const faults: Fault[] = [];
  const ctx: ServeContext = {
    spec,
    rules,
    routes,
    resources,
    pagination,
    actionTypes,
    store,
    credentials,
    validator: () => validatorOf(spec),
    // An endpoint with a path (https://gateway.example/v1) puts it before every route.
    basePath: basePathOf(endpoint),
    faults,
    requests: [],
    settings: undefined as unknown as Fake, // the fake itself, set below: its limits can change at any time
  };

  const serveOne = (req: Request, method = req.method, basePath?: string): Promise<Outcome> =>
    serveRequest(ctx, req, method, basePath);

  const fake: Fake<C> = {
    endpoint,
    handle: (req, { endpoint: under } = {}) =>
      serveOne(req, req.method, under === undefined ? undefined : basePathOf(under)),
    async fetch(input, init) {
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      // fetch refuses CONNECT, TRACE and TRACK before any server sees them; a server still gets
      // them from other clients, so the fake answers them as it answers any method: read the rest
      // of the request as a POST, then serve it under its own method.
      const forbidden = FORBIDDEN_METHODS.test(method);
      const request = new Request(input, forbidden ? { ...init, method: 'POST' } : init);
      return toResponse(await serveOne(request, forbidden ? method.toUpperCase() : request.method));
    },
    credentials,
    actionAttempts,
    latencyMs: options.latencyMs ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
    maxRequests: options.maxRequests ?? 1000,
    seed: {
      actionAttempt: (fields) => store.addAttempt(fields),
      examples: () => plantSeeds(store, seeds),
    },
    get state(): FakeState {
      return {
        collections: store.collections.snapshot(),
        actionAttempts: new Map([...store.attempts].map(([id, attempt]) => [id, store.attemptView(attempt)])),
      };
    },
    requests: ctx.requests,
    requestsTo: (operation) => ctx.requests.filter((r) => r.operation === operation) as never,
    faults,
    fail(operation, { status, retryAfter, times, body }) {
      faults.push({
        operation,
        status,
        times,
        ...(body === undefined ? {} : { body }),
        ...(retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } }),
      });
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
  ctx.settings = fake;
  return { fake, serve: (incoming) => serve(ctx, incoming), requestIdHeader: rules.requestIdHeader, store };
}

/** The fake of a spec under the vendor's rules (NEUTRAL_RULES unless given): `createFake({ spec, rules })`. */
export const createFake = <C extends FakeCredentials = FakeCredentials>(options: CoreFakeOptions<C>): Fake<C> =>
  createFakeParts(options).fake;

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
