// The fake's one state: every collection's items by id. The generic resource rules (resources.ts),
// the declared rules (store.ts) and the event feed all keep what they hold here, so one snapshot
// shows everything and one fake never shares state with another.

export type Item = Record<string, unknown>;

/** Every collection's items by id, created on first use. */
export class Collections {
  readonly #byName = new Map<string, Map<string, Item>>();
  /** What the rules keep for themselves (an attempt's poll count): state, but never shown as the API's. */
  readonly #bookkeeping = new Map<string, Map<string, unknown>>();

  of<T extends Item = Item>(collection: string): Map<string, T> {
    let items = this.#byName.get(collection);
    if (!items) this.#byName.set(collection, (items = new Map()));
    return items as Map<string, T>;
  }

  /** A map of the rules' own, left out of `snapshot()`. */
  bookkeeping<T>(name: string): Map<string, T> {
    let entries = this.#bookkeeping.get(name);
    if (!entries) this.#bookkeeping.set(name, (entries = new Map()));
    return entries as Map<string, T>;
  }

  /** A snapshot: each collection's items, copied. */
  snapshot(): Map<string, Map<string, Item>> {
    return new Map(
      [...this.#byName].map(([name, items]) => [name, new Map([...items].map(([id, item]) => [id, { ...item }]))]),
    );
  }
}
