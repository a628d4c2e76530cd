// The one value each request becomes, made once, whichever way it came in (in-process, under MSW,
// over HTTP): what the stages (route, authorize, validate, answer), the record and the faults read.
import { jsonDepthOver } from '../body.js';
import type { Route } from '../routes.js';

/** A request as it reaches the fake, its body already read (undefined: over the cap). */
export interface Incoming {
  method: string;
  url: string;
  headers: Headers;
  text: string | undefined;
  signal?: AbortSignal | null;
  /** The path prefix to take off, instead of the fake's own. */
  basePath?: string;
}

export interface RequestValue {
  method: string;
  /** The whole URL, as the client called it (a paged list's next_page_url is made from it). */
  url: string;
  /** The path under the endpoint's prefix. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  contentType: string;
  /** The body's text ('' when none); undefined when it was over the cap and not read on. */
  text: string | undefined;
  /** The body as recorded: parsed JSON, else the text. */
  body: unknown;
  /** The body nests deeper than MAX_BODY_DEPTH (counted on the text, before anything parses it). */
  tooDeep: boolean;
  signal?: AbortSignal | null;
}

/** A request the route stage found an operation for. */
export interface Routed extends RequestValue {
  route: Route;
  params: Record<string, string>;
}

/** The path of an endpoint, without its trailing slash: the prefix the fake takes off (`/v1`). */
export const basePathOf = (endpoint: string): string =>
  /^https?:\/\//i.test(endpoint) ? new URL(endpoint).pathname.replace(/\/+$/, '') : '';

export function requestValue({ method, url: href, headers, text, signal, basePath = '' }: Incoming): RequestValue {
  const url = new URL(href);
  const path = basePath && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
  const raw = text ?? '';
  const tooDeep = jsonDepthOver(raw);
  let body: unknown = raw === '' ? undefined : raw;
  try {
    if (raw && !tooDeep) body = JSON.parse(raw);
  } catch {
    // recorded as text
  }
  const query = Object.fromEntries(url.searchParams);
  return {
    method,
    url: href,
    path,
    query,
    headers: Object.fromEntries(headers),
    contentType: headers.get('content-type') ?? '',
    text,
    body,
    tooDeep,
    signal,
  };
}
