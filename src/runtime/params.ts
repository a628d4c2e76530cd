// Operations with path, query or header parameters. The generated client names `withParams` in the
// descriptors of such operations only, so a bundle whose operations take a plain JSON body leaves
// openapi-fetch's URL serializers out.
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import type { PreparedInput } from './operation.js';

/** The argument of a method whose operation has parameters. */
export interface ParamsInput {
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, string>;
  };
  body?: unknown;
}

// Marked pure so that bundlers drop it along with withParams when no operation uses it.
const querySerializer = /* @__PURE__ */ createQuerySerializer();

/** Fills in path parameters and appends the query string, the way openapi-fetch does. */
export function withParams(url: string, input: unknown): PreparedInput {
  const { params = {}, body } = (input ?? {}) as ParamsInput;
  return {
    url: createFinalURL(url, { baseUrl: '', params, querySerializer, pathSerializer: defaultPathSerializer }),
    headers: params.header,
    body,
  };
}
