// Seam's profile, whole: what the generator writes for `npm run generate` (the package's own build,
// whatever spec is in spec/) and for `--profile seam`. The runtime's part is seamProfile
// (runtime.ts), which the package hands its clients; the fake's part is seamFakeRules.
import type { Profile } from '../profile.js';
import { seamProfile } from './runtime.js';

export const seam: Profile = {
  name: 'seam',
  runtime: seamProfile,
  names: {
    promise: 'SeamPromise',
    // The runtime's classes are the package's: their names are Seam's already.
    error: (className) => className,
    samples: {
      package: 'seam-connect-client',
      client: 'SeamClient',
      instance: 'seam',
      tokenEnv: 'SEAM_API_KEY',
      core: 'createSeamCore',
      fetchClient: 'createSeamFetchClient',
    },
  },
};
