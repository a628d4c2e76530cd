// What the runtime calls of an openapi-fetch client: `request()` and the middleware list.
import type { Middleware } from 'openapi-fetch';

/** What openapi-fetch's `request()` resolves to: the answer, and its body as `data` (2xx) or `error`. */
export interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * An openapi-fetch client, written out rather than as openapi-fetch's `Client<any>`, whose generic
 * types a consumer's type-checker would otherwise work through for every generated client (the
 * runtime needs none of them).
 */
export interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<ApiResult>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}
