// The project's spec is a true subset of Seam's published one (@seamapi/types/connect): where Seam
// names a schema, the project uses that name; every schema, operation, request field and answer of
// the project's is one Seam's has, of a type Seam's allows. So the testing kit's rules and the
// generator, written against the project's spec, hold on Seam's whole API.
import { openapi } from '@seamapi/types/connect';
import generated from '../../generated/openapi.json' with { type: 'json' };
import { deref, type Json } from '../helpers/spec.js';

const ours: Json = generated;
const seam: Json = openapi;

/** A schema's types, `null` included, from 3.1's `type: [t, 'null']` or 3.0's `nullable`. */
function typesOf(schema: Json): Set<string> | undefined {
  if (schema.type === undefined) return schema.const === null ? new Set(['null']) : undefined;
  const types = new Set<string>([schema.type].flat());
  if (schema.nullable === true) types.add('null');
  return types;
}

const enumOf = (schema: Json): unknown[] | undefined => (schema.const !== undefined ? [schema.const] : schema.enum);

/**
 * Where `mine` is not a part of `theirs`, each mismatch as `where: what`: a property Seam lacks, a
 * type, an enum value or a null Seam does not allow. A schema Seam leaves open (no type) takes any.
 */
export function mismatches(mine: Json, theirs: Json, where = '#'): string[] {
  mine = deref(ours, mine);
  theirs = deref(seam, theirs);
  if (Object.keys(theirs).every((k) => k === 'description' || k.startsWith('x-'))) return [];
  if (mine.oneOf) {
    return mine.oneOf.flatMap((variant: Json, i: number) => {
      const options: Json[] = theirs.oneOf ?? [theirs];
      const found = options.map((option) => mismatches(variant, option, `${where}/oneOf/${i}`));
      return found.some((list) => list.length === 0)
        ? []
        : [`${where}/oneOf/${i}: matches no variant of Seam's (${found.flat()[0]})`];
    });
  }
  if (theirs.oneOf) {
    const found = theirs.oneOf.map((option: Json) => mismatches(mine, option, where));
    return found.some((list: string[]) => list.length === 0) ? [] : [`${where}: matches no variant of Seam's`];
  }
  const problems: string[] = [];
  const [mineTypes, theirTypes] = [typesOf(mine), typesOf(theirs)];
  if (mineTypes && theirTypes) {
    for (const t of mineTypes)
      if (!theirTypes.has(t) && !(t === 'integer' && theirTypes.has('number')))
        problems.push(`${where}: type ${t} where Seam's is ${[...theirTypes].join('|')}`);
  }
  const [mineEnum, theirEnum] = [enumOf(mine), enumOf(theirs)];
  if (theirEnum)
    for (const v of mineEnum ?? ['(any)'])
      if (!theirEnum.includes(v)) problems.push(`${where}: value ${JSON.stringify(v)} not in Seam's enum`);
  if (mine.format && theirs.format && mine.format !== theirs.format)
    problems.push(`${where}: format ${mine.format} where Seam's is ${theirs.format}`);
  for (const [name, property] of Object.entries<Json>(mine.properties ?? {})) {
    if (!theirs.properties?.[name]) problems.push(`${where}/properties/${name}: Seam's has no such property`);
    else problems.push(...mismatches(property, theirs.properties[name], `${where}/properties/${name}`));
  }
  if (mine.items && theirs.items) problems.push(...mismatches(mine.items, theirs.items, `${where}/items`));
  return problems;
}

const jsonSchemaOf = (doc: Json, node: Json): Json =>
  deref(doc, deref(doc, node)?.content?.['application/json']?.schema);

describe("the project's spec is a subset of Seam's", () => {
  const seamSchemas = seam.components.schemas;

  it("names Seam's schemas as Seam does: every resource schema it has is under Seam's name", () => {
    // Each schema of ours that types a collection's items (x-route-path) is one of Seam's by name,
    // except the variants of a union Seam names (each event type): Seam writes those inline, so they
    // have no name of Seam's, and the union's own test below holds each to one of Seam's variants.
    const schemas = ours.components.schemas as Record<string, Json>;
    const variants = new Set(
      Object.entries(schemas)
        .filter(([name]) => Object.hasOwn(seamSchemas, name))
        .flatMap(([, s]) =>
          (s.oneOf ?? []).map((v: Json) =>
            String(v.$ref ?? '')
              .split('/')
              .pop(),
          ),
        ),
    );
    const routed = Object.entries(schemas).filter(([name, s]) => s['x-route-path'] && !variants.has(name));
    expect(routed.map(([name]) => name).sort()).toEqual(['access_code', 'action_attempt']);
    for (const [name, schema] of routed) expect(schema['x-route-path']).toBe(seamSchemas[name]['x-route-path']);
  });

  it.each(Object.keys(ours.components.schemas).filter((name) => Object.hasOwn(seam.components.schemas, name)))(
    "schema %s is a part of the shape of Seam's",
    (name) => {
      expect(mismatches(ours.components.schemas[name], seamSchemas[name])).toEqual([]);
    },
  );

  const operations = Object.entries<Json>(ours.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([method, op]) => ({ path, method, op })),
  );

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    "%s is an operation of Seam's, with its request and answer",
    (_, { path, method, op }) => {
      const theirs = seam.paths[path]?.[method];
      expect(theirs).toBeDefined();
      expect(op['x-action-attempt-type']).toBe(theirs['x-action-attempt-type']);
      if (op.requestBody)
        expect(mismatches(jsonSchemaOf(ours, op.requestBody), jsonSchemaOf(seam, theirs.requestBody))).toEqual([]);
      expect(mismatches(jsonSchemaOf(ours, op.responses['200']), jsonSchemaOf(seam, theirs.responses['200']))).toEqual(
        [],
      );
    },
  );

  it('finds a mismatch: a property, a type, an enum value or a null that Seam does not have', () => {
    const code = seamSchemas.access_code;
    expect(mismatches({ type: 'object', properties: { pin: { type: 'string' } } }, code)).toEqual([
      "#/properties/pin: Seam's has no such property",
    ]);
    expect(mismatches({ type: 'object', properties: { code: { type: 'number' } } }, code)).toEqual([
      expect.stringContaining('type number'),
    ]);
    expect(
      mismatches({ type: 'object', properties: { status: { type: 'string', enum: ['set', 'expired'] } } }, code),
    ).toEqual([expect.stringContaining('"expired"')]);
    expect(mismatches({ type: 'object', properties: { access_code_id: { type: ['string', 'null'] } } }, code)).toEqual([
      expect.stringContaining('type null'),
    ]);
  });
});
