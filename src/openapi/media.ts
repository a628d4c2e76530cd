// Media types: which of an operation's request and response media types the client uses, and how
// each goes over the wire. Every media type is one of these kinds; none is dropped.
//
//   request body                          response
//   json       application/json, …+json,  json   the same; parsed
//              with parameters, */*
//   form       x-www-form-urlencoded      text   text/*, …xml, or a string schema not binary
//   multipart  multipart/*                blob   anything else (octet-stream, images, PDF)
//   text       text/*, …xml               void   no content, or 204 / 205 / 304
//   binary     anything else              location  a documented 3xx: its Location
//   binary     anything else

// The spec's media type objects and schemas, read here only for the fields below; what else they
// hold, or whether they are objects at all, is not this file's to check (a lookup on anything else
// gives undefined, as it did untyped).
type MediaTypeObject = { readonly schema?: unknown } | null | undefined;
type SchemaFields =
  | {
      readonly format?: unknown;
      readonly contentEncoding?: unknown;
      readonly contentMediaType?: unknown;
      readonly type?: unknown;
    }
  | null
  | undefined;

export type BodyKind = 'json' | 'form' | 'multipart' | 'text' | 'binary';
export type ResultKind = 'json' | 'text' | 'blob' | 'void' | 'location';

const base = (mediaType: string): string => mediaType.split(';')[0]!.trim().toLowerCase();

export function isJsonMediaType(mediaType: string): boolean {
  const b = base(mediaType);
  return b === 'application/json' || b.endsWith('+json') || b === '*/*' || b === 'application/*';
}

const isTextMediaType = (b: string): boolean => b.startsWith('text/') || b.endsWith('/xml') || b.endsWith('+xml');

export function bodyKind(mediaType: string): BodyKind {
  const b = base(mediaType);
  if (isJsonMediaType(b)) return 'json';
  if (b === 'application/x-www-form-urlencoded') return 'form';
  if (b.startsWith('multipart/')) return 'multipart';
  return isTextMediaType(b) ? 'text' : 'binary';
}

const BODY_PREFERENCE: BodyKind[] = ['json', 'form', 'multipart', 'text', 'binary'];

/** The media type the client sends, when a body offers several: JSON first, then form, … */
export function pickRequestMediaType(content: Record<string, unknown>): string | undefined {
  const types = Object.keys(content);
  for (const kind of BODY_PREFERENCE) {
    const found = types.find((t) => bodyKind(t) === kind);
    if (found) return found;
  }
  return undefined;
}

function resultKindOf(mediaType: string, node: unknown): ResultKind {
  const schema = node as SchemaFields;
  const b = base(mediaType);
  if (isJsonMediaType(b)) return 'json';
  if (isTextMediaType(b)) return 'text';
  const binary =
    schema?.format === 'binary' || schema?.contentEncoding !== undefined || schema?.contentMediaType !== undefined;
  return schema?.type === 'string' && !binary ? 'text' : 'blob';
}

const NO_CONTENT_STATUS = new Set(['204', '205', '304']);

/** The media type of a response the client reads, and how it reads it. */
export function pickResponseMediaType(
  status: string,
  content: Record<string, MediaTypeObject> | undefined,
  deref: (node: unknown) => unknown,
): { mediaType?: string; kind: ResultKind } {
  const types = Object.keys(content ?? {});
  // A documented redirect (GitHub's archive downloads): the answer is where it points.
  if (/^3\d\d$/.test(status) && status !== '304') return { kind: 'location' };
  if (NO_CONTENT_STATUS.has(status) || types.length === 0) return { kind: 'void' };
  const ranked = types.map((t) => ({ mediaType: t, kind: resultKindOf(t, deref(content![t]?.schema)) }));
  for (const kind of ['json', 'text', 'blob'] as const) {
    const found = ranked.find((r) => r.kind === kind);
    if (found) return found;
  }
  return ranked[0]!;
}
