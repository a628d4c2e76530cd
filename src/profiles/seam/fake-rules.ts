// Seam's rules for the testing kit's fake: what Seam's API does that its spec cannot say. The fake's
// core (src/testing/) takes them as a value; createFakeSeam (fake.ts) passes these by default, and
// `createFakeSeam({ rules })` another vendor's, or NEUTRAL_RULES for none.
import type { FakeRules } from '../../testing/rules.js';
import { seamAuth } from './auth.js';
import { getActionAttempt, updateAccessCode, updateLinkedCodes } from './fake-access-codes.js';
import { seamEvents } from './fake-events.js';

/** The tokens a Seam fake accepts, by the names of the client's auth modes; personal access and console session tokens also need the workspace. */
export interface SeamFakeCredentials {
  readonly apiKey: string;
  readonly clientSessionToken: string;
  readonly personalAccessToken: string;
  readonly consoleSessionToken: string;
  readonly workspaceId: string;
  readonly [name: string]: string;
}

/** Tokens the fake accepts. Personal access and console session tokens also need the workspace. */
export const FAKE_CREDENTIALS: SeamFakeCredentials = Object.freeze({
  apiKey: 'seam_testkey_1a2b3c4d5e6f',
  clientSessionToken: 'seam_cst_9z8y7x6w5v',
  personalAccessToken: 'seam_at_pat_0011223344',
  consoleSessionToken: 'seam_console_5566778899',
  workspaceId: '7f7e7d7c-0000-4000-8000-000000000001',
});

// The client's auth modes (auth.ts), as the fake checks them: the ones from `onBehalfFrom` on act in
// a workspace, named by its header, which must be the fake's workspaceId.
const workspace = { name: seamAuth.workspaceHeader, equals: 'workspaceId' };

export const seamFakeRules: FakeRules = {
  // An API key or a client session token alone; a personal access or console session token names its workspace.
  auth: seamAuth.modes.map((bearer, i) => (i < seamAuth.onBehalfFrom ? { bearer } : { bearer, header: workspace })),
  credentials: FAKE_CREDENTIALS,
  requestIdHeader: 'seam-request-id',
  // By the names of their functions (generated/operations.ts): an update starts an action attempt
  // that finishes after N polls (or some time), codes are linked by common_code_key, and polling an
  // attempt moves it on. The manifest gives their collections and schemas, the spec the attempt's type.
  behaviours: {
    accessCodesUpdate: updateAccessCode,
    accessCodesUpdateMultiple: updateLinkedCodes,
    actionAttemptsGet: getActionAttempt,
  },
  attempts: {
    operation: 'actionAttemptsGet',
    collection: '/action_attempts',
    actionType: 'UPDATE_ACCESS_CODE',
    failure: { type: 'device_offline', message: 'The device is offline' },
  },
  events: seamEvents,
};
