// Stage two: the request proves who sent it in one of the ways the vendor's rules declare
// (rules.ts: AuthMode), unless its operation asks for no security at all. Otherwise: 401.
import { errorAnswer, type Answer } from '../answers.js';
import type { AuthMode } from '../rules.js';
import type { Routed } from './request.js';

/** The credentials the fake accepts, by the names the auth modes use. */
export type CredentialValues = Readonly<Record<string, string>>;

export function authorize(
  request: Routed,
  modes: readonly AuthMode[],
  credentials: CredentialValues,
): Answer | undefined {
  if (request.route.anonymous) return undefined;
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const accepted = modes.some((mode) => {
    // Own properties only: a mode naming `constructor` is no credential.
    const expected = Object.hasOwn(credentials, mode.bearer) ? credentials[mode.bearer] : undefined;
    if (token === undefined || token !== expected) return false;
    if (!mode.header) return true;
    const must = Object.hasOwn(credentials, mode.header.equals) ? credentials[mode.header.equals] : undefined;
    return must !== undefined && request.headers[mode.header.name.toLowerCase()] === must;
  });
  return accepted ? undefined : errorAnswer(401, 'unauthorized', 'Unauthorized');
}
