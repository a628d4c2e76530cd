// Seam's choices for the runtime (the RuntimeProfile of src/runtime/profile.ts): what Seam's
// spec does not say of its answers and credentials. SeamClient, createSeamCore() and
// seam-connect-client/fetch pass it in (src/connection.ts); the engine itself names no vendor.
import type { ErrorEnvelope, LogNames, RuntimeProfile } from '../../runtime/profile.js';
import { seamAuth } from './auth.js';

export const seamProfile: RuntimeProfile = {
  // `{ error: { type, message, request_id?, data?, validation_errors? } }`: the fields are Seam's names.
  readError: (body) => (body as { error?: ErrorEnvelope } | undefined)?.error,
  requestIdHeader: 'seam-request-id',
  invalidInputType: 'invalid_input',
  endpointNotFoundType: 'endpoint_not_found',
  auth: seamAuth,
};

/** Seam's logging: SEAM_LOG, and lines led by the package's name (SeamClient and /fetch pass it in). */
export const seamLogNames: LogNames = { env: 'SEAM_LOG', prefix: 'seam-connect-client' };
