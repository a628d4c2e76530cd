// Paging: a list method's promise resolves to the first page, as any call does, and the same value
// is async-iterable over every item of every page (`for await (const code of seam.accessCodes.list(p))`),
// with `.pages()` for each page and its cursor. The generator says, per operation, where the items
// and the next cursor are and which request field takes it (OperationDescriptor.paginate); this
// file only follows that. Only list methods import it, so a bundle without one leaves it out.
import type { ClientCore } from './core.js';
import { SeamError, SeamInvalidResponseError } from './errors.js';
import type { OperationDescriptor, PageRule } from './operation.js';
import type { RequestOptions } from './options.js';
import { SeamPromise } from './seam-promise.js';
import { misfit } from './shape.js';

/** One page of a list. */
export interface Page<Item> {
  items: Item[];
  /** The cursor this page was asked for with; undefined for the first page of a call. */
  cursor: string | undefined;
  /** The cursor of the next page: undefined when the API says this is the last. */
  nextCursor: string | undefined;
  response: Response;
}

/** A page's answer: what the method resolves to, the response, and the page. */
export type PageAnswer<Value, Item> = [value: Value, response: Response, page: Page<Item>];

/** Fetches the page a cursor names (undefined: the call's own first page). */
export type PageFetcher<Value, Item> = (cursor: string | undefined) => Promise<PageAnswer<Value, Item>>;

/** A JSON object of the answer, looked into by key (its shape is what the page rule says, unchecked). */
type JsonObject = Record<string, unknown>;

const at = (body: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as JsonObject)[key] : undefined), body);

/** SeamInvalidResponseError for a page that is not what the spec promises; the body is left out (it may be large, or echo anything). */
const invalidPage = (response: Response, why: string) =>
  new SeamInvalidResponseError({
    status: response.status,
    code: 'invalid_response',
    message: `Unexpected page: ${why}`,
    body: undefined,
  });

/** The error led by the call's name (`accessCodes.list: …`), as core.ts leads every call's errors. */
function named(err: unknown, label: string | undefined): unknown {
  if (err instanceof SeamError && label && !err.message.startsWith(`${label}: `))
    err.message = `${label}: ${err.message}`;
  return err;
}

/** The page in an answer's body, as the rule says where to look. */
export function readPage<Item>(
  rule: PageRule,
  body: unknown,
  response: Response,
  cursor: string | undefined,
): Page<Item> {
  const items = at(body, rule.items);
  if (!Array.isArray(items)) throw invalidPage(response, `no list at ${rule.items.join('.') || 'the top'}`);
  const last = items[items.length - 1] as JsonObject | null | undefined;
  const next = rule.nextFromLast ? last?.[rule.nextFromLast] : at(body, rule.next ?? []);
  const given = (typeof next === 'string' && next !== '') || typeof next === 'number';
  const more = rule.hasMore ? at(body, rule.hasMore) === true : given;
  if (more && !given) throw invalidPage(response, 'it says another page follows, but gives no cursor for it');
  return { items, cursor, nextCursor: more ? String(next) : undefined, response };
}

/** The call's argument with the cursor in its request field (in the body under `bodyKey` when it is a body field). */
function withCursor(op: OperationDescriptor, input: unknown, cursor: string): unknown {
  const base = (input ?? {}) as Record<string, unknown>;
  const field = op.paginate!.cursor;
  const isParam = Object.values(op.params ?? {}).some((names) => names.includes(field));
  if (op.bodyKey && !isParam) return { ...base, [op.bodyKey]: { ...(base[op.bodyKey] as object), [field]: cursor } };
  return { ...base, [field]: cursor };
}

/**
 * A SeamPromise of the first page's value that is also async-iterable over every item of every
 * page. Each page is asked for with the call's own argument (its filters and `limit`) and the
 * cursor; iteration ends when the API says no page follows. A failed page rejects with its typed
 * error, whose `pageCursor` is the cursor to resume from (`.pages({ from: error.pageCursor })`).
 */
export class PagePromise<Value, Item> extends SeamPromise<Value> implements AsyncIterable<Item> {
  readonly #first: Promise<PageAnswer<Value, Item>>;
  readonly #fetch: PageFetcher<Value, Item>;
  readonly #label: string | undefined;

  /** `label` leads the message of an error the iteration itself raises (the method's name, or the route). */
  constructor(fetch: PageFetcher<Value, Item>, label?: string) {
    const first = fetch(undefined);
    super(first.then(([value, response]) => [value, response]));
    this.#first = first;
    this.#fetch = fetch;
    this.#label = label;
  }

  /** Each page, from the first (or from the page `from` names), until the API says none follows. */
  async *pages(options: { from?: string } = {}): AsyncGenerator<Page<Item>, void, undefined> {
    // The iteration reports a failure: the promise itself must not report it as unhandled too.
    this.catch(() => {});
    let page = options.from === undefined ? (await this.#first)[2] : (await this.#fetch(options.from))[2];
    const seen = new Set<string>();
    yield page;
    while (page.nextCursor !== undefined) {
      // A server that hands back a cursor it gave before would page forever.
      if (seen.has(page.nextCursor))
        throw named(invalidPage(page.response, 'the next cursor is one this iteration already followed'), this.#label);
      seen.add(page.nextCursor);
      page = (await this.#fetch(page.nextCursor))[2];
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}

/** The error of a failed page, carrying the cursor to resume from. */
export function withPageCursor(err: unknown, cursor: string | undefined): unknown {
  if (err instanceof SeamError && cursor !== undefined)
    Object.defineProperty(err, 'pageCursor', { value: cursor, enumerable: true });
  return err;
}

/** What a generated list method returns: `core.request` per page, with the cursor added to its argument. */
export function listPages<Value, Item>(
  core: ClientCore<boolean>,
  op: OperationDescriptor,
  input: unknown,
  options?: RequestOptions,
): PagePromise<Value, Item> {
  const rule = op.paginate!;
  const key = op.responseKey;
  // The runtime reads the whole body (the cursor is beside the items), then takes the key itself.
  const pageOp: OperationDescriptor = key ? { ...op, responseKey: undefined, shape: undefined } : op;
  const own = (input as Record<string, unknown> | undefined)?.[rule.cursor];
  return new PagePromise<Value, Item>(
    (cursor) =>
      core
        .request(pageOp, cursor === undefined ? input : withCursor(op, input, cursor), options)
        .withResponse()
        .then(({ data, response }): PageAnswer<Value, Item> => {
          const value = key ? (data as JsonObject | null | undefined)?.[key] : data;
          const why = key && value === undefined ? `no "${key}"` : key && op.shape && misfit(value, op.shape);
          if (why) throw invalidPage(response, why);
          return [
            value as Value,
            response,
            readPage<Item>(rule, data, response, cursor ?? (typeof own === 'string' ? own : undefined)),
          ];
        })
        .catch((err: unknown) => {
          throw withPageCursor(named(err, op.name), cursor);
        }),
    op.name,
  );
}
