// The fake pages every list the generator marks as paged (generated/operations.ts:
// operationPagination): `limit` with the spec's default, a stable order (the order items were
// made in), an opaque cursor that is checked (one it did not give, or one given for other filters,
// is a 400 invalid_input), and the next cursor, the has-more flag and a `next_page_url` where
// the spec's answer holds them. Stripe's style (the cursor is the last item's id) pages by that id.
import type { Answer } from './answers.js';

/** A JSON object of an answer's body, looked into by key (its shape is what the paging rule says, unchecked). */
type JsonObject = Record<string, unknown>;

/** One paged operation, as the generator emits it (scripts/generator/model/pagination.ts). */
export interface PagingRule {
  items: readonly string[];
  cursor: string;
  next?: readonly string[];
  nextFromLast?: string;
  hasMore?: readonly string[];
  limit?: { name: string; default?: number; maximum?: number };
}

/** What a page request asks for, once checked: the filters left for the list, and where the page starts. */
export interface PageRequest {
  filters: Record<string, unknown>;
  limit: number;
  /** Offset into the filtered list, or the id the page starts after (Stripe's style). */
  start: { offset: number } | { after: string };
  fingerprint: string;
}

const invalid = (field: string, message: string): Answer => ({
  status: 400,
  body: {
    ok: false,
    error: { type: 'invalid_input', message, validation_errors: { _errors: [], [field]: { _errors: [message] } } },
  },
});

/** A short hash of the filters, so that a cursor is only good for the list it was given for (FNV-1a). */
function fingerprintOf(filters: Record<string, unknown>): string {
  const text = JSON.stringify(
    Object.keys(filters)
      .sort()
      .map((k) => [k, filters[k]]),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

// Opaque to a client (base64url of a small JSON), checked when it comes back.
const encode = (offset: number, fingerprint: string): string =>
  btoa(JSON.stringify({ o: offset, f: fingerprint }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
function decode(cursor: string): { o: number; f: string } | undefined {
  try {
    const value = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    return Number.isSafeInteger(value?.o) && value.o >= 0 && typeof value.f === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Reads and checks a page request: its limit and cursor, taken out of the filters. */
export function readPageRequest(rule: PagingRule, input: Record<string, unknown>): PageRequest | Answer {
  const filters = { ...input };
  const cursor = filters[rule.cursor];
  const limitName = rule.limit?.name;
  const rawLimit = limitName === undefined ? undefined : filters[limitName];
  delete filters[rule.cursor];
  if (limitName !== undefined) delete filters[limitName];
  const limit =
    rawLimit === undefined || rawLimit === null || rawLimit === ''
      ? (rule.limit?.default ?? Infinity)
      : Math.floor(Number(rawLimit));
  if (!(limit >= 1)) return invalid(limitName ?? 'limit', `${limitName} must be a number of at least 1`);
  const fingerprint = fingerprintOf(filters);
  if (cursor === undefined || cursor === null || cursor === '')
    return { filters, limit, start: { offset: 0 }, fingerprint };
  if (typeof cursor !== 'string') return invalid(rule.cursor, `${rule.cursor} must be a string`);
  if (rule.nextFromLast) return { filters, limit, start: { after: cursor }, fingerprint };
  const decoded = decode(cursor);
  if (!decoded) return invalid(rule.cursor, `${rule.cursor} is not a cursor this list gave`);
  if (decoded.f !== fingerprint) return invalid(rule.cursor, `${rule.cursor} was given for a list with other filters`);
  return { filters, limit, start: { offset: decoded.o }, fingerprint };
}

const at = (body: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as JsonObject)[k] : undefined), body);

/** A copy of `body` with `value` at `path`: objects along the path are copied, never changed (they may be the spec's examples). */
function setAt(body: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const base = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
  return { ...base, [head]: setAt((base as JsonObject)[head], rest, value) };
}

/** The answer cut to the page asked for, with the next cursor, the has-more flag and `next_page_url` set. */
export function pageAnswer(rule: PagingRule, request: PageRequest, answer: Answer, url: string): Answer {
  const all = at(answer.body, rule.items);
  if (answer.status >= 300 || !Array.isArray(all)) return answer;
  let offset: number;
  if ('after' in request.start) {
    const after = request.start.after;
    const index = all.findIndex(
      (item) => String((item as JsonObject | null | undefined)?.[rule.nextFromLast!]) === after,
    );
    if (index < 0) return invalid(rule.cursor, `${rule.cursor} names no item of this list`);
    offset = index + 1;
  } else offset = request.start.offset;
  const end = Math.min(all.length, offset + request.limit);
  const items = all.slice(offset, end);
  const more = end < all.length;
  let body = setAt(answer.body, rule.items, items);
  if (rule.hasMore) body = setAt(body, rule.hasMore, more);
  if (rule.next) {
    const cursor = more ? encode(end, request.fingerprint) : null;
    body = setAt(body, rule.next, cursor);
    // A pagination object may also give the next page as a URL (`next_page_url`).
    const parent = rule.next.slice(0, -1);
    const holder = at(body, parent);
    if (holder !== null && typeof holder === 'object' && Object.hasOwn(holder, 'next_page_url')) {
      const next = new URL(url);
      if (cursor) next.searchParams.set(rule.cursor, cursor);
      body = setAt(body, [...parent, 'next_page_url'], cursor ? next.href : null);
    }
  }
  return { ...answer, body };
}
