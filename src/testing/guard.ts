// The one guard around every request the fake serves (in-process, over HTTP, under MSW): whatever
// throws inside it becomes a well-formed answer in the API's error envelope, so a test sees a
// status and a message, never a dropped connection or a crashed server. The client's own
// leaving (its abort) is the one thing passed on: there is no one left to answer.
import { BadRequest } from './body.js';
import { randomUUID } from './uuid.js';
import type { Outcome } from './fake-types.js';

/** An outcome that answers. */
export type Answered = Exclude<Outcome, { drop: true }>;

/** The API's error envelope, as an outcome, its request id in `idHeader` (the vendor's rules name it). */
export function errorOutcome(
  idHeader: string,
  status: number,
  type: string,
  message: string,
  extra: Record<string, unknown> = {},
): Answered {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'content-type': 'application/json', [idHeader]: requestId },
    body: JSON.stringify({ ok: false, error: { type, message, ...extra, request_id: requestId } }),
  };
}

/** What a throw becomes: the client's fault is a 400, anything else the fake's own 500, naming the error. */
export function outcomeOfThrow(err: unknown, idHeader: string): Answered {
  if (err instanceof BadRequest)
    return errorOutcome(idHeader, 400, 'invalid_input', err.message, { validation_errors: { _errors: [err.message] } });
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return errorOutcome(
    idHeader,
    500,
    'internal_server_error',
    `The fake could not answer this request (${what.slice(0, 300)})`,
  );
}

/** Runs `serve`, turning any throw into an answer, unless the request was aborted by its sender. */
export async function guarded(
  signal: AbortSignal | null | undefined,
  idHeader: string,
  serve: () => Promise<Outcome>,
): Promise<Outcome> {
  try {
    return await serve();
  } catch (err) {
    if (signal?.aborted) throw err;
    return outcomeOfThrow(err, idHeader);
  }
}
