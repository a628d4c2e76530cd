// What the generated client tells the runtime about each operation (see generated/client.ts).
import type { Middleware, MiddlewareRequestParams } from 'openapi-fetch';
import type { ResponseShape } from './shape.js';

export type FetchLike = (request: Request) => Promise<Response>;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** A request body ready for `fetch`, and its content type (none: fetch sets it, as for FormData). */
export interface EncodedBody {
  body: BodyInit;
  contentType?: string;
}

/** Turns a request body into what goes on the wire, for media types other than JSON. */
export type BodyEncoder = (body: unknown, op: OperationDescriptor) => EncodedBody;

/** How a query parameter is serialized, when not OpenAPI's default (`form`, exploded). */
export interface QueryStyle {
  readonly style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
}

/** What a method's argument puts on the wire. */
export interface PreparedInput {
  url: string;
  headers?: Record<string, string>;
  /** Encoded by the descriptor's `body` when defined. */
  body?: unknown;
  /** The parameters by location, as middleware sees them (openapi-fetch's `params`). */
  params?: MiddlewareRequestParams;
}

/** The argument's fields that are parameters, by where they go. */
export interface ParameterLocations {
  readonly path?: readonly string[];
  readonly query?: readonly string[];
  readonly header?: readonly string[];
  readonly cookie?: readonly string[];
}

export interface OperationDescriptor {
  readonly path: string;
  readonly method: HttpMethod;
  /**
   * Operations with parameters name a function (`withParams`) that splits the method's one flat
   * argument into path, query, header and cookie parameters and the body. Without it the
   * argument is the body itself.
   */
  readonly input?: (url: string, input: unknown, op: OperationDescriptor) => PreparedInput;
  readonly params?: ParameterLocations;
  /** Query parameters with another style than OpenAPI's default. */
  readonly queryStyles?: { readonly [name: string]: QueryStyle };
  /** Form fields and query parameters whose lists are sent as `name[0]=…` (deepObject). */
  readonly deepObject?: readonly string[];
  /** How the request body is sent: `json`, or an encoder (form, multipart, raw). Absent: no body. */
  readonly body?: 'json' | BodyEncoder;
  /** The content type sent, when not the encoder's own (`application/json` for JSON). */
  readonly contentType?: string;
  /** With parameters: the body is this field of the argument, not the fields left over. */
  readonly bodyKey?: string;
  /** The spec requires a body: send `{}` when no field of it was given. */
  readonly bodyRequired?: boolean;
  /** How the success answer is read: `json` when absent; `location`: a documented redirect, resolved to where it points. */
  readonly response?: 'text' | 'blob' | 'void' | 'location';
  /** The method resolves to this property of the success body, instead of the whole body. */
  readonly responseKey?: string;
  /** What the resolved value must look like, from the response schema: anything else is SeamInvalidResponseError. */
  readonly shape?: ResponseShape;
  /** The spec says repeating the request is safe (x-idempotent), so failures may be retried. */
  readonly idempotent?: boolean;
  /** The resolved value is an action attempt that the client can wait for (x-action-attempt). */
  readonly actionAttempt?: boolean;
}

export interface WaitForActionAttemptOptions {
  /** How long to wait for the attempt to finish, in ms. Default 5000. */
  timeout?: number;
  /** How often to poll, in ms. Default 500. */
  pollingInterval?: number;
}

/** Options that can be set per client and overridden per call. */
export interface CallOptions {
  /** Base URL of the API. */
  endpoint?: string;
  /** A fetch to use instead of the global one. */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms. Default 30000. */
  timeout?: number;
  /** Retries after the first attempt, for operations that are safe to repeat. Default 2. */
  maxRetries?: number;
  /** Wait for action attempts to finish before resolving. Default true. */
  waitForActionAttempt?: boolean | WaitForActionAttemptOptions;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /**
   * The most bytes of an answer's body that are read (after decompression), for success and error
   * answers alike; a longer body is SeamInvalidResponseError. Default 10 MiB (10485760).
   */
  maxResponseBytes?: number;
  /**
   * openapi-fetch middleware (its own `Middleware` type) for every attempt, retries and polls
   * included; a call's runs after the client's. See the README's "Bringing openapi-fetch middleware".
   */
  middleware?: Middleware[];
}

export interface RequestOptions extends CallOptions {
  /** Aborts the call, including retries and waiting. */
  signal?: AbortSignal;
}
