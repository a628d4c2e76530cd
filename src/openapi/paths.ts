// How a path key reads as REST or RPC, read once per operation by the generator's classify pass
// (scripts/generator/model/classify.ts), whose role gives both the method name and the fake's rule:
//
//   /pets/{petId}          an item: its collection is `/pets`, named by the parameter `petId`
//   /pets                  a collection, when some path is an item of it (`/pets/{…}`)
//   /access_codes/update   a call: a path of static segments whose last names what it does
//
// The classify pass applies the HTTP method and the extensions to the reading; nothing else reads it.
import { urlPathOf } from './url-path.js';

/** The path's segments, without its naming fragment: `/pets/{id}` is `['pets', '{id}']`. */
export const segmentsOf = (path: string): string[] => urlPathOf(path).split('/').filter(Boolean);

/** A segment that holds a path parameter (`{id}`, `{name}.json`). */
export const isParamSegment = (segment: string): boolean => segment.startsWith('{');

/** The parameter's name when the whole segment is one parameter (`{petId}` is `petId`). */
export const paramNameOf = (segment: string): string | undefined => /^\{([^{}]+)\}$/.exec(segment)?.[1];

/** The path with its parameters blanked (`/pets/{}`): paths of one shape differ only by parameter names. */
export const shapeOf = (segments: readonly string[]): string =>
  '/' + segments.map((s) => (isParamSegment(s) ? '{}' : s)).join('/');

/** What every path of a spec tells about each: which shapes exist, which have paths under them, and the items of each collection. */
export interface PathIndex {
  shapes: Set<string>;
  /** Every shape that has longer paths under it (`/pets` when there is `/pets/{}/toys`). */
  parents: Set<string>;
  /** A collection's path (`/pets`) to the parameter that names its items (`petId` of `/pets/{petId}`). */
  itemParams: Map<string, string>;
}

export function indexPaths(paths: Iterable<string>): PathIndex {
  const index: PathIndex = { shapes: new Set(), parents: new Set(), itemParams: new Map() };
  for (const path of paths) {
    const segments = segmentsOf(path);
    index.shapes.add(shapeOf(segments));
    for (let i = 1; i < segments.length; i++) index.parents.add(shapeOf(segments.slice(0, i)));
    const item = itemOf(segments);
    if (item?.param !== undefined) index.itemParams.set(item.collection, item.param);
  }
  return index;
}

/** `/pets/{petId}`: an item of the collection before it, when that collection segment is static. */
function itemOf(segments: readonly string[]): { collection: string; param?: string } | undefined {
  const last = segments.at(-1);
  if (segments.length < 2 || last === undefined || !isParamSegment(last) || isParamSegment(segments.at(-2)!))
    return undefined;
  const param = paramNameOf(last);
  return { collection: `/${segments.slice(0, -1).join('/')}`, ...(param !== undefined ? { param } : {}) };
}

/** A path read as REST or RPC; `segment` is the segment that names the things (`pets`, `access_codes`). */
export type PathReading =
  /** Its last segment is a parameter; `of` is its collection when the segment before is static (`/pets/{petId}`). */
  | { style: 'item'; of?: { collection: string; param?: string; segment: string } }
  | { style: 'collection'; collection: string; param?: string; segment: string }
  /** `under`: other paths lie under it; `hasParams`: some segment is a parameter. */
  | { style: 'call'; collection: string; verb: string; segment: string; hasParams: boolean; under: boolean }
  | { style: 'none' };

/**
 * How one path reads among the others: an item (its last segment a parameter), a collection (an
 * item path lies under it), else a call named by its last segment (`/access_codes/update`).
 */
export function readPath(path: string, index: PathIndex): PathReading {
  const segments = segmentsOf(path);
  const last = segments.at(-1);
  if (last === undefined) return { style: 'none' };
  if (isParamSegment(last)) {
    const item = itemOf(segments);
    return { style: 'item', ...(item ? { of: { ...item, segment: segments.at(-2)! } } : {}) };
  }
  const shape = shapeOf(segments);
  if (index.shapes.has(`${shape}/{}`)) {
    const collection = `/${segments.join('/')}`;
    const param = index.itemParams.get(collection);
    return { style: 'collection', collection, ...(param !== undefined ? { param } : {}), segment: last };
  }
  if (segments.length < 2) return { style: 'none' };
  const collection = `/${segments.slice(0, -1).join('/')}`;
  return {
    style: 'call',
    collection,
    verb: last,
    segment: segments.at(-2)!,
    hasParams: segments.some(isParamSegment),
    under: index.parents.has(shape),
  };
}
