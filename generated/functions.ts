// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { ClientCore, RequestOptions, SeamPromise } from '../src/runtime/index.js';
import { AccessCodesUpdateOperation, AccessCodesUpdateMultipleOperation, ActionAttemptsGetOperation } from './client.js';
import type { AccessCodesUpdateRequest, AccessCodesUpdateResult, AccessCodesUpdateMultipleRequest, AccessCodesUpdateMultipleResult, ActionAttemptsGetRequest, ActionAttemptsGetResult } from './client.js';

/** `accessCodes.update` as a function: Update an access code. */
export function accessCodesUpdate(core: ClientCore, body: AccessCodesUpdateRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateResult> {
  return core.request(AccessCodesUpdateOperation, body, options);
}

/** `accessCodes.updateMultiple` as a function: Update a group of linked access codes. */
export function accessCodesUpdateMultiple(core: ClientCore, body: AccessCodesUpdateMultipleRequest, options?: RequestOptions): SeamPromise<AccessCodesUpdateMultipleResult> {
  return core.request(AccessCodesUpdateMultipleOperation, body, options);
}

/** `actionAttempts.get` as a function: Get an action attempt. */
export function actionAttemptsGet(core: ClientCore, body: ActionAttemptsGetRequest, options?: RequestOptions): SeamPromise<ActionAttemptsGetResult> {
  return core.request(ActionAttemptsGetOperation, body, options);
}
