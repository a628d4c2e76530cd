// The one capped body reader of the package: counted in chunks as they arrive (after
// decompression), so a huge body or a gzip bomb stops at the cap instead of filling memory. The
// client reads answers with it (openapi-fetch reads bodies whole: send-request.ts asks it for the
// stream of a success answer, and read-answer.ts reads it here), debug logging the head of a body,
// and the testing kit the requests it serves, in-process, under MSW and over HTTP.

/**
 * The body as text (or a Blob, when `binary`). Once more than `cap` bytes have arrived, reading
 * stops and the rest is dropped: `over()` is called, and what it returns is thrown; when it returns
 * nothing, the body is what came so far (a debug line's head of a body).
 */
export async function readCapped(
  message: Body,
  cap: number,
  over: () => Error | void,
  binary = false,
): Promise<string | Blob> {
  // A fetch whose bodies are not web streams (node-fetch 2's are Node streams) is read its own way, uncapped.
  if (message.body && !message.body.getReader) return binary ? message.blob() : message.text();
  const reader = message.body?.getReader();
  const decoder = new TextDecoder();
  const chunks: BlobPart[] = [];
  let size = 0;
  let text = '';
  for (let read; reader && !(read = await reader.read()).done;) {
    if (binary) chunks.push(read.value);
    else text += decoder.decode(read.value, { stream: true });
    if ((size += read.value.length) > cap) {
      // Not read on: the rest is dropped (a gzip bomb stops inflating here).
      void reader.cancel().catch(() => {});
      const error = over();
      if (error) throw error;
      break;
    }
  }
  return binary ? new Blob(chunks) : text + decoder.decode();
}
