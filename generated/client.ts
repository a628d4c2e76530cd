// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { ClientCore, OperationDescriptor, RequestOptions, SeamPromise, Succeeded, WaitForActionAttemptOptions } from '../src/runtime/index.js';
import type { paths } from './schema.js';

// How to call each operation; read by the runtime.
export const AccessCodesUpdateOperation: OperationDescriptor = { name: 'accessCodes.update', path: '/access_codes/update', method: 'post', body: 'json', responseKey: 'action_attempt', shape: { status: ['pending', 'success', 'error'], action_type: ['UPDATE_ACCESS_CODE'], action_attempt_id: 'string' }, idempotent: true, actionAttempt: true };
export const AccessCodesUpdateMultipleOperation: OperationDescriptor = { name: 'accessCodes.updateMultiple', path: '/access_codes/update_multiple', method: 'post', body: 'json', shape: { ok: [true] }, idempotent: true };
export const ActionAttemptsGetOperation: OperationDescriptor = { name: 'actionAttempts.get', path: '/action_attempts/get', method: 'post', body: 'json', responseKey: 'action_attempt', shape: { status: ['pending', 'success', 'error'], action_type: ['UPDATE_ACCESS_CODE'], action_attempt_id: 'string' }, idempotent: true };

// Request, response and result types of each operation.
export type AccessCodesUpdateBody = NonNullable<paths['/access_codes/update']['post']['requestBody']>['content']['application/json'];
export type AccessCodesUpdateRequest = AccessCodesUpdateBody;
export type AccessCodesUpdateResponse = paths['/access_codes/update']['post']['responses'][200]['content']['application/json'];
export type AccessCodesUpdateResult = AccessCodesUpdateResponse['action_attempt'];
export type AccessCodesUpdateWaited = Succeeded<AccessCodesUpdateResult>;
export type AccessCodesUpdateMultipleBody = NonNullable<paths['/access_codes/update_multiple']['post']['requestBody']>['content']['application/json'];
export type AccessCodesUpdateMultipleRequest = AccessCodesUpdateMultipleBody;
export type AccessCodesUpdateMultipleResponse = paths['/access_codes/update_multiple']['post']['responses'][200]['content']['application/json'];
export type AccessCodesUpdateMultipleResult = AccessCodesUpdateMultipleResponse;
export type ActionAttemptsGetBody = NonNullable<paths['/action_attempts/get']['post']['requestBody']>['content']['application/json'];
export type ActionAttemptsGetRequest = ActionAttemptsGetBody;
export type ActionAttemptsGetResponse = paths['/action_attempts/get']['post']['responses'][200]['content']['application/json'];
export type ActionAttemptsGetResult = ActionAttemptsGetResponse['action_attempt'];

/** Every namespace of the API. Extended by the hand-written client in src/. */
export class GeneratedClient<Wait extends boolean = true> {
  readonly accessCodes: AccessCodesNamespace<Wait>;
  readonly actionAttempts: ActionAttemptsNamespace<Wait>;

  public constructor(core: ClientCore<boolean>) {
    this.accessCodes = new AccessCodesNamespace(core);
    this.actionAttempts = new ActionAttemptsNamespace(core);
  }
}

/** The `accessCodes` namespace. */
export class AccessCodesNamespace<Wait extends boolean = true> {
  readonly #core: ClientCore<boolean>;

  constructor(core: ClientCore<boolean>) {
    this.#core = core;
  }

  /**
   * Update an access code
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
   * `POST /access_codes/update` (the API also accepts PUT, PATCH)
   */
  update(body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: false }): SeamPromise<AccessCodesUpdateResult>;
  /**
   * Update an access code
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
   * `POST /access_codes/update` (the API also accepts PUT, PATCH)
   */
  update(body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: true | WaitForActionAttemptOptions }): SeamPromise<AccessCodesUpdateWaited>;
  /**
   * Update an access code
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
   * `POST /access_codes/update` (the API also accepts PUT, PATCH)
   */
  update(body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: boolean }): SeamPromise<AccessCodesUpdateResult>;
  /**
   * Update an access code
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
   * `POST /access_codes/update` (the API also accepts PUT, PATCH)
   */
  update(body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<Wait extends false ? AccessCodesUpdateResult : AccessCodesUpdateWaited>;
  update(body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateResult> {
    return this.#core.request(AccessCodesUpdateOperation, body, options);
  }

  /**
   * Update a group of linked access codes
   *
   * Changes the schedule or name of every access code in a group linked by a
   * `common_code_key`. Such groups are made by `/access_codes/create_multiple`, and all of
   * their codes share one PIN, across several devices.
   *
   * Cross-field rule: `ends_at` must be in the future and after `starts_at`.
   *
   * `POST /access_codes/update_multiple` (the API also accepts PATCH)
   */
  updateMultiple(body: AccessCodesUpdateMultipleRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateMultipleResult> {
    return this.#core.request(AccessCodesUpdateMultipleOperation, body, options);
  }
}

/** The `actionAttempts` namespace. */
export class ActionAttemptsNamespace<Wait extends boolean = true> {
  readonly #core: ClientCore<boolean>;

  constructor(core: ClientCore<boolean>) {
    this.#core = core;
  }

  /**
   * Get an action attempt
   *
   * Returns the current state of an action attempt, such as the one `/access_codes/update`
   * answers with. Poll it until `status` is `success` or `error`.
   *
   * `POST /action_attempts/get`
   */
  get(body: ActionAttemptsGetRequest, options?: RequestOptions): SeamPromise<ActionAttemptsGetResult> {
    return this.#core.request(ActionAttemptsGetOperation, body, options);
  }
}
