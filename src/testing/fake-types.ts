// The testing kit's public shapes: the fake (Fake), its options, what it records and what it
// does with a request (Outcome). fake.ts builds one; serve.ts and pipeline/ do the work.
import type { FakeEvent } from './events.js';
import type { Fault } from './faults.js';
import type { PagingRule } from './paging.js';
import type { ResourceRule } from './resources.js';
import type { ExampleSeed } from './seeds.js';
import type { RouteEntry } from './manifest.js';
import type { OperationTable } from './route-manifest.js';
import type { FakeRules } from './rules.js';
import type { OperationName, OperationTypes } from './spec.js';
import type { ActionAttempt, AttemptOutcome, AttemptTiming } from './store.js';
import type { WebhookDelivery, WebhookEndpoint, WebhookOptions } from './webhook-delivery.js';

/** The tokens a fake accepts, by the names its rules' auth modes give them (FakeRules.credentials). */
export type FakeCredentials = Readonly<Record<string, string>>;

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
  /** Every collection's items by id (`/pets`, `/things`, …), as the API shows them. */
  collections: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, unknown>>>>;
  actionAttempts: ReadonlyMap<string, ActionAttempt>;
}

export interface FakeOptions<C extends FakeCredentials = FakeCredentials> {
  /** The spec to serve (the core must be given one; a vendor's entry may default it to the package's own, generated/openapi.json). */
  spec?: object;
  /**
   * The endpoint your client is configured with, such as `https://gateway.example/v1` (default: the
   * spec's first server URL): its path is taken off every request, in-process, over HTTP
   * (`server.url` ends with it) and under MSW (the handlers intercept it).
   */
  endpoint?: string;
  /** Operation names by route, for `spec` (default: generated/operations.ts). */
  operations?: OperationTable;
  /**
   * How each operation of `spec` is routed and answered, as the generator wrote it for that spec
   * (`routeManifest` of its operations.ts). Default: the package's own for its own spec; for another
   * `spec`, derived from it at the fake's start (src/testing/route-manifest.ts), with `operations`' names.
   */
  routes?: readonly RouteEntry[];
  /** Which operations create, get, list, update and delete what, by name, for `spec` (default: generated/operations.ts). */
  resources?: Readonly<Record<string, ResourceRule>>;
  /** Which list operations answer one page at a time, and how, by name, for `spec` (default: generated/operations.ts). */
  pagination?: Readonly<Record<string, PagingRule>>;
  /**
   * What the vendor's API does that its spec cannot say: auth modes and tokens, declared behaviours,
   * the request-id header, attempts and events (default: NEUTRAL_RULES, which declare nothing; a
   * vendor's entry passes its profile's, src/profiles/<vendor>/).
   */
  rules?: FakeRules;
  /** The records the docs' examples name, which `seed.examples()` plants, for `spec` (default: generated/operations.ts). */
  seeds?: readonly ExampleSeed[];
  /** Tokens to accept (default: the rules' `credentials`). */
  credentials?: Partial<C>;
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
export type Outcome =
  { drop: true } | { drop?: false; status: number; headers: Record<string, string>; body: string; cut?: 'dropped' };

export interface Fake<C extends FakeCredentials = FakeCredentials> {
  /**
   * The endpoint the fake serves: the `endpoint` option, else the spec's first server URL. Its path
   * (`/v1` of `https://gateway.example/v1`) is a prefix the fake takes off every request's path,
   * in-process, over HTTP and under MSW, whose handlers intercept this URL by default.
   */
  readonly endpoint: string;
  /** A `fetch` answered by the fake, in-process: pass it to a client's `fetch` option. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** What the fake does with a request; the HTTP server and the MSW handlers are built on it. */
  handle(request: Request, options?: { endpoint?: string }): Promise<Outcome>;
  readonly credentials: C;
  /** When action attempts finish; change it at any time. */
  readonly actionAttempts: AttemptTiming;
  /** Latency added to every answer, in ms; change it at any time. */
  latencyMs: number;
  /** The largest request body read, in bytes; a larger one is answered 413. */
  maxBodyBytes: number;
  /** How many requests `requests` keeps; older ones are dropped. */
  maxRequests: number;
  readonly seed: {
    /** A pending action attempt (a new id unless named); `outcome` sets how it ends. Returns its id. */
    actionAttempt(fields?: { action_attempt_id?: string; outcome?: AttemptOutcome }): string;
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
  fail(
    operation: OperationName,
    fault: { status: number; retryAfter?: number | string; times?: number; body?: string },
  ): void;
  /** The next `times` calls of an operation lose their connection before any answer. */
  drop(operation: OperationName, options?: { times?: number }): void;
  /** The events its state changes caused (the rules' `events`), oldest first, as the spec shapes them. */
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
