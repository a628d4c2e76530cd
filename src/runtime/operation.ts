// What the generated client tells the runtime about each operation (see generated/client.ts): the
// contract between the generator and the runtime, and nothing else.
import type { HttpMethod } from '../openapi/operations.js';
import type { ResponseShape } from './shape.js';

export type { HttpMethod };

/** Where the body holds the attempt, and what the method resolves to once it has finished. */
export interface AttemptPlace {
  /** The attempt in the answer's body; `fail` (SeamInvalidResponseError) when there is none. */
  attempt(body: unknown, fail: (why: string) => never): unknown;
  /** The finished attempt with no response key; else the resource, as its `result` shows it where it carries one, else as answered. */
  value(body: unknown, finished: unknown, op: OperationDescriptor, fail: (why: string) => never): unknown;
}

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

/** The parameters of one call by location: openapi-fetch's `params`. */
export interface CallParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  cookie?: Record<string, unknown>;
}

/** What a method's one argument puts on the wire: its parameters by location, and the body. */
export interface CallInput {
  params: CallParams;
  body?: unknown;
  /** Headers openapi-fetch does not make from `params` (it sends no cookie parameters). */
  headers?: Record<string, string>;
  /** For query styles openapi-fetch does not have (a style per parameter, values nested deeper than one level). */
  querySerializer?: (query: Record<string, unknown>) => string;
}

/** The argument's fields that are parameters, by where they go. */
export interface ParameterLocations {
  readonly path?: readonly string[];
  readonly query?: readonly string[];
  readonly header?: readonly string[];
  readonly cookie?: readonly string[];
}

/**
 * Where a list's page and the next page's cursor are in the answer (paths of property names from
 * its root), and which request field takes the cursor: what src/runtime/paginate.ts follows.
 */
export interface PageRule {
  readonly items: readonly string[];
  /** The request field that takes the cursor (`page_cursor`, `starting_after`, …). */
  readonly cursor: string;
  /** Where the next cursor is; or, with `nextFromLast`, the last item's field that is it (Stripe's `id`). */
  readonly next?: readonly string[];
  readonly nextFromLast?: string;
  /** The flag that says another page follows; without one, one does while there is a next cursor. */
  readonly hasMore?: readonly string[];
}

export interface OperationDescriptor {
  /** The method's name (`accessCodes.update`): the message of every error its calls reject with starts with it. */
  readonly name?: string;
  /** The path template openapi-fetch fills (`/things/{id}`), and middleware's `schemaPath`. */
  readonly path: string;
  readonly method: HttpMethod;
  /**
   * Operations with parameters name a function (`withParams`) that splits the method's one flat
   * argument into parameters by location and the body. Without it the argument is the body itself.
   */
  readonly input?: (input: unknown, op: OperationDescriptor) => CallInput;
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
  /**
   * The answer holds an action attempt the client waits for (x-action-attempt-type): `true` waits
   * unless the call or client says `waitForActionAttempt: false`; `'asked'` (the operation that polls
   * attempts) only when the call's own option asks.
   */
  readonly actionAttempt?: boolean | 'asked';
  /**
   * Where the body holds the attempt, when the method resolves to something else (`attemptIn(key)`):
   * to the finished attempt where it has no `responseKey`, else to that resource, from the finished
   * attempt's `result` where it carries one.
   */
  readonly attemptIn?: AttemptPlace;
  /** The answer is one page of a list: how to ask for the next (list methods only). */
  readonly paginate?: PageRule;
}
