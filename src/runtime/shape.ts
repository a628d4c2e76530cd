// The few checks that tell a success answer from a wrong one: the generator reads them off the
// response schema (scripts/generator/shape.ts), so that a 200 holding `null`, a string or another
// attempt's fields is refused instead of resolving as if it were the promised value.

/**
 * What a success value must be: an object whose listed fields are each of a `typeof` (`string`,
 * `number`, `boolean`, `object`) or one of a list of values (a `const`, or a discriminator's tags).
 */
export type ResponseShape = { readonly [field: string]: string | readonly unknown[] };

/** Why `value` is not of the shape (`status is not ["pending","success"]`), or undefined when it is. */
export function misfit(value: unknown, shape: ResponseShape): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  for (const field in shape) {
    const rule = shape[field]!;
    const actual = (value as Record<string, unknown>)[field];
    if (typeof rule === 'string' ? typeof actual !== rule : !rule.includes(actual))
      return `${field} is not ${JSON.stringify(rule)}`;
  }
  return undefined;
}
