// Reading the spec for the model: `$ref`s followed (a broken one is a located error, not a
// crash), types described for docs tables, properties, variants, samples and examples.
import { GeneratorError } from '../errors.js';
import {
  followRef,
  isNode,
  isObjectNode,
  type ExampleObject,
  type MediaTypeObject,
  type OpenApiDocument,
  type Referenced,
  type ResponseObject,
  type SchemaObject,
} from '../document.js';
import { pickResponseMediaType } from '../../../src/openapi/media.js';
import { sampleOf } from '../../../src/openapi/sample.js';
import type { ExampleModel, Locate, PropertyModel, ResponseModel, VariantModel } from './types.js';

/** A schema where the spec may give one: in place or as a `$ref`, `true`/`false` (3.1), or none. */
export type SchemaRef = Referenced<SchemaObject> | boolean | undefined;

const refName = (node: unknown): string | undefined =>
  isNode(node) && typeof node.$ref === 'string' ? node.$ref.split('/').pop() : undefined;

/** A schema's `oneOf`/`anyOf`/`allOf` list, when the spec wrote one. */
const listOf = (schema: SchemaObject, key: 'oneOf' | 'anyOf' | 'allOf'): SchemaRef[] | undefined => {
  const list = schema[key];
  return Array.isArray(list) ? list : undefined;
};

/**
 * The model's view of a spec: `$ref`s followed, and a broken one reported at the node that holds
 * it, not as a crash.
 */
export class SpecReader {
  constructor(
    readonly doc: OpenApiDocument,
    readonly locate: Locate,
  ) {}

  /** The node a `$ref` leads to, typed as what stood there; the node itself when it is none. */
  deref<T>(node: Referenced<T> | undefined, at: string): T | undefined {
    try {
      return followRef(this.doc, node).node;
    } catch (err) {
      throw new GeneratorError('invalid-ref', (err as Error).message, this.locate(at));
    }
  }

  /** A short, human-readable type for docs tables: `string`, `"a" | "b"`, `AccessCode[]`. */
  describeType(node: SchemaRef, at: string, depth = 0): string {
    const name = refName(node);
    if (name) return name;
    const schema: SchemaObject = isObjectNode(node) ? node : {};
    if (depth > 8) return 'object';
    if ('const' in schema) return JSON.stringify(schema.const);
    if (Array.isArray(schema.enum)) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
    for (const key of ['oneOf', 'anyOf'] as const) {
      const list = listOf(schema, key);
      if (list) return list.map((s) => this.describeType(s, at, depth + 1)).join(' | ');
    }
    const allOf = listOf(schema, 'allOf');
    if (allOf) return allOf.map((s) => this.describeType(s, at, depth + 1)).join(' & ');
    const types: string[] = Array.isArray(schema.type)
      ? schema.type.map(String)
      : typeof schema.type === 'string'
        ? [schema.type]
        : [];
    if ('nullable' in schema && schema.nullable === true) types.push('null');
    const described = types.map((t) => (t === 'array' ? `${this.describeType(schema.items, at, depth + 1)}[]` : t));
    return described.length > 0 ? described.join(' | ') : 'object';
  }

  /** The properties of an object schema (and of each `allOf` part). */
  propertiesOf(node: SchemaRef, at: string): PropertyModel[] {
    const schema = this.schemaOf(node, at);
    const allOf = listOf(schema, 'allOf');
    const parts = allOf ? allOf.map((s) => this.deref(s, at)) : [schema];
    const required = new Set<string>(
      parts.flatMap((p) => (isObjectNode(p) && Array.isArray(p.required) ? p.required : [])),
    );
    return parts.flatMap((part) =>
      Object.entries(isObjectNode(part) && isObjectNode(part.properties) ? part.properties : {}).map(([name, raw]) => {
        const prop = this.schemaOf(raw, at);
        return {
          name,
          type: this.describeType(raw, at),
          required: required.has(name),
          ...(prop.default !== undefined ? { default: prop.default } : {}),
          constraints: constraintsOf(prop),
          deprecated: prop.deprecated === true,
          description: String(prop.description ?? (isNode(raw) ? raw.description : undefined) ?? '').trim(),
        };
      }),
    );
  }

  /** Each variant of a `oneOf`/`anyOf` schema, named by its discriminator value or `$ref`. */
  variantsOf(node: SchemaRef, at: string): VariantModel[] {
    const schema = this.schemaOf(node, at);
    const list = listOf(schema, 'oneOf') ?? listOf(schema, 'anyOf');
    if (!list) return [];
    const tagName: unknown = isNode(schema.discriminator) ? schema.discriminator.propertyName : undefined;
    return list.map((variant, i) => {
      const v = this.schemaOf(variant, at);
      const tag = tagName
        ? this.deref(isNode(v.properties) ? v.properties[String(tagName)] : undefined, at)
        : undefined;
      const name =
        (isNode(tag) ? tag.const : undefined) ??
        (isNode(tag) && Array.isArray(tag.enum) && tag.enum.length === 1 ? tag.enum[0] : undefined) ??
        refName(variant) ??
        v.title ??
        `variant ${i + 1}`;
      return { name: String(name), properties: this.propertiesOf(variant, at) };
    });
  }

