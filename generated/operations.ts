// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { AccessCodesUpdateRequest, AccessCodesUpdateResult, AccessCodesUpdateMultipleRequest, AccessCodesUpdateMultipleResult, ActionAttemptsGetRequest, ActionAttemptsGetResult } from './client.js';

/** Each operation by the name of its standalone function: the method and path it is served at, then its alternatives. */
export const operationRoutes: { readonly [name in OperationName]: readonly string[] } = {
  accessCodesUpdate: ["POST /access_codes/update", "PUT /access_codes/update", "PATCH /access_codes/update"],
  accessCodesUpdateMultiple: ["POST /access_codes/update_multiple", "PATCH /access_codes/update_multiple"],
  actionAttemptsGet: ["POST /action_attempts/get"],
};

/** Each operation by the name of its standalone function: its request and result types. */
export interface OperationTypes {
  accessCodesUpdate: { request: AccessCodesUpdateRequest; result: AccessCodesUpdateResult };
  accessCodesUpdateMultiple: { request: AccessCodesUpdateMultipleRequest; result: AccessCodesUpdateMultipleResult };
  actionAttemptsGet: { request: ActionAttemptsGetRequest; result: ActionAttemptsGetResult };
}

export type OperationName = keyof OperationTypes;
