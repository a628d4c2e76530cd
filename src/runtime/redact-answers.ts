// Redaction of the answers openapi-fetch hands back itself: those of `seam.api` and of
// `seam-connect-client/fetch`; and a 2xx that is not the JSON it is to be parsed as becomes
// SeamInvalidResponseError, so that every answer is a value or a SeamError. (A generated method's answer becomes a value or a typed error in
// read-answer.ts, which redacts its errors; its requests are left alone here.)
import type { Middleware } from 'openapi-fetch';
import { invalidResponse } from './api-errors.js';
import { contextOf } from './attempt-context.js';
import type { RuntimeProfile } from './profile.js';
import { SeamError } from './errors.js';
import { collectTokens, redact, redactText } from './redact.js';
import { withBody } from './response.js';

/**
 * Keeps every token the client sent out of what openapi-fetch hands back: an answer that echoes one
 * (in its body or a header such as the request id) is given with `[redacted]` in its place, and
 * so is a fetch failure that quotes one. Registered first, so that it sees the final answer last.
 * The request it is given is the one that went on the wire: its tokens are collected here too, for
 * a request sent with a `fetch` of the call's own, which connection.ts's does not see.
 */
export function redactAnswers(secrets: string[], profile: RuntimeProfile): Middleware {
  const holds = (text: string) => redactText(text, secrets) !== text;
  return {
    async onResponse({ request, response, options }) {
      if (contextOf(options)) return undefined;
      collectTokens(request.headers, secrets, profile);
      const body = await response.clone().text();
      // openapi-fetch would reject a 2xx it is to parse as JSON, and that is not, with a SyntaxError.
      if (response.ok && options.parseAs === 'json' && body) {
        try {
          JSON.parse(body);
        } catch {
          throw invalidResponse(
            { endpoint: options.baseUrl, secrets, profile },
            response,
            body,
            'the body is not valid JSON',
          );
        }
      }
      const headers = [...response.headers];
      if (!holds(body) && !headers.some(([, value]) => holds(value))) return undefined;
      const clean = (text: string) => redactText(text, secrets);
      return withBody(
        response,
        clean(body),
        headers.map(([name, value]): [string, string] => [name, clean(value)]),
      );
    },
    onError({ request, error }) {
      collectTokens(request.headers, secrets, profile);
      return error instanceof Error && !(error instanceof SeamError) && holds(`${error.message} ${error.stack}`)
        ? new SeamError(redact(error.message, secrets))
        : undefined;
    },
  };
}
