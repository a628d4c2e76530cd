// Where a document's media-type examples are, for the examples lint (examples.ts): every media type
// in parameters, request bodies, responses, headers, encodings, callbacks and webhooks, as Redocly's
// walk for `no-invalid-media-type-examples` visits them, each with its JSON pointer.
import type { Oas3Callback, Oas3Header } from '@redocly/openapi-core';
import {
  followRef,
  isObjectNode,
  webhooksOf,
  type MediaTypeObject,
  type OpenApiDocument,
  type Parameter,
  type PathItem,
  type Referenced,
  type RequestBody,
  type ResponseObject,
} from './document.js';
import { HTTP_METHODS } from '../../src/openapi/operations.js';
import { keysOf, pointerOf } from '../../src/openapi/refs.js';

// OpenAPI 3.2 adds `query`: the examples lint reads it too.
const METHODS = [...HTTP_METHODS, 'query'] as const;

export interface MediaTypeSite {
  pointer: string;
  mediaType: MediaTypeObject;
  apiContext: 'request' | 'response';
}

/** What holds media types: a parameter, a request body, a response or a header, in place or as a `$ref`. */
type Holder = Referenced<Parameter | RequestBody | ResponseObject | Oas3Header>;

/** Every media type the rule looks at: in parameters, request bodies and responses, wherever they are. */
export function mediaTypeSites(doc: OpenApiDocument): MediaTypeSite[] {
  const sites: MediaTypeSite[] = [];
  const seen = new Set<string>();
  // `$ref`s to parameters, bodies and responses are skipped: in a bundled document their targets
  // are in components, visited there.
  const content = (holder: Holder | undefined, keys: string[], apiContext: MediaTypeSite['apiContext']) => {
    if (!isObjectNode(holder) || '$ref' in holder || !isObjectNode(holder.content)) return;
    for (const [type, mediaType] of Object.entries(holder.content)) {
      if (!isObjectNode(mediaType)) continue;
      const pointer = pointerOf(...keys, 'content', type);
      if (seen.has(pointer)) continue;
      seen.add(pointer);
      sites.push({ pointer, mediaType, apiContext });
      if (isObjectNode(mediaType.encoding)) {
        for (const [name, encoding] of Object.entries(mediaType.encoding)) {
          const map = isObjectNode(encoding) ? encoding.headers : undefined;
          headers(map, [...keys, 'content', type, 'encoding', name, 'headers'], apiContext);
        }
      }
    }
  };
  // Headers count where they are used (in a response, or in an encoding), as in Redocly's walk:
  // a `$ref`'d one is checked at its target, once.
  const headers = (
    map: Record<string, Referenced<Oas3Header>> | undefined,
    keys: string[],
    apiContext: MediaTypeSite['apiContext'],
  ) => {
    if (!isObjectNode(map)) return;
    for (const [name, header] of Object.entries(map)) {
      // Bundling has already refused any `$ref` that leads nowhere.
      const target = followRef(doc, header);
      content(target.node, target.pointer ? keysOf(target.pointer) : [...keys, name], apiContext);
    }
  };
  const parameters = (list: Referenced<Parameter>[] | undefined, keys: string[]) => {
    if (Array.isArray(list)) list.forEach((p, i) => content(p, [...keys, String(i)], 'request'));
  };
  const responses = (map: Record<string, Referenced<ResponseObject>> | undefined, keys: string[]) => {
    if (!isObjectNode(map)) return;
    for (const [code, response] of Object.entries(map)) {
      content(response, [...keys, code], 'response');
      if (isObjectNode(response) && !('$ref' in response))
        headers(response.headers, [...keys, code, 'headers'], 'response');
    }
  };
  const callbacks = (map: Record<string, Referenced<Oas3Callback>> | undefined, keys: string[]) => {
    if (!isObjectNode(map)) return;
    for (const [name, callback] of Object.entries(map)) {
      if (isObjectNode(callback) && !('$ref' in callback)) {
        for (const [expression, item] of Object.entries(callback)) pathItem(item, [...keys, name, expression]);
      }
    }
  };
  const pathItem = (item: Referenced<PathItem> | undefined, keys: string[]) => {
    if (!isObjectNode(item) || '$ref' in item) return;
    parameters(item.parameters, [...keys, 'parameters']);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObjectNode(op)) continue;
      parameters(op.parameters, [...keys, method, 'parameters']);
      content(op.requestBody, [...keys, method, 'requestBody'], 'request');
      responses(op.responses, [...keys, method, 'responses']);
      callbacks(op.callbacks, [...keys, method, 'callbacks']);
    }
  };
  for (const [section, items] of [
    ['paths', doc.paths],
    ['webhooks', webhooksOf(doc)],
  ] as const) {
    if (isObjectNode(items)) for (const [key, item] of Object.entries(items)) pathItem(item, [section, key]);
  }
  const components = isObjectNode(doc.components) ? doc.components : {};
  if (isObjectNode(components.parameters)) {
    for (const [name, p] of Object.entries(components.parameters))
      content(p, ['components', 'parameters', name], 'request');
  }
  if (isObjectNode(components.requestBodies)) {
    for (const [name, b] of Object.entries(components.requestBodies))
      content(b, ['components', 'requestBodies', name], 'request');
  }
  responses(components.responses, ['components', 'responses']);
  callbacks(components.callbacks, ['components', 'callbacks']);
  const pathItems = 'pathItems' in components ? components.pathItems : undefined;
  if (isObjectNode(pathItems)) {
    for (const [name, item] of Object.entries(pathItems)) pathItem(item, ['components', 'pathItems', name]);
  }
  return sites;
}
