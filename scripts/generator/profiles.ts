// Which profile the generator writes with (`--profile seam | neutral`), and the engine's neutral
// one: names that say no vendor, for a client of any spec. Seam's is src/profiles/seam/.
import { seam } from '../../src/profiles/seam/index.js';
import type { Profile } from '../../src/profiles/profile.js';
import { neutralErrorName, neutralProfile } from '../../src/runtime/profile.js';

export const neutral: Profile = {
  name: 'neutral',
  runtime: neutralProfile,
  names: {
    promise: 'ApiPromise',
    // The runtime's error classes under the names src/runtime/neutral-names.ts exports them by,
    // and the neutral profile gives the errors a neutral client throws: one mapping.
    error: neutralErrorName,
    samples: { package: 'api-client', client: 'Client', instance: 'client', tokenEnv: 'API_TOKEN' },
  },
};

export const PROFILES: Readonly<Record<string, Profile>> = { seam, neutral };
export const PROFILE_NAMES = Object.keys(PROFILES);
