// The line the Try-it panel shows beside a failed answer: the error a call would throw, made by the
// client's own code (src/runtime) and named as the profile's client names it. Its own module so the
// wording is checked in node, not only in a browser: a neutral client throws NotFoundError, and a
// panel that said SeamNotFoundError would describe a class the reader's client does not have.
import { errorFromResponse } from '../../../src/runtime/api-errors.js';
import type { RuntimeProfile } from '../../../src/runtime/profile.js';

export function errorLine(profile: RuntimeProfile, secrets: string[], response: Response, body: unknown): string {
  const error = errorFromResponse({ secrets, profile }, response, body);
  // Where a call's error leaves the client, the profile renames it (core.ts); the panel does the same.
  profile.renameError?.(error);
  return `The client throws ${error.name}: ${error.message}`;
}
