// The one capped body reader of the package: counted in chunks as they arrive (after
// decompression), so a huge body or a gzip bomb stops at the cap instead of filling memory. The
// client reads answers with it (openapi-fetch reads bodies whole: attempt.ts asks it for the stream
// of a success answer and reads it here), debug logging the head of a body, and the testing kit
// the requests it serves, in-process, under MSW and over HTTP.

/**
 * A stream's bytes as text (or a Blob, when `binary`), and whether more than `cap` bytes came: then
 * reading stops, the rest is dropped (the stream is cancelled) and the body is what came so far.
 */
export async function readStream(stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined, cap: number, binary = false): Promise<[body: string | Blob, over: boolean]> {
  const reader = stream?.getReader();
  const decoder = new TextDecoder();
  const chunks: BlobPart[] = [];
  let size = 0;
  let text = '';
  for (let read; reader && !(read = await reader.read()).done; ) {
    if (binary) chunks.push(read.value);
    else text += decoder.decode(read.value, { stream: true });
    if ((size += read.value.length) > cap) {
      // Not read on: the rest is dropped (a gzip bomb stops inflating here).
      void reader.cancel().catch(() => {});
      return [binary ? new Blob(chunks) : text, true];
    }
  }
  return [binary ? new Blob(chunks) : text + decoder.decode(), false];
}

/** An answer's body as text (or a Blob, when `binary`), or `tooLarge()` thrown once more than `cap` bytes have arrived. */
export async function readCapped(response: Response, cap: number, tooLarge: () => Error, binary = false): Promise<string | Blob> {
  // A fetch whose bodies are not web streams (node-fetch 2's are Node streams) is read its own way, uncapped.
  if (response.body && !response.body.getReader) return binary ? response.blob() : response.text();
  const [body, over] = await readStream(response.body, cap, binary);
  if (over) throw tooLarge();
  return body;
}
