// SeamClient: the generated namespaces, plus how a client is configured (auth modes, env vars,
// defaults). Behaviour lives in src/runtime/; the operations come from generated/client.ts.
import { ActionAttemptsGetOperation, GeneratedClient } from '../generated/client.js';
import { resolveAuth, type AuthOptions } from './runtime/auth.js';
import { checkCallOptions, ClientCore, type Transport } from './runtime/core.js';
import { SeamOptionsError } from './runtime/errors.js';
import { loggingFrom, type Logger, type LogLevel } from './runtime/logging.js';
import { checkMiddleware, middlewareTransport, type Middleware } from './runtime/middleware.js';
import type { CallOptions } from './runtime/operation.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export const DEFAULT_ENDPOINT = 'https://connect.getseam.com';

/** Client options; `endpoint` defaults to SEAM_ENDPOINT, then https://connect.getseam.com. */
export interface SeamClientOptions extends AuthOptions, CallOptions {
  /** Log each attempt (`info`), failures only (`warn`, `error`), or bodies too (`debug`, redacted). Default: SEAM_LOG, else `off`. */
  logLevel?: LogLevel;
  /** Where log lines go. Default: `console`. */
  logger?: Logger;
}

type FactoryOptions = Omit<SeamClientOptions, keyof AuthOptions>;

const env = (): Record<string, string | undefined> => (typeof process === 'undefined' ? {} : process.env);

/**
 * The configured core every call goes through (auth, endpoint, defaults), without the namespaces:
 * for the standalone operation functions, which keep a bundle to the operations it calls:
 * `accessCodesUpdate(createSeamCore({ apiKey }), { access_code_id })`.
 */
export function createSeamCore(options: Omit<SeamClientOptions, 'middleware' | 'logLevel' | 'logger'> = {}): ClientCore {
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

function coreOf(options: SeamClientOptions, transport?: Transport): { core: ClientCore; endpoint: string; secrets: string[] } {
  const { endpoint, headers, secrets } = resolveConnection(options);
  // A core without SeamClient's transport runs neither: refused, rather than ignored.
  if (!transport && (options.middleware || options.logLevel)) throw new SeamOptionsError('middleware and logLevel need a SeamClient: createSeamCore() runs no middleware.');
  // Options left undefined take the core's DEFAULTS. SeamClient's middleware is in its transport.
  const core = new ClientCore({ ...options, endpoint, headers, secrets, actionAttemptPoll: ActionAttemptsGetOperation, transport, ...(transport && { middleware: undefined }) });
  return { core, endpoint, secrets };
}

export class SeamClient extends GeneratedClient {
  /** The base URL this client sends to. */
  readonly endpoint: string;
  /** What use() and eject() change; the transport reads it at every attempt. */
  readonly #middleware: Middleware[];

  /** With no options, reads SEAM_API_KEY, SEAM_ENDPOINT and SEAM_LOG from the environment. */
  constructor(options: SeamClientOptions = {}) {
    const middleware: Middleware[] = [];
    const { core, endpoint, secrets } = coreOf(options, middlewareTransport(middleware));
    super(core);
    this.endpoint = endpoint;
    this.#middleware = middleware;
    // Logging first, so that it sees what goes on the wire; then the client's own.
    this.use(...loggingFrom(options, env(), secrets), ...(options.middleware ?? []));
  }

  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) for every later call, as openapi-fetch's `client.use()`. */
  use(...middleware: Middleware[]): this {
    const added = middleware.filter(Boolean);
    checkMiddleware(added);
    this.#middleware.push(...added);
    return this;
  }

  /** Removes middleware that use() added, as openapi-fetch's `client.eject()`. */
  eject(...middleware: Middleware[]): this {
    for (const m of middleware) if (this.#middleware.includes(m)) this.#middleware.splice(this.#middleware.indexOf(m), 1);
    return this;
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
