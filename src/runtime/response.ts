// A copy of an answer with another body (read with a cap, or redacted), for middleware to hand on.

// Statuses whose Response may not carry a body.
const NULL_BODY = [101, 204, 205, 304];

/**
 * `response` with `body` (and `headers`) in place of its own. The Response constructor takes
 * statuses 200 to 599 only, and a server may send anything from 100 to 999: the copy is made within
 * that range and then keeps the answer's own status, `ok` and URL, so that a status of 600 or more
 * becomes the SeamApiError (or openapi-fetch value) of that status, not a RangeError.
 */
export function withBody(response: Response, body: BodyInit | null, headers: HeadersInit = response.headers): Response {
  const { status, statusText, ok, url } = response;
  const copy = new Response(NULL_BODY.includes(status) ? null : body, {
    status: Math.max(200, Math.min(599, status)),
    statusText,
    headers,
  });
  return Object.defineProperties(copy, { status: { value: status }, ok: { value: ok }, url: { value: url } });
}
