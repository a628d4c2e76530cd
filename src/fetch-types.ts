// The types of seam-connect-client/fetch's verb methods: openapi-fetch's own, except that an
// answer's type is the spec's as it is. openapi-fetch 0.17 passes it through `Readable<T>`, which
// drops every property whose type is exactly `null` (`NonNullable<null>` is `never`, and `never`
// extends its `$Write` marker): a pending action attempt lost `result: null` and `error: null`
// (openapi-typescript issue #2717, fix not released). This spec carries no readOnly/writeOnly
// markers for `Readable` to strip, so the answer's type is its content type unchanged.
import type { Client, MaybeOptionalInit, ParseAsResponse } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';

type Verb = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';

/** The paths with an operation for `V` (openapi-typescript writes `get?: never` for the others). */
type PathsWith<V extends Verb> = { [P in keyof paths]: paths[P] extends { [K in V]: object } ? P : never }[keyof paths];

/** The body of an operation's answers with one of `Statuses`, of any media type. */
type ContentOf<Op, Statuses> = Op extends { responses: infer R }
  ? { [S in keyof R & Statuses]: R[S] extends { content: infer C } ? C[keyof C] : never }[keyof R & Statuses]
  : never;
type ErrorStatuses<Op> = Op extends { responses: infer R } ? Exclude<keyof R, OkStatus> : never;

/** What a verb method resolves to: openapi-fetch's FetchResponse, with the spec's answer types. */
export type SeamFetchResponse<Op, Init> =
  | { data: ParseAsResponse<ContentOf<Op, OkStatus>, Init>; error?: never; response: Response }
  | { data?: never; error: ContentOf<Op, ErrorStatuses<Op>>; response: Response };

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** openapi-fetch's InitParam: the second argument is required when the operation needs parameters or a body. */
type InitParam<Init> = [RequiredKeys<Init>] extends [never]
  ? [(Init & { [key: string]: unknown })?]
  : [Init & { [key: string]: unknown }];

type VerbMethod<V extends Verb> = <Path extends PathsWith<V>, Init extends MaybeOptionalInit<paths[Path], V>>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<SeamFetchResponse<paths[Path][V], Init>>;

/** An openapi-fetch client typed with every path of the spec, its answers typed as the spec gives them. */
export interface SeamFetchClient extends Omit<
  Client<paths>,
  'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE'
> {
  GET: VerbMethod<'get'>;
  PUT: VerbMethod<'put'>;
  POST: VerbMethod<'post'>;
  DELETE: VerbMethod<'delete'>;
  OPTIONS: VerbMethod<'options'>;
  HEAD: VerbMethod<'head'>;
  PATCH: VerbMethod<'patch'>;
  TRACE: VerbMethod<'trace'>;
}
