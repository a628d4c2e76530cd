// An ESM TypeScript project using the installed package. Compiled with `tsc --strict`, then run.
import {
  accessCodesUpdateMultiple,
  createSeamCore,
  SeamClient,
  SeamNotFoundError,
  type AccessCodesUpdateRequest,
  type AccessCodesUpdateResult,
  type AccessCodesUpdateWaited,
  type Middleware,
} from 'seam-connect-client';
import { createSeamFetchClient } from 'seam-connect-client/fetch';

declare const process: { env: Record<string, string | undefined> };

// Never called: each line must be a compile error, or tsc fails on the unused directive.
export function compileTimeChecks(seam: SeamClient): void {
  // @ts-expect-error access_code_id is required
  void seam.accessCodes.update({ code: '1234' });
  // @ts-expect-error code is a string of digits, not a number
  void seam.accessCodes.update({ access_code_id: 'x', code: 1234 });
  // @ts-expect-error unknown properties are rejected
  void seam.accessCodes.update({ access_code_id: 'x', colour: 'red' });
  // @ts-expect-error max_time_rounding is one of 1hour, 1day, 1h, 1d
  void seam.accessCodes.update({ access_code_id: 'x', max_time_rounding: '2d' });
  // @ts-expect-error common_code_key is required
  void seam.accessCodes.updateMultiple({ name: 'x' });
  // @ts-expect-error the standalone function is as strict
  void accessCodesUpdateMultiple(createSeamCore(), { name: 'x' });
  // @ts-expect-error openapi-fetch knows only the spec's paths
  void createSeamFetchClient().POST('/access_codes/no_such_path', {});
  // @ts-expect-error middleware is openapi-fetch's shape: onRequest, onResponse or onError
  seam.use({ before: () => undefined });
}

// openapi-fetch middleware, typed with openapi-fetch's own Middleware type, on SeamClient.
const seen: string[] = [];
const tracing: Middleware = {
  onRequest({ request, schemaPath }) {
    seen.push(schemaPath);
    request.headers.set('x-trace', 'consumer');
    return request;
  },
};
const traced = new SeamClient().use(tracing);
// The HTTP answer beside the value.
const { data: withResponse, response } = await traced.accessCodes
  .updateMultiple({ common_code_key: process.env.COMMON_CODE_KEY!, name: 'Raw' })
  .withResponse();
const raw = {
  ok: withResponse.ok,
  status: response.status,
  requestId: typeof response.headers.get('seam-request-id'),
  seen,
};

const seam = new SeamClient(); // SEAM_API_KEY and SEAM_ENDPOINT from the environment
const body: AccessCodesUpdateRequest = { access_code_id: process.env.ACCESS_CODE_ID!, code: '4444' };
// Waiting resolves only to a finished attempt: its type is the success variant, so its result
// needs no status check; without waiting it is the union.
const attempt: AccessCodesUpdateWaited = await seam.accessCodes.update(body);
const updated: string | null | undefined = attempt.result.access_code.code;
const pending: AccessCodesUpdateResult = await seam.accessCodes.update(body, { waitForActionAttempt: false });
// @ts-expect-error: a pending attempt has no result
void (() => pending.result.access_code);

const multiple = await seam.accessCodes.updateMultiple({
  common_code_key: process.env.COMMON_CODE_KEY!,
  name: 'Linked',
});
// The same operation as a standalone function, for bundles that keep only what they call.
const viaFunction = await accessCodesUpdateMultiple(createSeamCore(), {
  common_code_key: process.env.COMMON_CODE_KEY!,
  name: 'Fn',
});
// And through openapi-fetch, typed by the spec (seam-connect-client/fetch).
const viaFetch = (
  await createSeamFetchClient().POST('/access_codes/update_multiple', {
    body: { common_code_key: process.env.COMMON_CODE_KEY! },
  })
).data;

let notFound = '';
let errorName = '';
try {
  await seam.accessCodes.update({ access_code_id: '00000000-0000-4000-8000-000000000000' });
} catch (err) {
  if (err instanceof SeamNotFoundError) notFound = err.code;
  if (err instanceof Error) errorName = err.name;
}
console.log(
  JSON.stringify({ status: attempt.status, code: updated, multiple, viaFunction, viaFetch, notFound, errorName, raw }),
);
