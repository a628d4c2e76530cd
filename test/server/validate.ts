// Validates request bodies against spec/openapi.yaml, with schemas compiled by ajv (JSON Schema
// 2020-12, as OpenAPI 3.1 uses), and reports failures the way the API does: validation_errors.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { deref, loadSpec, type Json } from '../helpers/spec.js';

// ajv-formats is CommonJS with a `default` export; under NodeNext types the default import is the
// module object, at run time (SWC interop) it is the plugin.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as unknown as (
  ajv: Ajv2020,
) => void;

export interface ValidationErrorTree {
  _errors: string[];
  [field: string]: ValidationErrorTree | string[];
}

export interface SpecValidator {
  /** HTTP methods the spec accepts on `path`, or undefined for an unknown path. */
  methods(path: string): string[] | undefined;
  /** undefined when the body is valid; else the API's validation_errors tree and a summary. */
  validateBody(path: string, method: string, body: unknown): { message: string; tree: ValidationErrorTree } | undefined;
}

function toTree(errors: ErrorObject[]): { message: string; tree: ValidationErrorTree } {
  const tree: ValidationErrorTree = { _errors: [] };
  let first = '';
  for (const e of errors) {
    const segments = e.instancePath.split('/').filter(Boolean);
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      segments.push(String(e.params.missingProperty));
      message = 'Required';
    } else if (e.keyword === 'additionalProperties') {
      segments.push(String(e.params.additionalProperty));
      message = 'Unrecognized key';
    }
    let node = tree;
    for (const s of segments) {
      node[s] ??= { _errors: [] };
      node = node[s] as ValidationErrorTree;
    }
    if (!node._errors.includes(message)) node._errors.push(message);
    first ||= segments.length ? `${message} for provided "${segments.join('.')}"` : message;
  }
  return { message: first, tree };
}

export function createValidator(spec: Json = loadSpec()): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: spec.components }, 'openapi');
  const compiled = new Map<string, ValidateFunction>();
  const bodySchema = (path: string, method: string): Json => {
    const body = spec.paths[path]?.[method]?.requestBody;
    return body ? deref(spec, body).content?.['application/json']?.schema : undefined;
  };
  return {
    methods: (path) =>
      spec.paths[path] ? Object.keys(spec.paths[path]).filter((k) => !k.startsWith('x-') && k !== 'parameters') : undefined,
    validateBody(path, method, body) {
      const schema = bodySchema(path, method);
      if (!schema) return undefined;
      const key = `${method} ${path}`;
      let validate = compiled.get(key);
      if (!validate) {
        const ref = schema.$ref ? { $ref: `openapi${schema.$ref}` } : schema;
        validate = ajv.compile(ref);
        compiled.set(key, validate);
      }
      return validate(body) ? undefined : toTree(validate.errors ?? []);
    },
  };
}
