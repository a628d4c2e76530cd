// What a profile is: one vendor's choices that its spec cannot say, for every part of the engine.
// The runtime's part (RuntimeProfile) is handed to the client by the product; the names are what
// the generator writes (the promise type, error class names in docs, the samples' names). Each
// vendor's profile is a folder beside this file (seam/); the engine's neutral one lives with the
// engine (src/runtime/profile.ts, scripts/generator/profiles.ts).
import type { RuntimeProfile } from '../runtime/profile.js';

/** The names a docs sample writes when the spec's `info.x-sdk` gives none (each may be overridden there). */
export interface SampleNames {
  package: string;
  client: string;
  instance: string;
  tokenEnv: string;
  /** The package's factory of a configured core, for the standalone-function sample. */
  core?: string;
  /** The package's factory of its openapi-fetch client, exported from `<package>/fetch`. */
  fetchClient?: string;
}

export interface ProfileNames {
  /** The promise type every generated method returns, as the runtime exports it (src/runtime/index.ts). */
  promise: string;
  /** The name docs give a runtime error class, from its class name in src/runtime/errors.ts (`SeamNotFoundError`); the runtime exports each name a profile gives. */
  error(className: string): string;
  /** The names of the docs' samples, under the spec's own `info.x-sdk`. */
  samples: SampleNames;
}

export interface Profile {
  /** As `--profile` names it. */
  name: string;
  runtime: RuntimeProfile;
  names: ProfileNames;
}
