// Where a document's media-type examples are, for the examples lint (examples.ts): every media type
// in parameters, request bodies, responses, headers, encodings, callbacks and webhooks, as Redocly's
// walk for `no-invalid-media-type-examples` visits them, each with its JSON pointer.
import { isObject } from '../../src/openapi/json.js';
import { HTTP_METHODS } from '../../src/openapi/operations.js';
import { follow, keysOf, pointerOf } from '../../src/openapi/refs.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bundled document, not yet typed
type Json = any;

// OpenAPI 3.2 adds `query`: the examples lint reads it too.
const METHODS = [...HTTP_METHODS, 'query'];

export interface MediaTypeSite {
  pointer: string;
  mediaType: Json;
  apiContext: 'request' | 'response';
}

/** Every media type the rule looks at: in parameters, request bodies and responses, wherever they are. */
export function mediaTypeSites(doc: Json): MediaTypeSite[] {
  const sites: MediaTypeSite[] = [];
  const seen = new Set<string>();
  // `$ref`s to parameters, bodies and responses are skipped: in a bundled document their targets
  // are in components, visited there.
  const content = (holder: Json, keys: string[], apiContext: MediaTypeSite['apiContext']) => {
    if (!isObject(holder) || '$ref' in holder || !isObject(holder.content)) return;
    for (const [type, mediaType] of Object.entries(holder.content)) {
      if (!isObject(mediaType)) continue;
      const pointer = pointerOf(...keys, 'content', type);
      if (seen.has(pointer)) continue;
      seen.add(pointer);
      sites.push({ pointer, mediaType, apiContext });
      if (isObject(mediaType.encoding)) {
        for (const [name, encoding] of Object.entries<Json>(mediaType.encoding)) {
          headers(encoding?.headers, [...keys, 'content', type, 'encoding', name, 'headers'], apiContext);
        }
      }
    }
  };
  // Headers count where they are used (in a response, or in an encoding), as in Redocly's walk:
  // a `$ref`'d one is checked at its target, once.
  const headers = (map: unknown, keys: string[], apiContext: MediaTypeSite['apiContext']) => {
    if (!isObject(map)) return;
    for (const [name, header] of Object.entries<Json>(map)) {
      // Bundling has already refused any `$ref` that leads nowhere.
      const target = follow(doc, header);
      content(target.node, target.pointer ? keysOf(target.pointer) : [...keys, name], apiContext);
    }
  };
  const parameters = (list: unknown, keys: string[]) => {
    if (Array.isArray(list)) list.forEach((p, i) => content(p, [...keys, String(i)], 'request'));
  };
  const responses = (map: unknown, keys: string[]) => {
    if (!isObject(map)) return;
    for (const [code, response] of Object.entries<Json>(map)) {
      content(response, [...keys, code], 'response');
      if (isObject(response) && !('$ref' in response))
        headers(response.headers, [...keys, code, 'headers'], 'response');
    }
  };
  const callbacks = (map: unknown, keys: string[]) => {
    if (!isObject(map)) return;
    for (const [name, callback] of Object.entries(map)) {
      if (isObject(callback) && !('$ref' in callback)) {
        for (const [expression, item] of Object.entries(callback)) pathItem(item, [...keys, name, expression]);
      }
    }
  };
  const pathItem = (item: Json, keys: string[]) => {
    if (!isObject(item) || '$ref' in item) return;
    parameters(item.parameters, [...keys, 'parameters']);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      parameters(op.parameters, [...keys, method, 'parameters']);
      content(op.requestBody, [...keys, method, 'requestBody'], 'request');
      responses(op.responses, [...keys, method, 'responses']);
      callbacks(op.callbacks, [...keys, method, 'callbacks']);
    }
  };
  for (const section of ['paths', 'webhooks']) {
    if (isObject(doc[section])) for (const [key, item] of Object.entries(doc[section])) pathItem(item, [section, key]);
  }
  const components = isObject(doc.components) ? doc.components : {};
  if (isObject(components.parameters)) {
    for (const [name, p] of Object.entries(components.parameters))
      content(p, ['components', 'parameters', name], 'request');
  }
  if (isObject(components.requestBodies)) {
    for (const [name, b] of Object.entries(components.requestBodies))
      content(b, ['components', 'requestBodies', name], 'request');
  }
  responses(components.responses, ['components', 'responses']);
  callbacks(components.callbacks, ['components', 'callbacks']);
  if (isObject(components.pathItems)) {
    for (const [name, item] of Object.entries(components.pathItems)) pathItem(item, ['components', 'pathItems', name]);
  }
  return sites;
}
