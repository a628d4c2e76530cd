// SeamClient: the generated namespaces over one openapi-fetch client, plus how a client is
// configured (auth modes, env vars, defaults, middleware, logging). Behaviour lives in
// src/runtime/; the operations come from generated/client.ts.
import type { Client } from 'openapi-fetch';
import { actionAttemptPoll, GeneratedClient } from '../generated/client.js';
import type { paths } from '../generated/schema.js';
import { createApi, env, profile, resolveConnection } from './connection.js';
import { seamLogNames } from './profiles/seam/runtime.js';
import { CLIENT_OPTIONS, type AuthOptions } from './profiles/seam/auth.js';
import type { AnyClient } from './runtime/api-client.js';
import { ClientCore, type CoreConfig } from './runtime/core.js';
import { SeamOptionsError } from './runtime/errors.js';
import { loggingFrom, type Logger, type LogLevel } from './runtime/logging.js';
import { checkMiddleware, withAttempt, type Middleware } from './runtime/middleware.js';
import { refuseUnknownOptions, type NoneUnlisted } from './runtime/option-names.js';
import type { CallOptions, WaitForActionAttemptOptions } from './runtime/options.js';
import { redactAnswers } from './runtime/redact-answers.js';

export { DEFAULT_ENDPOINT } from './connection.js';

/**
 * Client options; `endpoint` defaults to SEAM_ENDPOINT, then https://connect.getseam.com. `Wait` is
 * what `waitForActionAttempt` says by default (false, or true unless given as false), and so what
 * action-attempt methods resolve to: the finished attempt, or the attempt as answered.
 */
export interface SeamClientOptions<Wait extends boolean = boolean>
  extends AuthOptions, Omit<CallOptions, 'waitForActionAttempt'> {
  /** Wait for action attempts to finish before resolving (default true), with the wait's own options. */
  waitForActionAttempt?: Wait | WaitForActionAttemptOptions;
  /** Log each attempt (`info`), failures only (`warn`, `error`), or bodies too (`debug`, redacted). Default: SEAM_LOG, else `off`. */
  logLevel?: LogLevel;
  /** Where log lines go. Default: `console`. */
  logger?: Logger;
}

// Compiles only while CLIENT_OPTIONS names every option (one it left out would be refused).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a compile-time check, never used
type ClientOptionsListed = NoneUnlisted<Exclude<keyof SeamClientOptions, (typeof CLIENT_OPTIONS)[number]>>;

type FactoryOptions<Wait extends boolean> = Omit<SeamClientOptions<Wait>, keyof AuthOptions>;

/** A call's middleware, checked, and with `attempt` in each hook's context. */
function callMiddleware(list: Middleware[]): Middleware[] {
  checkMiddleware(list);
  return list.map(withAttempt);
}

/** The core every call of a client goes through, over its openapi-fetch client. */
function coreOf<Wait extends boolean>(
  options: SeamClientOptions<Wait>,
  extra: Pick<CoreConfig, 'callMiddleware'> = {},
) {
  const connection = resolveConnection(options);
  const api = createApi(connection, options.fetch);
  // Options left undefined take the core's DEFAULTS; the client's headers are openapi-fetch's base
  // headers. The core's middleware goes first on `api`: before any other is added.
  const core = new ClientCore<Wait>({
    ...options,
    headers: undefined,
    middleware: undefined,
    // The typed client, seen by the runtime as the few methods it calls.
    api: api as unknown as AnyClient,
    endpoint: connection.endpoint,
    secrets: connection.secrets,
    profile,
    actionAttemptPoll,
    ...extra,
  });
  return { core, api, connection };
}

/** createSeamCore()'s options: SeamClient's, without middleware and logging. */
export type SeamCoreOptions<Wait extends boolean = boolean> = Omit<
  SeamClientOptions<Wait>,
  'middleware' | 'logLevel' | 'logger'
>;

