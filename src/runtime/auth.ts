// Auth modes, and the headers each sends (spec: components.securitySchemes). Which modes there are,
// which act in a workspace and the header that names it are the profile's (profile.ts): Seam's in
// src/profiles/seam/auth.ts.
import { SeamOptionsError } from './errors.js';
import type { AuthProfile } from './profile.js';

export interface ResolvedAuth {
  headers: Record<string, string>;
  /** Values that must never appear in an error or log. */
  secrets: string[];
}

/** The one mode given in `options` (or the token of `auth.tokenEnv`), checked, as headers; `workspaceId` goes with the on-behalf modes. */
export function resolveAuth(
  options: { workspaceId?: string },
  env: Record<string, string | undefined>,
  auth: AuthProfile,
): ResolvedAuth {
  const { modes } = auth;
  const onBehalfModes = modes.slice(auth.onBehalfFrom);
  const given = options as Record<string, unknown>;
  const named = modes.filter((mode) => given[mode] !== undefined);
  const { workspaceId } = options;
  const fromEnv = env[auth.tokenEnv];
  if (!named[0] && workspaceId === undefined && fromEnv) return resolveAuth({ [modes[0]!]: fromEnv }, {}, auth);
  if (named.length !== 1) {
    throw new SeamOptionsError(
      named[0]
        ? `Pass only one auth mode, not ${named.join(' and ')}.`
        : `No credentials: pass one of ${modes.join(', ')}${onBehalfModes[0] ? ` (${onBehalfModes.join(' and ')} with workspaceId)` : ''}, or set ${auth.tokenEnv}.`,
    );
  }
  const mode = named[0]!;
  const token = given[mode];
  // Never quoted: a token read with its line ending would otherwise end up in the message. No
  // credential or workspace ID is shorter than 8 characters; a shorter one could not be redacted
  // without mangling messages (see redact()).
  for (const [name, value] of [
    [mode, token],
    ['workspaceId', workspaceId ?? token],
  ]) {
    // eslint-disable-next-line no-control-regex -- a token must hold no control character
    if (typeof value !== 'string' || value.trim().length < 8 || /[\0-\x1f\x7f]/.test(value)) {
      throw new SeamOptionsError(
        `${name} must be a string of 8 or more characters, without newlines or other control characters.`,
      );
    }
  }
  const onBehalf = onBehalfModes.includes(mode);
  if (onBehalf !== (workspaceId !== undefined)) {
    throw new SeamOptionsError(
      onBehalf
        ? `${mode} needs workspaceId, the ID of the workspace to act in.`
        : `workspaceId goes only with ${onBehalfModes.join(' or ')}.`,
    );
  }
  return {
    headers: { authorization: `Bearer ${token as string}`, ...(onBehalf && { [auth.workspaceHeader]: workspaceId! }) },
    secrets: [token as string],
  };
}
