// Seam's rules for the fake (the FakeRules of src/testing/rules.ts): its auth modes and workspace
// header, its request-id header, the stateful behaviours of its access-code updates (by function
// name, src/testing/store.ts), and the credentials a test gets by default.
import { FAKE_CREDENTIALS } from '../../testing/fake.js';
import type { FakeRules } from '../../testing/rules.js';
import { BEHAVIOURS } from '../../testing/store.js';

export const seamFakeRules: FakeRules = {
  auth: {
    tokens: ['apiKey', 'clientSessionToken', 'personalAccessToken', 'consoleSessionToken'],
    onBehalf: ['personalAccessToken', 'consoleSessionToken'],
    workspaceHeader: 'seam-workspace',
  },
  requestIdHeader: 'seam-request-id',
  behaviours: BEHAVIOURS as FakeRules['behaviours'],
  credentials: FAKE_CREDENTIALS as unknown as Readonly<Record<string, string>>,
};
