// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { ClientCore, RequestOptions, SeamPromise, WaitForActionAttemptOptions } from '../src/runtime/index.js';
import { AccessCodesUpdateOperation, AccessCodesUpdateMultipleOperation, ActionAttemptsGetOperation } from './client.js';
import type { AccessCodesUpdateRequest, AccessCodesUpdateResult, AccessCodesUpdateWaited, AccessCodesUpdateMultipleRequest, AccessCodesUpdateMultipleResult, ActionAttemptsGetRequest, ActionAttemptsGetResult } from './client.js';

/** `accessCodes.update` as a function: Update an access code. */
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: false }): SeamPromise<AccessCodesUpdateResult>;
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: true | WaitForActionAttemptOptions }): SeamPromise<AccessCodesUpdateWaited>;
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options: RequestOptions & { waitForActionAttempt: boolean }): SeamPromise<AccessCodesUpdateResult>;
export function accessCodesUpdate<Wait extends boolean>(core: ClientCore<Wait>, body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<Wait extends false ? AccessCodesUpdateResult : AccessCodesUpdateWaited>;
export function accessCodesUpdate(core: ClientCore<boolean>, body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateResult> {
  return core.request(AccessCodesUpdateOperation, body, options);
}

/** `accessCodes.updateMultiple` as a function: Update a group of linked access codes. */
export function accessCodesUpdateMultiple(core: ClientCore<boolean>, body: AccessCodesUpdateMultipleRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateMultipleResult> {
  return core.request(AccessCodesUpdateMultipleOperation, body, options);
}

/** `actionAttempts.get` as a function: Get an action attempt. */
export function actionAttemptsGet(core: ClientCore<boolean>, body: ActionAttemptsGetRequest, options?: RequestOptions): SeamPromise<ActionAttemptsGetResult> {
  return core.request(ActionAttemptsGetOperation, body, options);
}
