// Types the generated client uses for request bodies that are not JSON.

/** A binary request body: sent as it is. */
export type BinaryInput = Blob | ArrayBuffer | ArrayBufferView | string;

/**
 * A multipart body: openapi-typescript types a file part (`format: binary`) as a string; here
 * every string part may also be a Blob (a File is one), and so may each item of a list.
 */
export type MultipartInput<T> = {
  [K in keyof T]: T[K] extends string | undefined
    ? T[K] | Blob
    : T[K] extends ReadonlyArray<infer U> | undefined
      ? Array<U | Blob> | Extract<T[K], undefined>
      : T[K];
};
