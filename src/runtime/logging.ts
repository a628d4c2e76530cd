// Debug logging (`logLevel`, or the profile's variable in the environment: SEAM_LOG for Seam's), as
// Stainless and Speakeasy SDKs have it: one line per attempt, retries and polls included, with the
// method, URL, status, duration, attempt and request id, led by the profile's prefix. It is
// middleware, first in line, so it sees what goes on the wire. No token is ever logged; bodies only
// at `debug`, and redacted.
import { SeamOptionsError } from './errors.js';
import { contextOf } from './attempt-context.js';
import type { Middleware } from './middleware.js';
import type { LogNames, RuntimeProfile } from './profile.js';
import { readCapped } from './read-body.js';
import { redactText } from './redact.js';

export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where log lines go: `console` by default. */
export type Logger = Pick<Console, 'error' | 'warn' | 'info' | 'debug'>;

/** The most of a body a debug line shows. */
const BODY_CHARS = 2000;

export function loggingMiddleware(
  level: LogLevel,
  secrets: readonly string[],
  logger: Logger,
  requestIdHeader: string,
  prefix: string,
): Middleware {
  const rank = LOG_LEVELS.indexOf(level);
  const log = (at: Exclude<LogLevel, 'off'>, line: string) => {
    if (LOG_LEVELS.indexOf(at) <= rank) logger[at](redactText(`${prefix}: ${line}`, secrets));
  };
  // A token that straddles the cut must be whole when redaction runs: read past the cut by the
  // longest a token can be, escaped (six characters each), redact, then cut. Read per line, since
  // `secrets` grows with each token a request sends (collected where it goes on the wire).
  const margin = () => 6 * Math.max(0, ...secrets.map((s) => s.length));
  // Read from a copy, and only as far as a line shows: a huge body is not read twice. Logging must
  // never change a call: a body that cannot be read (a stalled or aborted stream, a fetch whose
  // bodies are not web streams) is logged as such, not thrown.
  const body = async (message: Request | Response) => {
    try {
      const copy = message.clone();
      if (copy.body && !copy.body.getReader) return '[body not shown]';
      // A character is at most four bytes in UTF-8: this many bytes hold at least as many characters as a line shows.
      const text = (await readCapped(copy, 4 * (BODY_CHARS + margin()), () => {})) as string;
      return redactText(text, secrets).slice(0, BODY_CHARS);
    } catch {
      return '[body not readable]';
    }
  };
  // Keyed by the attempt's options object, which is its own for each attempt: nothing outlives it,
  // even when later middleware answers early and onResponse never comes.
  const started = new WeakMap<object, number>();
  const describe = ({ request, options }: { request: Request; options: { fetch: unknown } }) =>
    `${request.method} ${request.url} in ${Math.round(performance.now() - (started.get(options) ?? performance.now()))} ms (attempt ${contextOf(options)?.number ?? 1}`;
  return {
    async onRequest({ request, options }) {
      started.set(options, performance.now());
      if (rank >= 4) log('debug', `${request.method} ${request.url} sending ${await body(request)}`);
    },
    async onResponse(context) {
      const { request, response } = context;
      const requestId = response.headers.get(requestIdHeader);
      log(
        response.ok ? 'info' : 'warn',
        `${describe(context)}${requestId ? `, request ${requestId}` : ''}): ${response.status}`,
      );
      if (rank >= 4) log('debug', `${request.method} ${request.url} answered ${await body(response)}`);
    },
    onError(context) {
      const { error } = context;
      log(
        'error',
        `${describe(context)}): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    },
  };
}

/**
 * The logging middleware that `logLevel` (or else the variable `names.env`, such as SEAM_LOG) asks
 * for, or none. A `logLevel` that is not a level is SeamOptionsError; a variable that is not is
 * reported through the logger, as Stainless SDKs do, since a typo in the environment should not
 * stop a service.
 */
export function loggingFrom(
  options: { logLevel?: LogLevel; logger?: Logger },
  env: Record<string, string | undefined>,
  secrets: readonly string[],
  profile: RuntimeProfile,
  { env: variable, prefix }: LogNames,
): Middleware[] {
  const { logLevel, logger = console } = options;
  const levels = LOG_LEVELS.join(', ');
  if (logLevel !== undefined && !LOG_LEVELS.includes(logLevel))
    throw new SeamOptionsError(`logLevel must be one of ${levels}.`);
  const level = logLevel ?? env[variable]?.toLowerCase();
  if (!level || level === 'off') return [];
  if (!LOG_LEVELS.includes(level as LogLevel)) {
    logger.warn(`${prefix}: ${variable} must be one of ${levels}; logging stays off.`);
    return [];
  }
  return [loggingMiddleware(level as LogLevel, secrets, logger, profile.requestIdHeader, prefix)];
}
