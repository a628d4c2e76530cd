// What the docs site's Try-it panel (scripts/docs/try-it/) needs of a profile, so that the panel
// names no vendor: which error a failed answer is (the runtime's part), and the fake the page runs,
// under the vendor's rules. Each vendor's profile exports one as `tryIt` from its try-it.ts; the
// panel's bundle picks it by the profile name the generator wrote into try-it.json.
import type { RuntimeProfile } from '../runtime/profile.js';
import type { CoreFakeOptions } from '../testing/fake.js';
import type { Fake } from '../testing/fake-types.js';

/** The page's fake, the token the panel sends it, and how a request example's ids are made to exist beyond the docs' seeds. */
export interface TryItFake {
  fake: Fake;
  token: string;
  fromExample?(example: unknown): void;
}

export interface TryItProfile {
  runtime: RuntimeProfile;
  fake(options: Pick<CoreFakeOptions, 'spec' | 'operations' | 'resources' | 'seeds' | 'actionAttempts'>): TryItFake;
}
