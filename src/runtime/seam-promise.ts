// What every method returns: a promise of the value that can also give the HTTP answer beside it,
// as openai-node's APIPromise does: `const { data, response } = await seam.accessCodes.update(body).withResponse()`.

/** The resolved value of one request, and the answer it came from. */
export type Answer = [value: unknown, response: Response];

export class SeamPromise<T> extends Promise<T> {
  readonly #answered: Promise<Answer>;

  constructor(answered: Promise<Answer>) {
    let settle!: { resolve: (value: T) => void; reject: (reason: unknown) => void };
    super((resolve, reject) => (settle = { resolve, reject }));
    this.#answered = answered;
    answered.then(([value]) => settle.resolve(value as T), settle.reject);
  }

  // then() and catch() make plain promises, not SeamPromises with no answer behind them.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The value and the `Response` of the operation's own request (for an action attempt: the request that started it, not the polls). */
  withResponse(): Promise<{ data: T; response: Response }> {
    // The caller awaits this one instead: the plain promise must not report its failure as unhandled.
    this.catch(() => {});
    return this.#answered.then(([data, response]) => ({ data: data as T, response }));
  }
}