/**
 * The configured core every call goes through (auth, endpoint, defaults), without the namespaces,
 * middleware or logging: for the standalone operation functions, which keep a bundle to the
 * operations it calls: `accessCodesUpdate(createSeamCore({ apiKey }), { access_code_id })`.
 * Without `waitForActionAttempt: false` it waits, and its type says so (`ClientCore<true>`, also
 * as `ReturnType<typeof createSeamCore>`, which reads the last signature).
 */
export function createSeamCore(options: SeamCoreOptions & { waitForActionAttempt: false }): ClientCore<false>;
export function createSeamCore(options: SeamCoreOptions & { waitForActionAttempt: boolean }): ClientCore<boolean>;
export function createSeamCore(options?: SeamCoreOptions<true>): ClientCore<true>;
export function createSeamCore(options: SeamCoreOptions = {}): ClientCore<boolean> {
  // Refused rather than ignored: a core runs no middleware and logs nothing.
  const given = options as SeamClientOptions;
  if (given.middleware || given.logLevel || given.logger)
    throw new SeamOptionsError(
      'middleware, logLevel and logger need a SeamClient: createSeamCore() runs no middleware.',
    );
  refuseUnknownOptions(options, CLIENT_OPTIONS, 'createSeamCore()');
  return coreOf(options).core;
}

export class SeamClient<Wait extends boolean = true> extends GeneratedClient<Wait> {
  /** The base URL this client sends to. */
  readonly endpoint: string;
  /**
   * The openapi-fetch client every method sends through, typed with every path of the spec: the
   * escape hatch for paths the methods do not wrap (`seam.api.POST('/…', { body })`). Middleware
   * registered with its own `use()` sees every method's requests too.
   */
  readonly api: Client<paths>;

  /** With no options, reads SEAM_API_KEY, SEAM_ENDPOINT and SEAM_LOG from the environment. */
  constructor(options: SeamClientOptions<Wait> = {}) {
    // Before anything reads them: `{ timout: 5 }` is refused, not ignored.
    if (typeof options === 'object' && options !== null) refuseUnknownOptions(options, CLIENT_OPTIONS, 'SeamClient');
    const { core, api, connection } = coreOf(options, { callMiddleware });
    super(core);
    this.endpoint = connection.endpoint;
    this.api = api;
    // Redaction of what `api` hands back first, so that it sees the final answer last; logging
    // next, so that it sees what goes on the wire; then the client's own.
    api.use(
      redactAnswers(connection.secrets, profile),
      ...loggingFrom(options, env(), connection.secrets, profile, seamLogNames),
    );
    this.use(...(options.middleware ?? []));
  }

  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) for every later call, as openapi-fetch's `client.use()`; its context also says which `attempt` of the call a request is. */
  use(...middleware: Middleware[]): this {
    const added = middleware.filter(Boolean);
    checkMiddleware(added);
    this.api.use(...added.map(withAttempt));
    return this;
  }

  /** Removes middleware that use() added, as openapi-fetch's `client.eject()`. */
  eject(...middleware: Middleware[]): this {
    this.api.eject(...middleware.filter(Boolean).map(withAttempt));
    return this;
  }

  static fromApiKey<Wait extends boolean = true>(apiKey: string, options: FactoryOptions<Wait> = {}): SeamClient<Wait> {
    return new SeamClient<Wait>({ ...options, apiKey });
  }

  static fromClientSessionToken<Wait extends boolean = true>(
    clientSessionToken: string,
    options: FactoryOptions<Wait> = {},
  ): SeamClient<Wait> {
    return new SeamClient<Wait>({ ...options, clientSessionToken });
  }

  static fromPersonalAccessToken<Wait extends boolean = true>(
    personalAccessToken: string,
    workspaceId: string,
    options: FactoryOptions<Wait> = {},
  ): SeamClient<Wait> {
    return new SeamClient<Wait>({ ...options, personalAccessToken, workspaceId });
  }

  static fromConsoleSessionToken<Wait extends boolean = true>(
    consoleSessionToken: string,
    workspaceId: string,
    options: FactoryOptions<Wait> = {},
  ): SeamClient<Wait> {
    return new SeamClient<Wait>({ ...options, consoleSessionToken, workspaceId });
  }
}
