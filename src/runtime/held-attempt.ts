// An action attempt that is not the value a method resolves to: Seam's access_codes/update answers
// `{ ok, action_attempt }` with no response key, and access_codes/create `{ access_code,
// action_attempt }`. Only the descriptors of such operations name `attemptIn`, so a bundle of
// operations that resolve to their attempt does not carry it.
import type { AttemptPlace } from './operation.js';
import { misfit } from './shape.js';

export type { AttemptPlace };

type Fields = Record<string, unknown> | null | undefined;

/** The attempt at the body's `key`. */
export const attemptIn = (key: string): AttemptPlace => ({
  attempt(body, fail) {
    const found = (body as Fields)?.[key];
    return misfit(found, { action_attempt_id: 'string', status: 'string' })
      ? fail(`"${key}" is not an action attempt`)
      : found;
  },
  value(body, finished, { responseKey, shape }, fail) {
    if (!responseKey) return finished;
    const result = (finished as { result?: Fields }).result;
    const resource =
      (typeof result === 'object' ? result?.[responseKey] : undefined) ?? (body as Fields)?.[responseKey];
    const why = resource === undefined ? `no "${responseKey}"` : shape && misfit(resource, shape);
    return why ? fail(why) : resource;
  },
});
