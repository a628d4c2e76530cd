// The records the docs' samples name, for the fake's manifest (generated/operations.ts:
// exampleSeeds; planted by src/testing/seeds.ts). A get, update or delete sample names an item by
// the id it takes: the spec's example of that parameter or body field, or, where the spec has none,
// the value the samples build from its schema (a uuid for `format: uuid`). The generator writes
// those samples, so it lists exactly those ids here, with the same builder the samples use
// (samples/arguments.ts), beside every item the examples of a collection's schema and of its create
// and get answers show. Each record is that example item, or, for an id no example shows, the
// collection's first example item (else the first item of its list's example, else a sample of
// its schema) with that id.
import { isObject } from '../../../../src/openapi/json.js';
import { deref } from '../../../../src/openapi/refs.js';
import { sampleOf } from '../../../../src/openapi/sample.js';
import type { ExampleSeed } from '../../../../src/testing/manifest.js';
import type { OpenApiDocument } from '../../load.js';
import type { ApiModel, OperationModel, ResourceModel } from '../../model/index.js';
import { exampleParams } from '../../samples/arguments.js';

type Item = Record<string, unknown>;

interface Bed {
  idProperty: string;
  /** Example items by the key the fake keeps them by (the id as text). */
  records: Map<string, Item>;
  /** Ids the samples name, in the order the operations come. */
  named: unknown[];
  /** The first item a list answer's example shows: the rest of a record where no create, get or schema example has one. */
  listed?: Item;
}

const isId = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** What an answer holds at the rule's item key ('' is the whole body). */
const itemAt = (body: unknown, key: string | undefined): unknown =>
  key === undefined ? undefined : key === '' ? body : isObject(body) ? body[key] : undefined;

/** The id values an operation's docs samples pass for the rule's id: its parameter's, else its body's, in each request example. */
function namedIds(op: OperationModel, rule: ResourceModel): unknown[] {
  const param = exampleParams(op).find((p) => p.name === rule.id);
  if (param) return [param.value];
  const bodies = op.requestBody?.examples.length
    ? op.requestBody.examples.map((e) => e.value)
    : [op.requestBody?.sample];
  return bodies.flatMap((body) => (isObject(body) && Object.hasOwn(body, rule.id) ? [body[rule.id]] : []));
}

/** The example item of a component schema (its `example`, or first of `examples`), if it is an object. */
function schemaExample(document: OpenApiDocument, name: string | undefined): unknown {
  const schema = name === undefined ? undefined : deref(document, document.components?.schemas?.[name]);
  if (!isObject(schema)) return undefined;
  return schema.example ?? (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
}

export function exampleSeeds(model: ApiModel, document: OpenApiDocument): ExampleSeed[] {
  const beds = new Map<string, Bed & { schema?: string }>();
  const bedOf = (rule: ResourceModel) => {
    let bed = beds.get(rule.collection);
    if (!bed)
      beds.set(
        rule.collection,
        (bed = { idProperty: rule.idProperty, records: new Map(), named: [], schema: rule.schema }),
      );
    return bed;
  };
  const keep = (bed: Bed, item: unknown) => {
    if (isObject(item) && isId(item[bed.idProperty]) && !bed.records.has(String(item[bed.idProperty])))
      bed.records.set(String(item[bed.idProperty]), item as Item);
  };
  for (const op of model.operations) {
    const rule = op.resource;
    if (!rule) continue;
    const bed = bedOf(rule);
    // A get's or create's answer shows an item as the API keeps it.
    if (rule.action === 'create' || rule.action === 'get')
      for (const e of op.success.examples) keep(bed, itemAt(e.value, rule.itemKey));
    if (rule.action === 'list' && !bed.listed) {
      const first = op.success.examples
        .map((e) => itemAt(e.value, rule.itemKey))
        .find((items) => Array.isArray(items) && isObject(items[0]));
      if (first) bed.listed = (first as Item[])[0];
    }
    // The docs leave out x-undocumented and x-draft operations, so their samples name nothing.
    if (
      (rule.action === 'get' || rule.action === 'update' || rule.action === 'delete') &&
      op.undocumented === undefined
    )
      bed.named.push(...namedIds(op, rule).filter(isId));
  }
  const seeds: ExampleSeed[] = [];
  for (const [collection, bed] of beds) {
    keep(bed, schemaExample(document, bed.schema));
    const schema = bed.schema === undefined ? undefined : document.components?.schemas?.[bed.schema];
    const sampled = schema === undefined ? undefined : sampleOf(schema, (node) => deref(document, node));
    const template: Item = [...bed.records.values()][0] ?? bed.listed ?? (isObject(sampled) ? (sampled as Item) : {});
    for (const value of bed.named) {
      if (bed.records.has(String(value))) continue;
      // An id of the type the items show: a path's "7" is the number 7 where items have numeric ids.
      const typed =
        typeof template[bed.idProperty] === 'number' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)
          ? Number(value)
          : value;
      bed.records.set(String(value), { ...template, [bed.idProperty]: typed });
    }
    for (const [id, item] of bed.records) seeds.push({ collection, id, item });
  }
  return seeds;
}
