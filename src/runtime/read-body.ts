// Reading an answer's body with a cap: counted in chunks as they arrive (after decompression), so a
// huge body or a gzip bomb stops at `maxResponseBytes` instead of filling memory. openapi-fetch
// reads bodies whole: attempt.ts asks it for the stream of a success answer and reads it here, and
// hands it an error answer's body already read here.

/** The body as text (or a Blob, when `binary`), or `tooLarge()` thrown once more than `cap` bytes have arrived. */
export async function readCapped(response: Response, cap: number, tooLarge: () => Error, binary = false): Promise<string | Blob> {
  // A fetch whose bodies are not web streams (node-fetch 2's are Node streams) is read its own way, uncapped.
  if (response.body && !response.body.getReader) return binary ? response.blob() : response.text();
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const chunks: BlobPart[] = [];
  let size = 0;
  let text = '';
  for (let read; reader && !(read = await reader.read()).done; ) {
    if ((size += read.value.length) > cap) {
      // Not read on: the rest is dropped (a gzip bomb stops inflating here).
      void reader.cancel();
      throw tooLarge();
    }
    if (binary) chunks.push(read.value);
    else text += decoder.decode(read.value, { stream: true });
  }
  return binary ? new Blob(chunks) : text + decoder.decode();
}
