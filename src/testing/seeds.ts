// The records the docs' examples name. A docs sample that gets, updates or deletes an item names
// its id: an id from the spec's examples, or a value sampled from the parameter's schema (a uuid
// where it has no example). On an empty fake each of those is a 404. The generator knows every
// sample it writes into the docs, so it lists the records they need (generated/operations.ts:
// exampleSeeds); planting them makes the docs' samples, the Try-it panel's first send and a test
// copied from the docs find what they name. The seeds are data from the spec: each is copied as
// JSON before it is kept, so a `__proto__` key stays a field and the store never changes the seed.
import type { Item } from './collections.js';
import type { ExampleSeed } from './manifest.js';

export type { ExampleSeed };

/** Where seeds are planted: the store's one hook for them (store.ts: Store.plant). */
export interface SeedBed {
  plant(collection: string, id: string, item: Item): boolean;
}

/**
 * Makes every seed's record exist, leaving a record that already has its id as it is (a test's own
 * state wins). Planting again after a delete brings the record back. Returns the ids it added.
 */
export function plantSeeds(store: SeedBed, seeds: readonly ExampleSeed[]): string[] {
  const added: string[] = [];
  for (const seed of seeds) {
    // A copy: the store changes its records in place, the seed must stay as the spec wrote it.
    const item = JSON.parse(JSON.stringify(seed.item)) as Item;
    if (store.plant(seed.collection, seed.id, item)) added.push(seed.id);
  }
  return added;
}
