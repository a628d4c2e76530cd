// Scripted misbehaviour: the next request that matches a fault is answered by it (a status, a
// delay, a dropped connection, a body cut short) instead of, or on top of, the pipeline's answer.
import { documentedError } from './fault-errors.js';
import type { Route } from './routes.js';
import type { OperationName } from './spec.js';

/**
 * One scripted misbehaviour, for the next request that matches `operation` or `path` (any request
 * when neither is set), `times` times (default once).
 */
export interface Fault {
  operation?: OperationName;
  path?: string;
  times?: number;
  /** Answer with this status instead of running the endpoint. */
  status?: number;
  headers?: Record<string, string>;
  /** Raw body for `status` (default: a JSON error envelope in the API's shape). */
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
  /** Send the real answer, cut short: `invalid-json` ends it cleanly, `dropped` drops the connection mid-body. */
  truncate?: 'invalid-json' | 'dropped';
}

/** The first fault that matches the request, used once (it is removed when its `times` are spent). */
export function takeFault(
  faults: Fault[],
  request: { path: string; operation: string | undefined },
): Fault | undefined {
  const index = faults.findIndex(
    (f) =>
      (!f.path && !f.operation) ||
      f.path === request.path ||
      (f.operation !== undefined && f.operation === request.operation),
  );
  if (index < 0) return undefined;
  const fault = faults[index]!;
  if ((fault.times ?? 1) <= 1) faults.splice(index, 1);
  else fault.times = (fault.times ?? 1) - 1;
  return fault;
}

/** A fault's own answer: its body, else the error the spec documents for its status, so that the client's class follows from it. */
export function faultAnswer(
  fault: Fault & { status: number },
  spec: unknown,
  routes: readonly Route[],
  route: Route | undefined,
  requestId: string,
) {
  const documented = fault.body === undefined ? documentedError(spec, routes, route, fault.status) : undefined;
  const body = fault.body ?? JSON.stringify({ ok: false, error: { ...documented, request_id: requestId } });
  return { body, contentType: fault.body === undefined ? 'application/json' : 'text/plain' };
}

export const sleep = (ms: number, signal?: AbortSignal | null): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
