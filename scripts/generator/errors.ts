/** Maps a JSON pointer in the spec to `file:line:col (pointer)` for error messages. */
export type Locate = (pointer: string) => string;

/** A problem with the input that stops generation. Printed as `file:line:col rule: message`. */
export class GeneratorError extends Error {
  constructor(
    readonly rule: string,
    message: string,
    /** Where in the spec, e.g. `spec/openapi.yaml:12:5 (#/paths/~1a~1b/post)`. */
    readonly location?: string,
  ) {
    super(message);
    this.name = 'GeneratorError';
  }

  format(): string {
    return `${this.location ? `${this.location} ` : ''}${this.rule}: ${this.message}`;
  }
}

/** Several problems found in one pass; the CLI prints each. */
export class GeneratorErrors extends Error {
  constructor(readonly errors: GeneratorError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'GeneratorErrors';
  }
}

export function asErrorList(err: unknown): GeneratorError[] | undefined {
  if (err instanceof GeneratorErrors) return err.errors;
  if (err instanceof GeneratorError) return [err];
  return undefined;
}