  /** True when the schema always describes an object, so its fields can sit beside parameters. */
  isObjectSchema(node: SchemaRef, at: string, depth = 0): boolean {
    const schema = this.deref(node, at);
    if (!isObjectNode(schema) || depth > 8) return false;
    if (schema.type === 'object' || (schema.type === undefined && isObjectNode(schema.properties))) return true;
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const list = listOf(schema, key);
      if (list && list.length > 0) {
        const parts = list.map((s) => this.isObjectSchema(s, at, depth + 1));
        return key === 'allOf' ? parts.some(Boolean) : parts.every(Boolean);
      }
    }
    return false;
  }

  /**
   * A value that fits the schema, for docs examples where the spec gives none: its example,
   * default, const or first enum value, else one built from the type (only required properties).
   */
  sampleOf(node: SchemaRef, at: string): unknown {
    return sampleOf(node, (n: unknown) => this.deref(n, at));
  }

  /**
   * The schema a node is, `$ref` followed: an empty one (which says nothing) where the spec gives
   * none or something else (`true`, or a value no schema is).
   */
  schemaOf(node: SchemaRef, at: string): SchemaObject {
    const schema = this.deref(node, at);
    return isObjectNode(schema) ? schema : {};
  }

  examplesOf(media: MediaTypeObject | undefined, at: string): ExampleModel[] {
    if (!isObjectNode(media)) return [];
    if (isObjectNode(media.examples)) {
      return Object.entries(media.examples).flatMap(([name, raw]) => {
        const ex: ExampleObject | undefined = this.deref(raw, at);
        return isObjectNode(ex) && ex.value !== undefined
          ? [{ name, ...(ex.summary ? { summary: String(ex.summary) } : {}), value: ex.value }]
          : [];
      });
    }
    return media.example !== undefined ? [{ name: 'example', value: media.example }] : [];
  }
}

export function constraintsOf(schema: SchemaObject | boolean | undefined): string[] {
  const out: string[] = [];
  if (!isObjectNode(schema)) return out;
  if (schema.format) out.push(`format: ${schema.format}`);
  if (schema.pattern) out.push(`pattern: \`${schema.pattern}\``);
  if (schema.minLength !== undefined && schema.maxLength !== undefined) {
    out.push(`length: ${schema.minLength}–${schema.maxLength}`);
  } else if (schema.minLength !== undefined) out.push(`min length: ${schema.minLength}`);
  else if (schema.maxLength !== undefined) out.push(`max length: ${schema.maxLength}`);
  if (schema.minimum !== undefined) out.push(`minimum: ${schema.minimum}`);
  if (schema.maximum !== undefined) out.push(`maximum: ${schema.maximum}`);
  if (schema.minItems !== undefined) out.push(`min items: ${schema.minItems}`);
  if (schema.maxItems !== undefined) out.push(`max items: ${schema.maxItems}`);
  return out;
}

export function responseOf(
  spec: SpecReader,
  status: string,
  raw: Referenced<ResponseObject> | undefined,
  at: string,
): ResponseModel {
  const found = spec.deref(raw, at);
  const response: ResponseObject = isObjectNode(found) ? found : {};
  const content = isObjectNode(response.content) ? response.content : undefined;
  const { mediaType, kind } = pickResponseMediaType(status, content, (n: unknown) => spec.deref(n, at));
  const media = mediaType ? content![mediaType] : undefined;
  const schemaNode = media?.schema;
  const examples = spec.examplesOf(media, at);
  const json = kind === 'json' && schemaNode !== undefined;
  return {
    status,
    description: String(response.description ?? '').trim(),
    ...(mediaType ? { mediaType } : {}),
    kind,
    type:
      kind === 'void'
        ? 'void'
        : kind === 'text' || kind === 'location'
          ? 'string'
          : kind === 'blob'
            ? 'Blob'
            : schemaNode
              ? spec.describeType(schemaNode, at)
              : 'unknown',
    properties: json ? spec.propertiesOf(schemaNode, at) : [],
    variants: json ? spec.variantsOf(schemaNode, at) : [],
    examples,
    errorTypes: [
      ...new Set(
        examples
          .map((e) => (isNode(e.value) && isNode(e.value.error) ? e.value.error.type : undefined))
          .filter((t): t is string => typeof t === 'string'),
      ),
    ],
  };
}
