// The operation model's types: what every emitter (client, functions, docs, bundled spec, the
// fake's manifest) reads, and never the spec itself.
import type { Profile } from '../../../src/profiles/profile.js';
import type { BodyKind, ResultKind } from '../../../src/openapi/media.js';
import type { HttpMethod } from '../../../src/openapi/operations.js';
import type { ResponseShape } from '../../../src/runtime/shape.js';
import type { ResourceRule } from '../../../src/testing/manifest.js';
import type { Operation, PathItem } from '../document.js';
import type { NamingStrategy } from '../naming/derive.js';
import type { OperationExtensions } from './extensions.js';
import type { OperationRole } from './classify.js';
import type { SdkInfo } from './info-extensions.js';

export type { OperationExtensions, OperationRole, SdkInfo };

export type { HttpMethod } from '../../../src/openapi/operations.js';
/** One method of the spec as read, before it is grouped and named. */
export interface RawOperation {
  path: string;
  method: HttpMethod;
  op: Operation;
  pointer: string;
  /** Its extensions, read and checked once (extensions.ts). */
  extensions: OperationExtensions;
  /** The path item it belongs to, $ref followed. */
  pathItem: PathItem;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
export const PARAMETER_LOCATIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export interface PropertyModel {
  name: string;
  type: string;
  required: boolean;
  default?: unknown;
  constraints: string[];
  deprecated: boolean;
  description: string;
}

export interface ParameterModel extends PropertyModel {
  in: ParameterLocation;
  /** A query parameter's style, when not OpenAPI's default (`form`, exploded). */
  style?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject'; explode: boolean };
  /** The parameter's example in the spec. */
  example?: unknown;
  /** Its example, or a value built from its schema, for the docs' examples. */
  sample?: unknown;
}

export interface ExampleModel {
  name: string;
  summary?: string;
  value: unknown;
}

/** One variant of a union (`oneOf`/`anyOf`), for the docs. */
export interface VariantModel {
  name: string;
  properties: PropertyModel[];
}

export interface ResponseModel {
  status: string;
  description: string;
  /** The media type read, when the response has a body. */
  mediaType?: string;
  kind: ResultKind;
  type: string;
  properties: PropertyModel[];
  variants: VariantModel[];
  examples: ExampleModel[];
  /** The `error.type` values its examples show, for the docs' errors table. */
  errorTypes: string[];
}

export interface RequestBodyModel {
  required: boolean;
  mediaType: string;
  kind: BodyKind;
  /** Media types the API also accepts, which the client does not send. */
  otherMediaTypes: string[];
  type: string;
  properties: PropertyModel[];
  variants: VariantModel[];
  examples: ExampleModel[];
  /** The first example's value, or one built from the schema, for the docs' examples. */
  sample?: unknown;
  /** Form fields whose lists the spec's encoding sends as `name[0]=…` (deepObject). */
  deepObject: string[];
}

/**
 * How a method's one argument is laid out:
 *   none  no argument
 *   body  the argument is the request body (no parameters)
 *   flat  one object: every parameter by name, and the body's fields beside them, or the body
 *         under `bodyKey` when it is not an object or a field name is taken by a parameter
 */
export interface InputModel {
  shape: 'none' | 'body' | 'flat';
  required: boolean;
  bodyKey?: string;
}

export interface OperationModel {
  operationId: string;
  /** Type-name stem, e.g. AccessCodesUpdate. */
  typeName: string;
  /** Dotted name, e.g. accessCodes.update. */
  name: string;
  namespacePath: string[];
  methodName: string;
  method: HttpMethod;
  alternativeMethods: HttpMethod[];
  /** The spec's path key, e.g. `/things/{id}`. */
  path: string;
  /** Where the request goes: the path key without a fragment that only names the operation (url-path.ts). */
  urlPath: string;
  summary: string;
  description: string;
  deprecated: boolean;
  /** What to use instead, from x-deprecated. */
  deprecationNote?: string;
  tags: string[];
  security: string[][];
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  input: InputModel;
  /** The response the method resolves to (a 2xx; else `default`; else none: it resolves void). */
  success: ResponseModel;
  errors: ResponseModel[];
  responseKey?: string;
  /** What the resolved value must look like (see shape.ts). */
  shape?: ResponseShape;
  resultType: string;
  idempotent: boolean;
  /** The body's property that holds the action attempt, when the method resolves to something else (the body, or a resource beside it). */
  attemptKey?: string;
  /** The operation returns an action attempt by its id (Seam's /action_attempts/get): the client polls it, and it waits when a call asks. */
  pollsActionAttempts?: boolean;
  /** What the method resolves to once it has waited: the attempt's `success` variant, and a value of it for the docs. */
  waited?: { variant: string; sample: unknown };
  /** The type of the action attempt the answer carries (x-action-attempt-type). */
  actionAttemptType?: string;
  /** Why the docs leave it out (x-undocumented, x-draft); the client still has it. */
  undocumented?: string;
  docsFile: string;
  /** The fields of the resolved value (of each item, when it is a list). */
  result: { fields: string[]; list: boolean };
  /** How the answer pages, when it holds one page of a longer list (pagination.ts). */
  pagination?: PaginationModel;
  /** x-fake-resource, as written: where conventions do not fit (resources.ts). */
  fakeResource?: Partial<ResourceModel> | false;
  /** What it does, decided once (classify.ts): the method name and the fake's rule follow from it, and it says whether the method pages or waits. */
  role: OperationRole;
  /** The resource this operation creates, reads, lists, updates or deletes, for the fake: its role's collection and action, with the names the answers give. */
  resource?: ResourceModel;
}

/**
 * Where a page's items and the next page's cursor are in the answer, and which request field takes
 * the cursor: paths of property names from the answer's root.
 */
export interface PaginationModel {
  /** Which convention or extension said so, for the docs and warnings. */
  source: string;
  items: string[];
  /** Where the next cursor is; or, with `nextFromLast`, the last item's field that is the cursor (Stripe's `id`). */
  next?: string[];
  nextFromLast?: string;
  /** The flag that says another page follows; without one, one does while there is a next cursor. */
  hasMore?: string[];
  /** The request field that takes the cursor; absent: none does, and the method resolves to one page. */
  cursor?: string;
  /** The request field that takes the page size, with the spec's default and maximum. */
  limit?: { name: string; default?: number; maximum?: number };
}

/**
 * What the fake does with an operation's resource: the testing kit's own rule type, which the
 * generator fills (resources.ts) and generated/operations.ts carries to it.
 */
export type ResourceModel = ResourceRule;
export type ResourceAction = ResourceRule['action'];

export interface NamespaceModel {
  name: string;
  path: string[];
  className: string;
  namespaces: NamespaceModel[];
  operations: OperationModel[];
}

export interface ApiModel {
  title: string;
  version: string;
  description: string;
  serverUrl: string;
  sdk: SdkInfo;
  naming: NamingStrategy;
  /** The vendor's choices the outputs write with (src/profiles/profile.ts): `--profile`, neutral by default. */
  profile: Profile;
  securitySchemes: Record<string, { type: string; description: string; header: string }>;
  operations: OperationModel[];
  root: NamespaceModel;
  /** What generation went on despite: ignored extensions, operations without a 2xx, … */
  warnings: string[];
}

export type { Locate } from '../errors.js';

export interface ModelOptions {
  /** Overrides `info.x-sdk.naming`. */
  naming?: NamingStrategy;
  /** The profile the outputs write with; its sample names are what `info.x-sdk` leaves out. Neutral when not given. */
  profile?: Profile;
}
