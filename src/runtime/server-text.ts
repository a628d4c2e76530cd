// One helper the error modules share (not exported from the package).

/** A value from the server, when it is the string it should be. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
