// What every method returns: a promise of the value that can also give the HTTP answer beside it,
// as openai-node's APIPromise does: `const { data, response } = await seam.accessCodes.update(body).withResponse()`.

/** The resolved value of one request, and the answer it came from. */
export type Answer = [value: unknown, response: Response];

export class SeamPromise<T> extends Promise<T> {
  readonly #answer: { response?: Response };

  constructor(answered: Promise<Answer>) {
    const answer: { response?: Response } = {};
    // Resolved with a promise chained on the call, not settled from a callback: V8 then follows the
    // chain from the call's async functions through this promise to the caller's `await`, so the
    // stack of an error the caller awaits ends in the caller's own frames (zero-cost async stack
    // traces); an arrow calling resolve/reject would cut it there.
    super((resolve) =>
      resolve(
        answered.then(([value, response]) => {
          answer.response = response;
          return value as T;
        }),
      ),
    );
    this.#answer = answer;
  }

  // then() and catch() make plain promises, not SeamPromises with no answer behind them.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The value and the `Response` of the operation's own request (for an action attempt: the request that started it, not the polls). */
  async withResponse(): Promise<{ data: T; response: Response }> {
    // Awaited here, so an error keeps the caller's frames as above (a second chain would cut them).
    const data = await this;
    return { data, response: this.#answer.response! };
  }
}
