// The lint's check that media-type examples match their schemas (Redocly's
// `no-invalid-media-type-examples`), run on the bundled document.
//
// Why not Redocly's own rule: it compiles a fresh validator for every schema that holds a `$ref`,
// because a `$ref` could point into another file. On a 1000-operation spec that was about 90% of
// the whole lint. In the bundled document every `$ref` is local, so a schema's text is its
// meaning: one compiled validator serves every schema of the same shape. The validator, its
// options and its messages are Redocly's (@redocly/ajv), so the findings are the rule's findings.
import ajv2020Module, { type ErrorObject } from '@redocly/ajv/dist/2020.js';
import ajvDraft4Module from '@redocly/ajv/dist/draft4.js';
import { detectSpec, type Config } from '@redocly/openapi-core';
import formatsModule from 'ajv-formats';
import { GeneratorError, GeneratorErrors } from './errors.js';
import { followRef, isNode, isObjectNode, type ExampleObject, type OpenApiDocument } from './document.js';
import { formatLocation, type LoadedSpec } from './load.js';
import { linearRegExp } from '../../src/openapi/pattern.js';
import { keysOf, pointerOf } from '../../src/openapi/refs.js';
import { mediaTypeSites } from './example-sites.js';
import { Voucher } from './vouch.js';

const EXAMPLES_RULE = 'no-invalid-media-type-examples';

export interface ExamplesRule {
  severity: 'error' | 'warn' | 'off';
  allowAdditionalProperties: boolean;
}

/**
 * Turns the rule off for Redocly's lint of this spec and returns its settings (severity and
 * options from the Redocly config), for lintExamples() to apply after bundling.
 */
export function takeOverExamplesRule({ config, document }: LoadedSpec): ExamplesRule {
  let version: keyof Config['rules'];
  try {
    version = detectSpec(document.parsed);
  } catch {
    return { severity: 'off', allowAdditionalProperties: false }; // Redocly's lint reports what it is
  }
  if (!version.startsWith('oas3')) return { severity: 'off', allowAdditionalProperties: false };
  const settings = config.getRuleSettings(EXAMPLES_RULE, version) as {
    severity: ExamplesRule['severity'];
    allowAdditionalProperties?: boolean;
  };
  config.rules[version] = { ...config.rules[version], [EXAMPLES_RULE]: 'off' };
  return { severity: settings.severity, allowAdditionalProperties: !!settings.allowAdditionalProperties };
}

/** Runs the taken-over rule: throws its errors, or returns its warnings. */
export function lintExamples(bundled: OpenApiDocument, loaded: LoadedSpec, rule: ExamplesRule): string[] {
  const problems = checkMediaTypeExamples(bundled, loaded.document.source, rule);
  if (problems.length > 0 && rule.severity === 'error') throw new GeneratorErrors(problems);
  return problems.map((p) => p.format());
}

// These are CommonJS: under NodeNext types a default import is the module object, whose
// `default` is the export at run time too, in ESM (tsx) and in CommonJS (jest) alike.
const { default: Ajv2020 } = ajv2020Module;
const { default: AjvDraft4 } = ajvDraft4Module;
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as unknown as (
  ajv: unknown,
) => void;

const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated']);
const ROOT = 'openapi:bundled';

// Maps whose keys are names (a property or header called `example`), not keywords.
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'schemas',
  'headers',
  'encoding',
  'parameters',
  'responses',
  'requestBodies',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'securitySchemes',
]);

/**
 * A copy of the document without example values, for ajv: ajv registers every
 * `$id` (`id` in draft 4) it finds anywhere in what it is given, so an example holding
 * `{ "id": 10000 }` twice made it refuse the whole document ("resolves to more than one schema").
 * Every schema keeps its pointer.
 */
function schemasOnly(node: unknown, parentKey = ''): unknown {
  if (Array.isArray(node)) return node.map((v) => schemasOnly(v));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!NAME_MAPS.has(parentKey) && (key === 'example' || key === 'examples')) continue;
    out[key] = schemasOnly(value, key);
  }
  return out;
}

/** The pointer of `key` inside the node at `pointer`. */
const child = (pointer: string, ...keys: string[]): string => pointerOf(...keysOf(pointer), ...keys);

/** The same wording as Redocly's rule: "`code` property must match pattern ...". */
function describe(error: ErrorObject, examplePointer: string): { message: string; pointer: string; onKey: boolean } {
  // ajv gives every error a message (its `messages` option is on).
  let message = `${error.message}`;
  if (error.keyword === 'enum') message += ` ${error.params.allowedValues.map((e: unknown) => `"${e}"`).join(', ')}`;
  if (error.keyword === 'type') message = `type ${message}`;
  const relative: string = error.instancePath.substring(examplePointer.length + 1);
  const property = relative.substring(relative.lastIndexOf('/') + 1);
  if (property) message = `\`${property}\` property ${message}`;
  let pointer: string = error.instancePath;
  const onKey = error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties';
  if (onKey) {
    const extra: string = error.params.additionalProperty ?? error.params.unevaluatedProperty;
    message = `${message} \`${extra}\``;
    pointer = child(pointer, extra);
  }
  return { message, pointer, onKey };
}

