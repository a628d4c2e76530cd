// Auth modes, and the headers each sends (spec: components.securitySchemes).
import { SeamOptionsError } from './errors.js';

export interface AuthOptions {
  apiKey?: string;
  clientSessionToken?: string;
  personalAccessToken?: string;
  consoleSessionToken?: string;
  /** Required with personalAccessToken and consoleSessionToken; sent as `seam-workspace`. */
  workspaceId?: string;
}

// The last two act on behalf of a user, in the workspace named by workspaceId.
export const MODES = ['apiKey', 'clientSessionToken', 'personalAccessToken', 'consoleSessionToken'] as const;

export interface ResolvedAuth {
  headers: Record<string, string>;
  /** Values that must never appear in an error or log. */
  secrets: string[];
}

export function resolveAuth(options: AuthOptions, env: Record<string, string | undefined>): ResolvedAuth {
  const given = MODES.filter((mode) => options[mode] !== undefined);
  const { workspaceId } = options;
  if (!given[0] && workspaceId === undefined && env.SEAM_API_KEY) return resolveAuth({ apiKey: env.SEAM_API_KEY }, {});
  if (given.length !== 1) {
    throw new SeamOptionsError(
      given[0]
        ? `Pass only one auth mode, not ${given.join(' and ')}.`
        : `No credentials: pass one of ${MODES.join(', ')} (the last two with workspaceId), or set SEAM_API_KEY.`,
    );
  }
  const mode = given[0]!;
  const token = options[mode];
  // Never quoted: a token read with its line ending would otherwise end up in the message. No
  // credential or workspace ID is shorter than 8 characters; a shorter one could not be redacted
  // without mangling messages (see redact()).
  for (const [name, value] of [[mode, token], ['workspaceId', workspaceId ?? token]]) {
    // eslint-disable-next-line no-control-regex -- a token must hold no control character
    if (typeof value !== 'string' || value.trim().length < 8 || /[\0-\x1f\x7f]/.test(value)) {
      throw new SeamOptionsError(`${name} must be a string of 8 or more characters, without newlines or other control characters.`);
    }
  }
  const onBehalf = MODES.indexOf(mode) > 1;
  if (onBehalf !== (workspaceId !== undefined)) {
    throw new SeamOptionsError(
      onBehalf
        ? `${mode} needs workspaceId, the ID of the workspace to act in.`
        : `workspaceId goes only with ${MODES[2]} or ${MODES[3]}.`,
    );
  }
  return { headers: { authorization: `Bearer ${token as string}`, ...(onBehalf && { 'seam-workspace': workspaceId! }) }, secrets: [token as string] };
}

/**
 * The request headers that carry a credential, lower case: `authorization` (every http scheme of
 * Seam's spec) and the header of each `apiKey` scheme but `seam-workspace`, which names a
 * workspace and grants nothing alone. test/runtime/auth-headers.test.ts holds this list to the
 * securitySchemes of spec/openapi.yaml and of Seam's published spec. Every value sent in one of
 * them is kept as secret as the client's own token (redact.ts, `collectTokens`).
 */
export const AUTH_HEADERS = ['authorization', 'client-session-token', 'seam-client-session-token', 'seam-publishable-key'];
