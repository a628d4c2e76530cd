// What a call can throw besides the class of a documented error answer (api-errors.ts), and when:
// the one list the reference docs (Markdown pages, the HTML docs, each method's JSDoc @throws) are
// written from, so that a class added here is documented on every method. Nothing the client runs
// imports it, so it costs a consumer's bundle nothing.
import {
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  SeamApiError,
  SeamConnectionError,
  SeamEndpointError,
  SeamInvalidResponseError,
  SeamOptionsError,
  SeamTimeoutError,
  type SeamError,
} from './errors.js';
import { WaitDefault } from './action-attempts.js';
import { DEFAULTS } from './options.js';

export interface ThrownError {
  /** The class; only its name is read. */
  error: abstract new (...args: never[]) => SeamError;
  /** When, as Markdown. */
  when: string;
  /** Thrown only by a method that waits for an action attempt. */
  waiting?: true;
  /** Tried again first (up to `maxRetries`), when the operation is idempotent. */
  retried?: true;
}

/** In the order a reader meets them: the answer, then the connection, then the wait, then the call itself. */
export const THROWN_ERRORS: readonly ThrownError[] = [
  {
    error: SeamApiError,
    when: "Any other error answer: `status` and `code` (the API's `error.type`, or `http_<status>`) say which; 502, 503 and 504 among them.",
    retried: true,
  },
  {
    error: SeamEndpointError,
    when: "A 404 that is not the API's answer about a resource (`endpoint_not_found`, or a page that is not the API's error body, such as a proxy's): check the client's `endpoint`.",
  },
  {
    error: SeamInvalidResponseError,
    when: `A 2xx answer that is not what the spec promises: not JSON, the wrong shape, or longer than \`maxResponseBytes\` (${DEFAULTS.maxResponseBytes} by default).`,
  },
  { error: SeamTimeoutError, when: `One request took longer than \`timeout\` (${DEFAULTS.timeout} ms by default).` },
  {
    error: SeamConnectionError,
    when: 'The connection failed or dropped before a whole answer arrived (DNS, refused, reset).',
    retried: true,
  },
  {
    error: SeamActionAttemptFailedError,
    when: 'The action attempt finished with `status: error`; `errorType` and `actionAttempt.error` say why.',
    waiting: true,
  },
  {
    error: SeamActionAttemptTimeoutError,
    when: `The action attempt was still pending when \`waitForActionAttempt.timeout\` ran out (${WaitDefault.timeout} ms by default); \`actionAttemptId\` names it, to look it up later.`,
    waiting: true,
  },
  {
    error: SeamOptionsError,
    when: 'An option or an argument that cannot be used (an unknown auth mode, a bad `timeout`, a misspelt option name, a path value of `.` or `..`): thrown before anything is sent.',
  },
];
