// OpenAPI 3.0's schemas are not quite JSON Schema: `nullable: true` where JSON Schema says
// `type: [..., 'null']`, and a boolean `exclusiveMinimum` beside `minimum` where JSON Schema 2020-12
// gives the bound itself. A validator of 2020-12 (ajv, as the fake uses) refuses the 3.0 forms, and
// Seam's published spec is 3.0: its schemas are read through this. A 3.1 document is returned as is.

// Any node of the document may be any JSON value; only objects are rewritten.
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = convert(value);
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  if (typeof out.nullable === 'boolean') delete out.nullable;
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] !== 'boolean') continue;
    if (out[exclusive] && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else delete out[exclusive];
  }
  return out;
}

/** The document with its OpenAPI 3.0 schema forms as JSON Schema 2020-12 says them. */
export function asJsonSchema2020(doc: Record<string, unknown>): Record<string, unknown> {
  // convert() gives an object for an object.
  return typeof doc?.openapi === 'string' && doc.openapi.startsWith('3.0')
    ? (convert(doc) as Record<string, unknown>)
    : doc;
}
