// ClientCore: what every generated method calls. It holds the client's openapi-fetch client and
// options, and runs one call as the policy says: attempts with retries, then, for an action
// attempt, waiting until it finishes.
import { waitForActionAttempt, type ActionAttemptLike } from './action-attempts.js';
import { invalidResponse } from './api-errors.js';
import type { AnyClient } from './api-client.js';
import { attempt } from './attempt.js';
import type { AttemptCall } from './attempt-context.js';
import { SeamError, SeamOptionsError } from './errors.js';
import { markBuilt, type Middleware } from './middleware.js';
import type { OperationDescriptor } from './operation.js';
import type { RuntimeProfile } from './profile.js';
import { refuseUnknownOptions, REQUEST_OPTIONS } from './option-names.js';
import { checkCallOptions, DEFAULTS, type CallOptions, type RequestOptions } from './options.js';
import { withRetries } from './retry.js';
import { SeamPromise, type Answer } from './seam-promise.js';

/** What a ClientCore is made with; options left out (or undefined) take their DEFAULTS. */
export interface CoreConfig extends CallOptions {
  /**
   * The openapi-fetch client every request goes through, set up with the endpoint and the auth and
   * SDK headers (the call's `headers` are its own), and with no middleware yet: the core's comes first.
   */
  api: AnyClient;
  endpoint: string;
  /** Values that must never appear in an error (tokens): the client's, and those its requests send (collected in place). */
  secrets: string[];
  /** The vendor's choices the runtime reads answers by (profile.ts): the product's, such as Seam's. */
  profile: RuntimeProfile;
  /** The operation that returns the current state of an action attempt, for waiting. */
  actionAttemptPoll?: OperationDescriptor;
  /** How a call's `middleware` option is checked and made ready for openapi-fetch: SeamClient's; a bare core refuses the option. */
  callMiddleware?: (list: Middleware[]) => Middleware[];
}

type Filled = CoreConfig & Required<Pick<CallOptions, keyof typeof DEFAULTS>>;
/** What one call runs with: the client's options and the call's, together. */
type Call = Filled & AttemptCall;

/**
 * `Wait` is whether the core waits for action attempts unless a call says otherwise
 * (`waitForActionAttempt: false` makes it `false`): what the generated methods' result types read.
 */
export class ClientCore<Wait extends boolean = true> {
  readonly #config: Filled;
  /** Types only: nothing is stored. */
  declare readonly waitsForActionAttempts?: Wait;

  constructor(config: CoreConfig) {
    checkCallOptions(config);
    // First on the client, before any other middleware: it tells an attempt that openapi-fetch made its request.
    config.api.use(markBuilt);
    const filled = { ...config, headers: undefined } as Filled;
    for (const key in DEFAULTS)
      (filled as unknown as Record<string, unknown>)[key] ??= DEFAULTS[key as keyof typeof DEFAULTS];
    this.#config = filled;
  }

  request<T>(op: OperationDescriptor, input: unknown, options: RequestOptions = {}): SeamPromise<T> {
    return new SeamPromise<T>(this.#run(op, input, options));
  }

  async #run(op: OperationDescriptor, input: unknown, options: RequestOptions): Promise<Answer> {
    try {
      // Awaited, not returned: the error keeps this frame and, through SeamPromise, the caller's.
      return await this.#call(op, input, options);
    } catch (err) {
      // Named as the profile names errors, and led by the method's name (`accessCodes.update: …`),
      // so that a log line says which call failed; the caller's own abort reason as it is. V8
      // writes `stack` from the message when it is first read, and nothing on the way here reads it.
      const name = op.name;
      if (err instanceof SeamError && err !== options?.signal?.reason) {
        this.#config.profile.renameError?.(err);
        if (name && !err.message.startsWith(`${name}: `)) err.message = `${name}: ${err.message}`;
      }
      throw err;
    }
  }

  async #call(op: OperationDescriptor, input: unknown, options: RequestOptions): Promise<Answer> {
    checkCallOptions(options);
    refuseUnknownOptions(options, REQUEST_OPTIONS, 'the call');
    const call = this.#callOptions(options);
    const { waitForActionAttempt: wait, actionAttemptPoll: poll } = call;
    // The operation that polls attempts waits only when the call itself asks.
    const waits =
      !!poll &&
      (op.actionAttempt === true ? wait !== false : op.actionAttempt === 'asked' && !!options.waitForActionAttempt);
    const held = waits ? op.attemptIn : undefined;
    // The attempt beside the value (or in a body with no key): the whole body is read, and the
    // value taken from it once the attempt has finished (held-attempt.ts).
    const sent = held ? { ...op, responseKey: undefined, shape: undefined } : op;
    const [value, response] = await withRetries(
      sent,
      call.maxRetries,
      call.signal,
      (n) => attempt(sent, input, call, n),
      call.retryDelay,
    );
    if (!waits || !value) return [value, response];
    const fail = (why: string): never => {
      throw invalidResponse(call, response, value, why);
    };
    // Each poll's answer must be this attempt's, not another's.
    const get = (id: string, signal: AbortSignal) => {
      const pollOp = { ...poll, shape: { ...poll.shape, action_attempt_id: [id] } };
      const pollCall = { ...call, signal };
      return withRetries(
        pollOp,
        call.maxRetries,
        signal,
        (n) => attempt(pollOp, { action_attempt_id: id }, pollCall, n),
        call.retryDelay,
      ).then(([v]) => v as ActionAttemptLike);
    };
    const started = (held ? held.attempt(value, fail) : value) as ActionAttemptLike;
    const finished = await waitForActionAttempt(
      started,
      typeof wait === 'object' ? wait : {},
      get,
      call.secrets,
      options.signal,
    );
    return [held ? held.value(value, finished, op, fail) : finished, response];
  }

  /**
   * The client's options with the call's over them (those left undefined keep the client's). A token
   * in the call's headers is collected where the request goes on the wire (send-request.ts), into the
   * client's `secrets`, which every call shares.
   */
  #callOptions(options: RequestOptions): Call {
    const call = { ...this.#config } as Call;
    for (const key in options)
      (call as unknown as Record<string, unknown>)[key] =
        options[key as keyof RequestOptions] ?? call[key as keyof Call];
    if (options.middleware) {
      if (!call.callMiddleware)
        throw new SeamOptionsError('middleware needs a SeamClient: createSeamCore() runs none.');
      call.middleware = call.callMiddleware(options.middleware);
    }
    return call;
  }
}
