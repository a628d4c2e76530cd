// Which client methods a change reaches. `redocly diff` reports a change to a shared component
// (a property of AccessCode) once, at the path of the first operation it met it through; here the
// change is traced to that component and listed under every method whose request or response
// reaches it.
import type { OpenApiDocument } from '../generator/load.js';
import type { ApiModel } from '../generator/model/index.js';
import { keysOf, pointerOf } from '../../src/openapi/refs.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const COMPONENT = /^#\/components\/[^/]+\/[^/]+$/;

/** The component a pointer ends inside, following `$ref`s met on the way (the last one crossed). */
export function componentOf(doc: OpenApiDocument, pointer: string): string | undefined {
  let node: Json = doc;
  let component: string | undefined = /^#\/components\/[^/]+\/[^/]+/.exec(pointer)?.[0];
  // Redocly's path may also step through a discriminator mapping, whose values are bare refs.
  const refOf = (n: Json): string | undefined =>
    typeof n === 'string' && n.startsWith('#/') ? n : n && typeof n === 'object' && typeof n.$ref === 'string' ? n.$ref : undefined;
  for (const key of keysOf(pointer)) {
    for (let hops = 0; refOf(node) && !(typeof node === 'object' && key in node) && hops < 32; hops++) {
      const ref = refOf(node)!;
      const target = /^#\/components\/[^/]+\/[^/]+/.exec(ref)?.[0];
      if (target) component = target;
      node = keysOf(ref).reduce((n: Json, k) => n?.[k], doc);
    }
    node = node?.[key];
  }
  return component;
}

/** For each component, the methods whose operation reaches it through `$ref`s. */
export function methodsByComponent(doc: OpenApiDocument, model: ApiModel): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const op of model.operations) {
    const seen = new Set<string>();
    const walk = (node: Json): void => {
      if (!node || typeof node !== 'object') return;
      if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
        const target = /^#\/components\/[^/]+\/[^/]+/.exec(node.$ref)?.[0];
        if (target && COMPONENT.test(target)) (out.get(target) ?? out.set(target, new Set()).get(target)!).add(op.name);
        if (seen.has(node.$ref)) return;
        seen.add(node.$ref);
        walk(keysOf(node.$ref).reduce((n: Json, k) => n?.[k], doc));
      }
      for (const value of Object.values(node)) walk(value);
    };
    for (const method of [op.method, ...op.alternativeMethods]) walk(keysOf(pointerOf('paths', op.path, method)).reduce((n: Json, k) => n?.[k], doc));
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
