// The extensions on the document's `info` (x-sdk), read here and nowhere else, as extensions.ts reads
// each operation's: the names the docs' samples use, and the naming strategy.
import { GeneratorError, type Locate } from '../errors.js';
import { NAMING_STRATEGIES, type NamingStrategy } from '../naming/derive.js';
import { isObject } from '../../../src/openapi/json.js';
import type { OpenApiDocument } from '../load.js';
import type { Profile, SampleNames } from '../../../src/profiles/profile.js';
import { neutral } from '../profiles.js';

/** What info.x-sdk names, with the profile's names where it names none: the same fields. */
export type SdkInfo = SampleNames;

/** info.x-sdk: the names the docs' samples use, and the naming strategy (`options.naming` overrides it). */
export function readSdk(
  doc: OpenApiDocument,
  locate: Locate,
  options: { naming?: NamingStrategy; profile?: Profile },
): { sdk: SdkInfo; naming: NamingStrategy } {
  const raw = doc.info?.['x-sdk'];
  if (raw !== undefined && !isObject(raw))
    throw new GeneratorError('invalid-extension', 'x-sdk must be an object', locate('#/info/x-sdk'));
  const sdk = raw ?? {};
  for (const key of ['package', 'client', 'instance', 'tokenEnv', 'naming', 'core', 'fetchClient']) {
    if (sdk[key] !== undefined && typeof sdk[key] !== 'string') {
      throw new GeneratorError('invalid-extension', `x-sdk.${key} must be a string`, locate(`#/info/x-sdk/${key}`));
    }
  }
  // Each lands in a docs sample, the TypeScript one or the shell one a reader pastes: only what is
  // a name there is taken, so that no spec text can run as code or as a command.
  const forms: Record<string, [RegExp, string]> = {
    package: [/^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i, 'an npm package name'],
    client: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    instance: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    tokenEnv: [/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'],
    core: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    fetchClient: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
  };
  for (const [key, [form, what]] of Object.entries(forms)) {
    if (sdk[key] !== undefined && !form.test(sdk[key])) {
      throw new GeneratorError(
        'invalid-extension',
        `x-sdk.${key} must be ${what}, not ${JSON.stringify(sdk[key])}`,
        locate(`#/info/x-sdk/${key}`),
      );
    }
  }
  const naming = options.naming ?? sdk.naming ?? 'path';
  const defaults = (options.profile ?? neutral).names.samples;
  if (!NAMING_STRATEGIES.includes(naming)) {
    throw new GeneratorError(
      'invalid-extension',
      `x-sdk.naming must be one of ${NAMING_STRATEGIES.join(', ')}, not "${naming}"`,
      locate('#/info/x-sdk/naming'),
    );
  }
  return {
    naming,
    // What the spec leaves out, the profile's names give (Seam's for the package's own build).
    sdk: {
      package: sdk.package ?? defaults.package,
      client: sdk.client ?? defaults.client,
      instance: sdk.instance ?? defaults.instance,
      tokenEnv: sdk.tokenEnv ?? defaults.tokenEnv,
      ...((sdk.core ?? defaults.core) ? { core: sdk.core ?? defaults.core } : {}),
      ...((sdk.fetchClient ?? defaults.fetchClient) ? { fetchClient: sdk.fetchClient ?? defaults.fetchClient } : {}),
    },
  };
}
