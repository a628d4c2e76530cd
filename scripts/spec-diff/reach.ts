// Which client methods a change reaches. `redocly diff` reports a change to a shared component
// (a property of AccessCode) once, at the path of the first operation it met it through; here the
// change is traced to that component and listed under every method whose request or response
// reaches it.
import type { OpenApiDocument } from '../generator/load.js';
import type { ApiModel } from '../generator/model/index.js';
import { keysOf, pointerOf } from '../../src/openapi/refs.js';

/** A node of the document, looked into by key: any JSON value, so each lookup gives unknown. */
type Lookup = { readonly [key: string]: unknown } | null | undefined;

/** `n?.[k]` of a node whose shape nothing has checked. */
const step = (n: unknown, k: string): unknown => (n as Lookup)?.[k];

const COMPONENT = /^#\/components\/[^/]+\/[^/]+$/;

/** The component a pointer ends inside, following `$ref`s met on the way (the last one crossed). */
export function componentOf(doc: OpenApiDocument, pointer: string): string | undefined {
  let node: unknown = doc;
  let component: string | undefined = /^#\/components\/[^/]+\/[^/]+/.exec(pointer)?.[0];
  // Redocly's path may also step through a discriminator mapping, whose values are bare refs.
  const refOf = (n: unknown): string | undefined => {
    if (typeof n === 'string') return n.startsWith('#/') ? n : undefined;
    const ref = n && typeof n === 'object' ? (n as Lookup)?.$ref : undefined;
    return typeof ref === 'string' ? ref : undefined;
  };
  for (const key of keysOf(pointer)) {
    for (let hops = 0; refOf(node) && !(typeof node === 'object' && key in (node as object)) && hops < 32; hops++) {
      const ref = refOf(node)!;
      const target = /^#\/components\/[^/]+\/[^/]+/.exec(ref)?.[0];
      if (target) component = target;
      node = keysOf(ref).reduce<unknown>(step, doc);
    }
    node = step(node, key);
  }
  return component;
}

/** For each component, the methods whose operation reaches it through `$ref`s. */
export function methodsByComponent(doc: OpenApiDocument, model: ApiModel): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const op of model.operations) {
    const seen = new Set<string>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const ref = (node as Lookup)?.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/')) {
        const target = /^#\/components\/[^/]+\/[^/]+/.exec(ref)?.[0];
        if (target && COMPONENT.test(target)) (out.get(target) ?? out.set(target, new Set()).get(target)!).add(op.name);
        if (seen.has(ref)) return;
        seen.add(ref);
        walk(keysOf(ref).reduce<unknown>(step, doc));
      }
      for (const value of Object.values(node)) walk(value);
    };
    for (const method of [op.method, ...op.alternativeMethods])
      walk(keysOf(pointerOf('paths', op.path, method)).reduce<unknown>(step, doc));
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