/**
 * Checks every media-type example of the bundled document against its schema. Locations point
 * into the original spec file (the bundle keeps its pointers). Returns one problem per finding.
 */
function checkMediaTypeExamples(
  bundled: OpenApiDocument,
  source: LoadedSpec['document']['source'],
  rule: ExamplesRule,
): GeneratorError[] {
  if (rule.severity === 'off') return [];
  const draft4 = String(bundled.openapi).startsWith('3.0');
  // Made only when some example needs it: adding a large document to ajv takes time of its own.
  let made: InstanceType<typeof Ajv2020> | undefined;
  const ajv = () => {
    if (made) return made;
    made = new (draft4 ? AjvDraft4 : Ajv2020)({
      schemaId: draft4 ? 'id' : '$id',
      meta: true,
      allErrors: true,
      strictSchema: false,
      inlineRefs: false,
      validateSchema: false,
      discriminator: true,
      allowUnionTypes: true,
      validateFormats: true,
      passContext: true,
      logger: false,
      // Redocly's options but one: patterns run in linear time (src/openapi/pattern.ts), so an
      // example that almost matches `^(a+)+$` cannot keep the generator running for hours.
      code: { regExp: linearRegExp },
    });
    addFormats(made);
    made.setDefaultUnevaluatedProperties(rule.allowAdditionalProperties);
    const copy = schemasOnly(bundled);
    made.addSchema(isNode(copy) ? copy : {}, ROOT); // a copy of the document: an object
    return made;
  };

  const validators = new Map<string, ReturnType<InstanceType<typeof Ajv2020>['compile']> | undefined>();
  const validatorFor = (schema: unknown, pointer: string) => {
    const shape = JSON.stringify(
      typeof schema === 'object' && schema !== null
        ? Object.fromEntries(Object.entries(schema).filter(([k]) => !ANNOTATIONS.has(k)))
        : schema,
    );
    if (!validators.has(shape)) validators.set(shape, ajv().getSchema(`${ROOT}${encodeURI(pointer)}/schema`));
    return validators.get(shape);
  };

  const voucher = process.env.SEAM_EXAMPLES_FULL_CHECK ? undefined : new Voucher(bundled);
  const problems: GeneratorError[] = [];
  const report = (message: string, pointer: string, onKey = false) =>
    problems.push(new GeneratorError(EXAMPLES_RULE, message, formatLocation({ source, pointer, reportOnKey: onKey })));

  for (const { pointer, mediaType, apiContext } of mediaTypeSites(bundled)) {
    if (mediaType.schema === undefined) continue;
    const examples: Array<{ value: unknown; pointer: string }> = [];
    if (mediaType.example !== undefined) {
      examples.push({ value: mediaType.example, pointer: `${pointer}/example` });
    } else if (typeof mediaType.examples === 'object' && mediaType.examples !== null) {
      for (const [name, entry] of Object.entries(mediaType.examples)) {
        const target = followRef(bundled, entry);
        const at = target.pointer ?? child(pointer, 'examples', name);
        const example: ExampleObject | undefined = target.node;
        if (!isObjectNode(example)) continue;
        const field = example.dataValue !== undefined ? 'dataValue' : example.value !== undefined ? 'value' : undefined;
        if (field) examples.push({ value: example[field], pointer: `${at}/${field}` });
      }
    }
    if (examples.length === 0) continue;
    // Compiling a validator is what costs; most examples are plainly valid.
    if (voucher && examples.every((example) => voucher.valid(mediaType.schema, example.value, apiContext))) continue;
    let validate: ReturnType<typeof validatorFor>;
    try {
      validate = validatorFor(mediaType.schema, pointer);
    } catch (err) {
      const message = (err as Error).message;
      // Redocly skips this one too: a discriminator it cannot use is another rule's business.
      if (message !== 'discriminator: requires oneOf or anyOf composite keyword') {
        report(`Example validation errored: ${message}.`, `${pointer}/schema`);
      }
      continue;
    }
    if (!validate) continue;
    for (const example of examples) {
      const context = {
        instancePath: example.pointer,
        parentData: { fake: {} },
        parentDataProperty: 'fake',
        rootData: {},
        dynamicAnchors: {},
      };
      if (validate.call({ apiContext }, example.value, context)) continue;
      for (const error of validate.errors ?? []) {
        const { message, pointer: at, onKey } = describe(error, example.pointer);
        report(`Example value must conform to the schema: ${message}.`, at, onKey);
      }
    }
  }
  return problems;
}
