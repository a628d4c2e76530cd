// Seam's part of the docs site's Try-it panel (src/profiles/try-it-profile.ts): Seam's error
// envelope for the error a failed answer is, and Seam's fake, whose seeds also make what a request
// example names (a device, a group's common_code_key).
import type { TryItProfile } from '../try-it-profile.js';
import { createFakeSeam } from './fake.js';
import { seamProfile } from './runtime.js';

export const tryIt: TryItProfile = {
  runtime: seamProfile,
  fake(options) {
    const fake = createFakeSeam(options);
    return { fake, token: fake.credentials.apiKey, fromExample: (example) => fake.seed.fromExample(example) };
  },
};
