// Stage four: the answer to a valid request. A behaviour the vendor's rules declare answers first;
// else the collection the manifest places the operation in (resources.ts), paged where it is a
// paged list (paging.ts); else the spec's documented success. An operation that starts an action
// attempt (x-action-attempt-type) and has no declared rule keeps the attempt its answer holds.
import type { Answer } from '../answers.js';
import { isJsonMediaType } from '../../openapi/media.js';
import { deref, nodeAt } from '../../openapi/refs.js';
import { sampleOf } from '../../openapi/sample.js';
import { pageAnswer, readPageRequest, type PagingRule } from '../paging.js';
import { runResourceRule, type ResourceRule } from '../resources.js';
import type { Route } from '../routes.js';
import { behaviourOf, type FakeRules } from '../rules.js';
import type { Store } from '../store.js';
import { randomUUID } from '../uuid.js';
import type { Routed } from './request.js';

/** What the answer stage reads: the spec, the manifest's rules by operation, the vendor's rules and the state. */
export interface AnswerContext {
  spec: object;
  rules: FakeRules;
  resources: Readonly<Record<string, ResourceRule | undefined>>;
  pagination: Readonly<Record<string, PagingRule | undefined>>;
  /** Each operation's x-action-attempt-type. */
  actionTypes: Readonly<Record<string, string | undefined>>;
  store: Store;
}

/** The status and body the spec documents for an operation's success (its manifest entry says where): its example, else a sample of its schema. */
export function documentedAnswer(spec: unknown, route: Route): Answer {
  const { status, mediaType, example, schema } = route.success;
  if (mediaType === undefined) return { status, body: undefined };
  const value =
    (example === undefined ? undefined : nodeAt(spec, example)) ??
    (schema === undefined ? undefined : sampleOf(nodeAt(spec, schema), (n) => deref(spec, n))) ??
    (isJsonMediaType(mediaType) ? {} : 'example');
  return { status, body: value, contentType: mediaType };
}

const own = <T>(table: Readonly<Record<string, T | undefined>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** `input` is called only when a rule reads the request (parsing a body costs, and a plain example answer needs none). */
export function answer(request: Routed, ctx: AnswerContext, input: () => Record<string, unknown>): Answer {
  const key = request.route.key;
  const behaviour = behaviourOf(ctx.rules, key);
  const rule = own(ctx.resources, key);
  const paging = own(ctx.pagination, key);
  // An operation no declared rule covers that starts an action attempt: the attempt in its answer is kept.
  const type = behaviour ? undefined : own(ctx.actionTypes, key);
  const started = (a: Answer): Answer => (type ? ctx.store.startAttempt(a, type) : a);
  if (!behaviour && !rule && !paging) return started(documentedAnswer(ctx.spec, request.route));
  let values = input();
  // A paged list: its limit and cursor are checked and taken out, so the list is filtered by the rest.
  const page = paging ? readPageRequest(paging, values) : undefined;
  if (page && 'status' in page) return page;
  if (page) values = page.filters;
  const whole = behaviour
    ? behaviour(ctx.store, values)
    : started(
        rule
          ? runResourceRule(
              rule,
              ctx.store.collections.of(rule.collection),
              values,
              documentedAnswer(ctx.spec, request.route),
              randomUUID,
            )
          : documentedAnswer(ctx.spec, request.route),
      );
  return page ? pageAnswer(paging!, page, whole, request.url) : whole;
}
