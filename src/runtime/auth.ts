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

const MODES = ['apiKey', 'clientSessionToken', 'personalAccessToken', 'consoleSessionToken'] as const;
const NEEDS_WORKSPACE = new Set<string>(['personalAccessToken', 'consoleSessionToken']);

export interface ResolvedAuth {
  headers: Record<string, string>;
  /** Values that must never appear in an error or log. */
  secrets: string[];
}

export function resolveAuth(options: AuthOptions, env: Record<string, string | undefined>): ResolvedAuth {
  const given = MODES.filter((mode) => options[mode] !== undefined);
  if (given.length === 0 && options.workspaceId === undefined && env.SEAM_API_KEY) {
    return resolveAuth({ apiKey: env.SEAM_API_KEY }, {});
  }
  if (given.length === 0) {
    throw new SeamOptionsError(
      'No credentials: pass one of apiKey, clientSessionToken, personalAccessToken or consoleSessionToken ' +
        '(the last two with workspaceId), or set SEAM_API_KEY.',
    );
  }
  if (given.length > 1) {
    throw new SeamOptionsError(`Pass only one auth mode, not ${given.join(' and ')}.`);
  }
  const mode = given[0]!;
  const token = options[mode];
  // Never quoted: a token read with its line ending would otherwise end up in the message.
  for (const [name, value] of [[mode, token], ['workspaceId', options.workspaceId ?? '-']]) {
    if (typeof value !== 'string' || value.trim() === '' || /[\0-\x1f\x7f]/.test(value)) {
      throw new SeamOptionsError(`${name} must be a non-empty string without newlines or other control characters.`);
    }
  }
  const headers: Record<string, string> = { authorization: `Bearer ${token as string}` };
  if (NEEDS_WORKSPACE.has(mode)) {
    if (!options.workspaceId) {
      throw new SeamOptionsError(`${mode} needs workspaceId, the ID of the workspace to act in.`);
    }
    headers['seam-workspace'] = options.workspaceId;
  } else if (options.workspaceId !== undefined) {
    throw new SeamOptionsError(
      `workspaceId goes only with personalAccessToken or consoleSessionToken; an ${mode} already names its workspace.`,
    );
  }
  return { headers, secrets: [token as string] };
}
