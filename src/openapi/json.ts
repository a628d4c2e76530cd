// What the generator asks of plain JSON values read from a spec.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec JSON this file still reads untyped: the typed document types do not reach it yet
type Json = any;

/** A JSON object: not null, not an array. */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** null, a string, a number or a boolean. */
export const isPrimitive = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
