// SeamClient: the generated namespaces, plus how a client is configured (auth modes, env vars,
// defaults). Behaviour lives in src/runtime/; the operations come from generated/client.ts.
import { ActionAttemptsGetOperation, GeneratedClient } from '../generated/client.js';
import { resolveAuth, type AuthOptions } from './runtime/auth.js';
import { checkCallOptions, ClientCore } from './runtime/core.js';
import type { CallOptions } from './runtime/operation.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export const DEFAULT_ENDPOINT = 'https://connect.getseam.com';

/** Client options; `endpoint` defaults to SEAM_ENDPOINT, then https://connect.getseam.com. */
export interface SeamClientOptions extends AuthOptions, CallOptions {}

type FactoryOptions = Omit<SeamClientOptions, keyof AuthOptions>;

const env = (): Record<string, string | undefined> => (typeof process === 'undefined' ? {} : process.env);

/**
 * The configured core every call goes through (auth, endpoint, defaults), without the namespaces:
 * for the standalone operation functions, which keep a bundle to the operations it calls:
 * `accessCodesUpdate(createSeamCore({ apiKey }), { access_code_id })`.
 */
export function createSeamCore(options: SeamClientOptions = {}): ClientCore {
  return coreOf(options).core;
}

/** What every way of calling the API shares: the endpoint, and the auth and SDK headers. */
export function resolveConnection(options: SeamClientOptions): { endpoint: string; headers: Record<string, string>; secrets: string[] } {
  checkCallOptions(options);
  const vars = env();
  const auth = resolveAuth(options, vars);
  return {
    endpoint: options.endpoint ?? vars.SEAM_ENDPOINT ?? DEFAULT_ENDPOINT,
    headers: { ...options.headers, ...auth.headers, 'seam-sdk-name': SDK_NAME, 'seam-sdk-version': SDK_VERSION },
    secrets: auth.secrets,
  };
}

function coreOf(options: SeamClientOptions): { core: ClientCore; endpoint: string } {
  const { endpoint, headers, secrets } = resolveConnection(options);
  // Options left undefined take the core's DEFAULTS.
  const core = new ClientCore({ ...options, endpoint, headers, secrets, actionAttemptPoll: ActionAttemptsGetOperation });
  return { core, endpoint };
}

export class SeamClient extends GeneratedClient {
  /** The base URL this client sends to. */
  readonly endpoint: string;

  /** With no options, reads SEAM_API_KEY and SEAM_ENDPOINT from the environment. */
  constructor(options: SeamClientOptions = {}) {
    const { core, endpoint } = coreOf(options);
    super(core);
    this.endpoint = endpoint;
  }

  static fromApiKey(apiKey: string, options: FactoryOptions = {}): SeamClient {
    return new SeamClient({ ...options, apiKey });
  }

  static fromClientSessionToken(clientSessionToken: string, options: FactoryOptions = {}): SeamClient {
    return new SeamClient({ ...options, clientSessionToken });
  }

  static fromPersonalAccessToken(personalAccessToken: string, workspaceId: string, options: FactoryOptions = {}): SeamClient {
    return new SeamClient({ ...options, personalAccessToken, workspaceId });
  }

  static fromConsoleSessionToken(consoleSessionToken: string, workspaceId: string, options: FactoryOptions = {}): SeamClient {
    return new SeamClient({ ...options, consoleSessionToken, workspaceId });
  }
}
