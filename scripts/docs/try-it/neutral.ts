// The Try-it panel's part of the engine's neutral profile (src/profiles/try-it-profile.ts), for the
// docs of a spec generated without a vendor's profile: the runtime's neutral error envelope, and
// the fake's core under NEUTRAL_RULES, sent the token of their one auth mode.
import type { TryItProfile } from '../../../src/profiles/try-it-profile.js';
import { neutralProfile } from '../../../src/runtime/profile.js';
import { createFake } from '../../../src/testing/fake.js';
import { NEUTRAL_RULES } from '../../../src/testing/rules.js';

export const tryIt: TryItProfile = {
  runtime: neutralProfile,
  fake(options) {
    const fake = createFake({ ...options, rules: NEUTRAL_RULES });
    return { fake, token: fake.credentials[NEUTRAL_RULES.auth[0]!.bearer] ?? '' };
  },
};
