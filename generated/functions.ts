// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { ClientCore, RequestOptions } from '../src/runtime/index.js';
import { AccessCodesUpdateOperation, AccessCodesUpdateMultipleOperation, ActionAttemptsGetOperation } from './client.js';
import type { AccessCodesUpdateRequest, AccessCodesUpdateResult, AccessCodesUpdateMultipleRequest, AccessCodesUpdateMultipleResult, ActionAttemptsGetRequest, ActionAttemptsGetResult } from './client.js';

/** `accessCodes.update` as a function: Update an access code. */
export function accessCodesUpdate(core: ClientCore, body: AccessCodesUpdateRequest, options?: RequestOptions): Promise<AccessCodesUpdateResult> {
  return core.request(AccessCodesUpdateOperation, body, options);
}

/** `accessCodes.updateMultiple` as a function: Update a group of linked access codes. */
export function accessCodesUpdateMultiple(core: ClientCore, body: AccessCodesUpdateMultipleRequest, options?: RequestOptions): Promise<AccessCodesUpdateMultipleResult> {
  return core.request(AccessCodesUpdateMultipleOperation, body, options);
}

/** `actionAttempts.get` as a function: Get an action attempt. */
export function actionAttemptsGet(core: ClientCore, body: ActionAttemptsGetRequest, options?: RequestOptions): Promise<ActionAttemptsGetResult> {
  return core.request(ActionAttemptsGetOperation, body, options);
}
