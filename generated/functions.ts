// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { ClientCore, RequestOptions, SeamPromise, PagePromise, WaitForActionAttemptOptions } from '../src/runtime/index.js';
import { resumeWait } from '../src/runtime/index.js';
import { listPages } from '../src/runtime/index.js';
import { AccessCodesListOperation, AccessCodesUpdateOperation, AccessCodesUpdateMultipleOperation, ActionAttemptsGetOperation } from './client.js';
import type { AccessCodesListRequest, AccessCodesListResult, AccessCodesListItem, AccessCodesUpdateRequest, AccessCodesUpdateResult, AccessCodesUpdateWaited, AccessCodesUpdateMultipleRequest, AccessCodesUpdateMultipleResult, ActionAttemptsGetRequest, ActionAttemptsGetResult, ActionAttemptsGetWaited } from './client.js';

/**
 * List access codes
 *
 * Resolves to the answer's `access_codes` field: `AccessCodesListResult` (`access_code[]`).
 *
 * The HTTP call: `POST /access_codes/list` (the API also accepts GET)
 *
 * Lists the access codes of a device, or the codes named by `access_code_ids`, in the order
 * they were created.
 *
 * The answer is one page: at most `limit` codes, and a `pagination` object. While
 * `pagination.has_next_page` is true, ask again with the same filters and
 * `page_cursor` set to `pagination.next_page_cursor` for the next page. The client does
 * this for you: iterate the call with `for await`.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function accessCodesList(core: ClientCore<boolean>, body: AccessCodesListRequest, options?: RequestOptions): PagePromise<AccessCodesListResult, AccessCodesListItem> {
  return listPages(core, AccessCodesListOperation, body, options);
}

/**
 * Update an access code
 *
 * Sends the request, then waits for the action attempt (`UPDATE_ACCESS_CODE`) to finish, polling it, and resolves to the finished attempt: `AccessCodesUpdateWaited`, the `success` variant of `action_attempt`. An attempt that ends in `error`, or is still pending after 5000 ms, is thrown (see below).
 *
 * To get the attempt as the API answers it, usually still `pending`, pass `{ waitForActionAttempt: false }` as the call's options (`seam.accessCodes.update(…, { waitForActionAttempt: false })`, which resolves to `AccessCodesUpdateResult`), or to the client for every call (`new SeamClient({ waitForActionAttempt: false })`). `{ waitForActionAttempt: { timeout, pollingInterval } }` sets how long to wait (5000 ms by default) and the longest pause between polls (500 ms).
 *
 * The HTTP call: `POST /access_codes/update` (the API also accepts PUT, PATCH)
 *
 * Changes one active or upcoming access code: its PIN, name, schedule, type or offline
 * settings. Only `access_code_id` is required; properties left out keep their current
 * values.
 *
 * The lock applies the change asynchronously. The response carries an action attempt of
 * type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
 * until `status` is `success` (the `result` holds the updated access code) or `error`.
 *
 * Cross-field rules:
 * - `ends_at` must be in the future and after `starts_at`.
 * - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `access_code_not_found`, `device_not_found`: No access code, device or linked group matches the given ID or key: `access_code_not_found` for an unknown `access_code_id` or `common_code_key`, `device_not_found` for an unknown `device_id`.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamActionAttemptFailedError | SeamActionAttemptTimeoutError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: false }): SeamPromise<AccessCodesUpdateResult>;
/**
 * Update an access code
 *
 * Sends the request, then waits for the action attempt (`UPDATE_ACCESS_CODE`) to finish, polling it, and resolves to the finished attempt: `AccessCodesUpdateWaited`, the `success` variant of `action_attempt`. An attempt that ends in `error`, or is still pending after 5000 ms, is thrown (see below).
 *
 * To get the attempt as the API answers it, usually still `pending`, pass `{ waitForActionAttempt: false }` as the call's options (`seam.accessCodes.update(…, { waitForActionAttempt: false })`, which resolves to `AccessCodesUpdateResult`), or to the client for every call (`new SeamClient({ waitForActionAttempt: false })`). `{ waitForActionAttempt: { timeout, pollingInterval } }` sets how long to wait (5000 ms by default) and the longest pause between polls (500 ms).
 *
 * The HTTP call: `POST /access_codes/update` (the API also accepts PUT, PATCH)
 *
 * Changes one active or upcoming access code: its PIN, name, schedule, type or offline
 * settings. Only `access_code_id` is required; properties left out keep their current
 * values.
 *
 * The lock applies the change asynchronously. The response carries an action attempt of
 * type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
 * until `status` is `success` (the `result` holds the updated access code) or `error`.
 *
 * Cross-field rules:
 * - `ends_at` must be in the future and after `starts_at`.
 * - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `access_code_not_found`, `device_not_found`: No access code, device or linked group matches the given ID or key: `access_code_not_found` for an unknown `access_code_id` or `common_code_key`, `device_not_found` for an unknown `device_id`.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamActionAttemptFailedError | SeamActionAttemptTimeoutError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: true | WaitForActionAttemptOptions }): SeamPromise<AccessCodesUpdateWaited>;
/**
 * Update an access code
 *
 * Sends the request, then waits for the action attempt (`UPDATE_ACCESS_CODE`) to finish, polling it, and resolves to the finished attempt: `AccessCodesUpdateWaited`, the `success` variant of `action_attempt`. An attempt that ends in `error`, or is still pending after 5000 ms, is thrown (see below).
 *
 * To get the attempt as the API answers it, usually still `pending`, pass `{ waitForActionAttempt: false }` as the call's options (`seam.accessCodes.update(…, { waitForActionAttempt: false })`, which resolves to `AccessCodesUpdateResult`), or to the client for every call (`new SeamClient({ waitForActionAttempt: false })`). `{ waitForActionAttempt: { timeout, pollingInterval } }` sets how long to wait (5000 ms by default) and the longest pause between polls (500 ms).
 *
 * The HTTP call: `POST /access_codes/update` (the API also accepts PUT, PATCH)
 *
 * Changes one active or upcoming access code: its PIN, name, schedule, type or offline
 * settings. Only `access_code_id` is required; properties left out keep their current
 * values.
 *
 * The lock applies the change asynchronously. The response carries an action attempt of
 * type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
 * until `status` is `success` (the `result` holds the updated access code) or `error`.
 *
 * Cross-field rules:
 * - `ends_at` must be in the future and after `starts_at`.
 * - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `access_code_not_found`, `device_not_found`: No access code, device or linked group matches the given ID or key: `access_code_not_found` for an unknown `access_code_id` or `common_code_key`, `device_not_found` for an unknown `device_id`.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamActionAttemptFailedError | SeamActionAttemptTimeoutError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: boolean }): SeamPromise<AccessCodesUpdateResult>;
/**
 * Update an access code
 *
 * Sends the request, then waits for the action attempt (`UPDATE_ACCESS_CODE`) to finish, polling it, and resolves to the finished attempt: `AccessCodesUpdateWaited`, the `success` variant of `action_attempt`. An attempt that ends in `error`, or is still pending after 5000 ms, is thrown (see below).
 *
 * To get the attempt as the API answers it, usually still `pending`, pass `{ waitForActionAttempt: false }` as the call's options (`seam.accessCodes.update(…, { waitForActionAttempt: false })`, which resolves to `AccessCodesUpdateResult`), or to the client for every call (`new SeamClient({ waitForActionAttempt: false })`). `{ waitForActionAttempt: { timeout, pollingInterval } }` sets how long to wait (5000 ms by default) and the longest pause between polls (500 ms).
 *
 * The HTTP call: `POST /access_codes/update` (the API also accepts PUT, PATCH)
 *
 * Changes one active or upcoming access code: its PIN, name, schedule, type or offline
 * settings. Only `access_code_id` is required; properties left out keep their current
 * values.
 *
 * The lock applies the change asynchronously. The response carries an action attempt of
 * type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
 * until `status` is `success` (the `result` holds the updated access code) or `error`.
 *
 * Cross-field rules:
 * - `ends_at` must be in the future and after `starts_at`.
 * - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `access_code_not_found`, `device_not_found`: No access code, device or linked group matches the given ID or key: `access_code_not_found` for an unknown `access_code_id` or `common_code_key`, `device_not_found` for an unknown `device_id`.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamActionAttemptFailedError | SeamActionAttemptTimeoutError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function accessCodesUpdate<Wait extends boolean>(core: ClientCore<Wait>, body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<Wait extends false ? AccessCodesUpdateResult : AccessCodesUpdateWaited>;
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateResult | AccessCodesUpdateWaited> {
  return core.request(AccessCodesUpdateOperation, body, options);
}

/**
 * Update a group of linked access codes
 *
 * Resolves to the answer's body: `AccessCodesUpdateMultipleResult` (`OkResponse`).
 *
 * The HTTP call: `POST /access_codes/update_multiple` (the API also accepts PATCH)
 *
 * Changes the schedule or name of every access code in a group linked by a
 * `common_code_key`. Such groups are made by `/access_codes/create_multiple`, and all of
 * their codes share one PIN, across several devices.
 *
 * Cross-field rule: `ends_at` must be in the future and after `starts_at`.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `access_code_not_found`, `device_not_found`: No access code, device or linked group matches the given ID or key: `access_code_not_found` for an unknown `access_code_id` or `common_code_key`, `device_not_found` for an unknown `device_id`.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function accessCodesUpdateMultiple(core: ClientCore<boolean>, body: AccessCodesUpdateMultipleRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateMultipleResult> {
  return core.request(AccessCodesUpdateMultipleOperation, body, options);
}

/**
 * Get an action attempt
 *
 * Resolves to the answer's `action_attempt` field: `ActionAttemptsGetResult` (`action_attempt`). With `{ waitForActionAttempt: true }` (or `{ timeout, pollingInterval }`) it polls until the attempt finishes and resolves to `ActionAttemptsGetWaited`, its `success` variant; `.wait(attemptOrId)` beside it resumes a wait.
 *
 * The HTTP call: `POST /action_attempts/get`
 *
 * Returns the current state of an action attempt, such as the one `/access_codes/update`
 * answers with. Poll it until `status` is `success` or `error`.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `action_attempt_not_found`: No action attempt has the given ID.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function actionAttemptsGet(core: ClientCore<boolean>, body: ActionAttemptsGetRequest, options: RequestOptions & { waitForActionAttempt: true | WaitForActionAttemptOptions }): SeamPromise<ActionAttemptsGetWaited>;
/**
 * Get an action attempt
 *
 * Resolves to the answer's `action_attempt` field: `ActionAttemptsGetResult` (`action_attempt`). With `{ waitForActionAttempt: true }` (or `{ timeout, pollingInterval }`) it polls until the attempt finishes and resolves to `ActionAttemptsGetWaited`, its `success` variant; `.wait(attemptOrId)` beside it resumes a wait.
 *
 * The HTTP call: `POST /action_attempts/get`
 *
 * Returns the current state of an action attempt, such as the one `/access_codes/update`
 * answers with. Poll it until `status` is `success` or `error`.
 *
 * @throws {SeamInvalidInputError} HTTP 400 `invalid_input`: The request body is not valid; `validation_errors` says which fields and why.
 * @throws {SeamUnauthorizedError} HTTP 401 `unauthorized`: The token is missing, unknown, or not allowed in this workspace.
 * @throws {SeamNotFoundError} HTTP 404 `action_attempt_not_found`: No action attempt has the given ID.
 * @throws {SeamRateLimitError} HTTP 429 `rate_limited`: Too many requests; wait for `Retry-After` before trying again. Tried again first, up to `maxRetries` times (2 by default).
 * @throws {SeamApiError} HTTP 5XX `service_unavailable`: The API failed or is unavailable; 502, 503 and 504 are worth retrying.
 * @throws {SeamApiError | SeamEndpointError | SeamInvalidResponseError | SeamTimeoutError | SeamConnectionError | SeamOptionsError} The client's own errors: each class's JSDoc says when. Idempotent, so tried again first where the class says so.
 */
export function actionAttemptsGet(core: ClientCore<boolean>, body: ActionAttemptsGetRequest, options?: RequestOptions): SeamPromise<ActionAttemptsGetResult>;
export function actionAttemptsGet(core: ClientCore<boolean>, body: ActionAttemptsGetRequest, options?: RequestOptions): SeamPromise<ActionAttemptsGetResult | ActionAttemptsGetWaited> {
  return core.request(ActionAttemptsGetOperation, body, options);
}

/** Resumes waiting for an action attempt started with `waitForActionAttempt: false`: give the attempt, or its `action_attempt_id`. Polls it until it finishes and resolves to the finished attempt; one that ends in `error`, or is still pending when the wait times out, is thrown. */
export function actionAttemptsWait(core: ClientCore<boolean>, attempt: string | { action_attempt_id: string }, options?: RequestOptions & { waitForActionAttempt?: true | WaitForActionAttemptOptions }): SeamPromise<ActionAttemptsGetWaited> {
  return resumeWait(core, ActionAttemptsGetOperation, attempt, options);
}
