// Misspelt options are refused, not ignored: in JavaScript nothing else would say that
// `{ timout: 5 }` or a per-call `{ waitForActionAttempts: false }` did nothing. Each entry point
// lists the names it takes; a name it does not know is SeamOptionsError, with the nearest known
// name when one is close ("did you mean timeout?").
import { SeamOptionsError } from './errors.js';
import type { RequestOptions } from './options.js';

/** Every option a call takes; the type below fails to compile when CallOptions gains one not listed. */
export const CALL_OPTIONS = [
  'endpoint',
  'fetch',
  'timeout',
  'maxRetries',
  'retryDelay',
  'waitForActionAttempt',
  'headers',
  'maxResponseBytes',
  'middleware',
] as const;
export const REQUEST_OPTIONS = [...CALL_OPTIONS, 'signal'] as const;

// Compile-time: each list names every key of its interface (a key left out would be refused), so
// an option added to an interface and not here fails `npm run typecheck`, naming it.
/** Compiles only when `Unlisted` is `never`. */
export type NoneUnlisted<Unlisted extends never> = Unlisted;
export type ListsAreWhole = NoneUnlisted<Exclude<keyof RequestOptions, (typeof REQUEST_OPTIONS)[number]>>;

/** Levenshtein distance, ignoring case: how many letters to add, drop or change to go from a to b. */
export function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  // One row of the table at a time; row[j] is the distance from a's first i letters to b's first j.
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++) next.push(Math.min(row[j + 1]! + 1, next[j]! + 1, row[j]! + +(a[i] !== b[j])));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Throws SeamOptionsError for the first own key of `options` not in `known`, with the nearest known
 * name when it is at most 3 edits away (and fewer than half the name); openapi-fetch's `baseUrl`
 * points at `endpoint`. A name that is not a plain identifier is not quoted: it could be a token
 * pasted by mistake.
 */
export function refuseUnknownOptions(options: object, known: readonly string[], where: string): void {
  for (const name in options) {
    if (!Object.hasOwn(options, name) || known.includes(name)) continue;
    let near = /^baseurl$/i.test(name) ? 'endpoint' : '';
    let best = near ? 0 : 4;
    for (const candidate of known) {
      const d = distance(name, candidate);
      if (d < best && d * 2 < name.length) [near, best] = [candidate, d];
    }
    throw new SeamOptionsError(
      `${where} takes no option ${/^\w{1,40}$/.test(name) ? name : '(not a plain name)'}${near && `: did you mean ${near}?`}`,
    );
  }
}
