// A request body as the fake takes it: read with a cap, wherever it comes from (a Request's web
// stream in-process and under MSW, node:http's stream over HTTP), then bounded in depth before
// anything parses, validates or stores it. Every way into the fake reads bodies here, with the
// package's one capped reader (src/runtime/read-body.ts).
import { readCapped as readBody } from '../runtime/read-body.js';

/** The deepest a request body may nest: far past any real API body, far short of any stack. */
export const MAX_BODY_DEPTH = 100;

/** A request the fake refuses as the client's fault: answered 400 in the API's envelope, never a crash. */
export class BadRequest extends Error {
  override name = 'BadRequest';
}

/** node:http's request (an async iterable of chunks) as a web stream; cancelling it ends the request's stream. */
function webStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array<ArrayBuffer>> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      // node:http's chunks are Buffers, over an ArrayBuffer of their own (never a SharedArrayBuffer).
      else controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
    },
    cancel: async () => void (await chunks.return?.()),
  });
}

/**
 * A body as text, or undefined when it holds more than `limit` bytes (reading stops there and the
 * rest is dropped, so a 256 MiB body is never held). The package's one capped reader does the reading.
 */
export async function readCapped(
  source: ReadableStream<Uint8Array<ArrayBuffer>> | AsyncIterable<Uint8Array> | null | undefined,
  limit: number,
): Promise<string | undefined> {
  let over = false;
  const stream = source && !('getReader' in source) ? webStream(source) : source;
  const text = (await readBody(new Response(stream), limit, () => void (over = true))) as string;
  return over ? undefined : text;
}

/**
 * How deep JSON text nests, counted in one pass without parsing (a body of a million `[` would
 * overflow the parser's own stack), stopping as soon as it passes `bound`.
 */
export function jsonDepthOver(text: string, bound = MAX_BODY_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > bound) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

/** The refusal of a body nested past the bound. */
export const tooDeep = (): BadRequest =>
  new BadRequest(`The request body is nested deeper than ${MAX_BODY_DEPTH} levels`);

/** The answer to a body over the limit, as JSON text. */
export const tooLargeBody = (limit: number, requestId: string): string =>
  JSON.stringify({
    ok: false,
    error: {
      type: 'payload_too_large',
      message: `The request body is larger than ${limit} bytes`,
      request_id: requestId,
    },
  });
