// What the generated client tells the runtime about each operation (see generated/client.ts).

export type FetchLike = (request: Request) => Promise<Response>;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** What a method's argument puts on the wire. */
export interface PreparedInput {
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON when defined. */
  body?: unknown;
}

export interface OperationDescriptor {
  readonly path: string;
  readonly method: HttpMethod;
  /**
   * `body`: the argument is the JSON body; `none`: there is no argument. Operations with
   * parameters name a function (`withParams`) that turns `{ params, body? }` into the request.
   */
  readonly input: 'body' | 'none' | ((url: string, input: unknown) => PreparedInput);
  /** The method resolves to this property of the success body, instead of the whole body. */
  readonly responseKey?: string;
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
}

export interface RequestOptions extends CallOptions {
  /** Aborts the call, including retries and waiting. */
  signal?: AbortSignal;
}
