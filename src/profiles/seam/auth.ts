// Seam's auth modes: the options SeamClient, createSeamCore() and seam-connect-client/fetch take
// for credentials, and how each is sent (seamProfile.auth; resolveAuth in src/runtime/auth.ts
// sends them).
import { CALL_OPTIONS, type NoneUnlisted } from '../../runtime/option-names.js';
import type { AuthProfile } from '../../runtime/profile.js';

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

/** Every auth option's name: the modes' own list, not a copy of it. */
export const AUTH_OPTIONS = [...MODES, 'workspaceId'] as const;

/** Every option SeamClient takes; the client's own type is held to it (src/client.ts). */
export const CLIENT_OPTIONS = [...AUTH_OPTIONS, ...CALL_OPTIONS, 'logLevel', 'logger'] as const;

// Compiles only while AUTH_OPTIONS names every key of AuthOptions (one left out would be refused).
export type AuthListed = NoneUnlisted<Exclude<keyof AuthOptions, (typeof AUTH_OPTIONS)[number]>>;

export const seamAuth: AuthProfile = {
  modes: MODES,
  onBehalfFrom: 2,
  workspaceHeader: 'seam-workspace',
  tokenEnv: 'SEAM_API_KEY',
  // `authorization` (every http scheme of Seam's spec) and the header of each `apiKey` scheme but
  // `seam-workspace`, which names a workspace and grants nothing alone.
  // test/runtime/auth-headers.test.ts holds this list to the securitySchemes of spec/openapi.yaml
  // and of Seam's published spec.
  credentialHeaders: ['authorization', 'client-session-token', 'seam-client-session-token', 'seam-publishable-key'],
};
