// Reading the spec for the model: `$ref`s followed (a broken one is a located error, not a
// crash), types described for docs tables, properties, variants, samples and examples.
import { GeneratorError } from '../errors.js';
import type { OpenApiDocument } from '../load.js';
import { pickResponseMediaType } from '../../../src/openapi/media.js';
import { isObject } from '../../../src/openapi/json.js';
import { follow } from '../../../src/openapi/refs.js';
import { sampleOf } from '../../../src/openapi/sample.js';
import type { ExampleModel, Locate, PropertyModel, ResponseModel, VariantModel } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec JSON this file still reads untyped: the typed document types do not reach it yet
type Json = any;

const refName = (node: Json): string | undefined =>
  typeof node?.$ref === 'string' ? node.$ref.split('/').pop() : undefined;

/**
 * The model's view of a spec: `$ref`s followed, and a broken one reported at the node that holds
 * it, not as a crash.
 */
export class SpecReader {
  constructor(
    readonly doc: OpenApiDocument,
    readonly locate: Locate,
  ) {}

  deref(node: Json, at: string): Json {
    try {
      return follow(this.doc, node).node;
    } catch (err) {
      throw new GeneratorError('invalid-ref', (err as Error).message, this.locate(at));
    }
  }

  /** A short, human-readable type for docs tables: `string`, `"a" | "b"`, `AccessCode[]`. */
  describeType(node: Json, at: string, depth = 0): string {
    const name = refName(node);
    if (name) return name;
    const schema = isObject(node) ? node : {};
    if (depth > 8) return 'object';
    if ('const' in schema) return JSON.stringify(schema.const);
    if (Array.isArray(schema.enum)) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(schema[key]))
        return schema[key].map((s: Json) => this.describeType(s, at, depth + 1)).join(' | ');
    }
    if (Array.isArray(schema.allOf))
      return schema.allOf.map((s: Json) => this.describeType(s, at, depth + 1)).join(' & ');
    const types: string[] = Array.isArray(schema.type)
      ? schema.type.map(String)
      : typeof schema.type === 'string'
        ? [schema.type]
        : [];
    if (schema.nullable === true) types.push('null');
    const described = types.map((t) => (t === 'array' ? `${this.describeType(schema.items, at, depth + 1)}[]` : t));
    return described.length > 0 ? described.join(' | ') : 'object';
  }

  /** The properties of an object schema (and of each `allOf` part). */
  propertiesOf(node: Json, at: string): PropertyModel[] {
    const schema = this.deref(node, at) ?? {};
    const parts: Json[] = Array.isArray(schema.allOf) ? schema.allOf.map((s: Json) => this.deref(s, at)) : [schema];
    const required = new Set<string>(parts.flatMap((p) => (Array.isArray(p?.required) ? p.required : [])));
    return parts.flatMap((part) =>
      Object.entries<Json>(isObject(part?.properties) ? part.properties : {}).map(([name, raw]) => {
        const prop = this.deref(raw, at) ?? {};
        return {
          name,
          type: this.describeType(raw, at),
          required: required.has(name),
          ...(prop.default !== undefined ? { default: prop.default } : {}),
          constraints: constraintsOf(prop),
          deprecated: prop.deprecated === true,
          description: String(prop.description ?? raw?.description ?? '').trim(),
        };
      }),
    );
  }

  /** Each variant of a `oneOf`/`anyOf` schema, named by its discriminator value or `$ref`. */
  variantsOf(node: Json, at: string): VariantModel[] {
    const schema = this.deref(node, at) ?? {};
    const list: Json[] | undefined = Array.isArray(schema.oneOf)
      ? schema.oneOf
      : Array.isArray(schema.anyOf)
        ? schema.anyOf
        : undefined;
    if (!list) return [];
    const tagName: string | undefined = schema.discriminator?.propertyName;
    return list.map((variant, i) => {
      const v = this.deref(variant, at) ?? {};
      const tag = tagName ? this.deref(v.properties?.[tagName], at) : undefined;
      const name =
        tag?.const ??
        (Array.isArray(tag?.enum) && tag.enum.length === 1 ? tag.enum[0] : undefined) ??
        refName(variant) ??
        v.title ??
        `variant ${i + 1}`;
      return { name: String(name), properties: this.propertiesOf(variant, at) };
    });
  }

  /** True when the schema always describes an object, so its fields can sit beside parameters. */
  isObjectSchema(node: Json, at: string, depth = 0): boolean {
    const schema = this.deref(node, at);
    if (!isObject(schema) || depth > 8) return false;
    if (schema.type === 'object' || (schema.type === undefined && isObject(schema.properties))) return true;
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      if (Array.isArray(schema[key]) && schema[key].length > 0) {
        const parts = schema[key].map((s: Json) => this.isObjectSchema(s, at, depth + 1));
        return key === 'allOf' ? parts.some(Boolean) : parts.every(Boolean);
      }
    }
    return false;
  }

  /**
   * A value that fits the schema, for docs examples where the spec gives none: its example,
   * default, const or first enum value, else one built from the type (only required properties).
   */
  sampleOf(node: Json, at: string): unknown {
    return sampleOf(node, (n) => this.deref(n, at));
  }

  examplesOf(media: Json, at: string): ExampleModel[] {
    if (!isObject(media)) return [];
    if (isObject(media.examples)) {
      return Object.entries<Json>(media.examples).flatMap(([name, raw]) => {
        const ex = this.deref(raw, at);
        return isObject(ex) && ex.value !== undefined
          ? [{ name, ...(ex.summary ? { summary: String(ex.summary) } : {}), value: ex.value }]
          : [];
      });
    }
    return media.example !== undefined ? [{ name: 'example', value: media.example }] : [];
  }
}

export function constraintsOf(schema: Json): string[] {
  const out: string[] = [];
  if (!isObject(schema)) return out;
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

export function responseOf(spec: SpecReader, status: string, raw: Json, at: string): ResponseModel {
  const response = spec.deref(raw, at) ?? {};
  const content = isObject(response.content) ? response.content : undefined;
  const { mediaType, kind } = pickResponseMediaType(status, content, (n) => spec.deref(n, at));
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
      ...new Set(examples.map((e) => (e.value as Json)?.error?.type).filter((t): t is string => typeof t === 'string')),
    ],
  };
}
