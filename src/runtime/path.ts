// Filling a request's path: the one place every client the package makes does it. openapi-fetch
// calls its `pathSerializer` for every request that has path parameters; connection.ts gives it
// this one, so generated methods, standalone functions, `seam.api` and
// `seam-connect-client/fetch` all pass here (a caller who passes a `pathSerializer` of their own
// to `seam.api` takes over). openapi-fetch's default writes an object, a Date or a Map as an empty
// string, so `pets.delete({ petId: {} })` would delete from the collection.
import { SeamOptionsError } from './errors.js';

/**
 * A path value is one whole segment. `encodeURIComponent` leaves `.` and `..` as they are, and URL
 * parsing then collapses them, so `users.delete({ user_id: '..' })` would delete the parent; an
 * empty value would hit the collection. Refused before anything is sent, as openai-node's `path`
 * tag refuses them.
 */
export const isPathSegment = (text: string): boolean => !/^\.{0,2}$/.test(text);

const SCALAR = ['string', 'number', 'bigint', 'boolean'];

/** `pathname` with each `{name}` replaced by its value, percent-encoded, or SeamOptionsError (nothing is sent). */
export function pathSerializer(pathname: string, values: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = values[name];
    const text = SCALAR.includes(typeof value) ? String(value) : '';
    if (!isPathSegment(text)) {
      throw new SeamOptionsError(
        `${name} must be a string, number, bigint or boolean other than "", "." and "..": nothing was sent.`,
      );
    }
    return encodeURIComponent(text);
  });
}
