// What the generator and the testing kit ask of plain JSON values read from a spec.

/** A JSON object: not null, not an array. Its values are unknown until each is checked. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** null, a string, a number or a boolean. */
export const isPrimitive = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
