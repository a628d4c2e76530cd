// The OpenAPI document as the generator reads it: Redocly's own types for OpenAPI 3.0 and 3.1
// (@redocly/openapi-core, the engine that parses, lints and bundles the spec), under short names.
//
// The types say what OpenAPI allows where; they do not make the spec say it. A spec is untrusted,
// and one read without the lint (spec-diff's base) or with rules that let a field through may hold
// anything anywhere. So a reader narrows before it relies on a node's shape (isObjectNode,
// Array.isArray, typeof): the types tell it what to expect, the checks keep the clear errors a
// malformed spec gets. Extensions (`x-…`) are in no OpenAPI type: each is read, as `unknown`, by
// model/extensions.ts or model/info-extensions.ts, and checked there.
import type {
  Oas3_1Definition,
  Oas3_1Schema,
  Oas3Definition,
  Oas3Example,
  Oas3MediaType,
  Oas3Operation,
  Oas3Parameter,
  Oas3PathItem,
  Oas3RequestBody,
  Oas3Response,
  Oas3Schema,
  OasRef,
  Referenced,
} from '@redocly/openapi-core';
import { follow } from '../../src/openapi/refs.js';

/** The bundled document: every `$ref` in it is local (`#/…`). */
export type OpenApiDocument = Oas3Definition | Oas3_1Definition;
/** A schema of either version: 3.1's `type` may be a list, 3.0's has `nullable`. */
export type SchemaObject = Oas3Schema | Oas3_1Schema;
export type PathItem = Oas3PathItem;
export type Operation = Oas3Operation;
export type Parameter = Oas3Parameter;
export type RequestBody = Oas3RequestBody;
export type ResponseObject = Oas3Response;
export type MediaTypeObject = Oas3MediaType;
export type ExampleObject = Oas3Example;
/** A node that may be written in place or as a `$ref` to where it is. */
export type { OasRef, Referenced };

/** A node whose shape is not known yet: an object, each of its fields unknown until checked. */
export type Node = { readonly [key: string]: unknown };

/** A JSON object (not null, not a list), for a value of unknown shape: its fields stay unknown. */
export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A JSON object (not null, not a list), for a node the document types: it keeps its type, with
 * what is not an object (`undefined`, `true` for a schema) taken out.
 */
export const isObjectNode = <T>(v: T): v is Exclude<T & object, readonly unknown[]> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field no OpenAPI 3 type names (Swagger 2's `swagger`), as the spec wrote it: unknown until checked. */
export const fieldOf = (node: object, key: string): unknown => (node as Node)[key];

/** The document's webhooks: 3.1's `webhooks`, read wherever the key is, as the spec wrote it. */
export const webhooksOf = (doc: OpenApiDocument): Oas3_1Definition['webhooks'] =>
  'webhooks' in doc ? doc.webhooks : undefined;

/**
 * Follows a local `$ref` (and chains of them) inside `doc`: the node it leads to, typed as what
 * OpenAPI puts where the `$ref` stood, and its pointer (undefined when `node` is no `$ref`). Throws
 * on one that leads nowhere. What the target holds is the spec's: narrow before relying on it.
 */
export function followRef<T>(
  doc: OpenApiDocument,
  node: Referenced<T> | undefined,
): { node: T | undefined; pointer: string | undefined } {
  const { node: target, pointer }: { node: unknown; pointer?: string } = follow(doc, node);
  return { node: target as T | undefined, pointer };
}
