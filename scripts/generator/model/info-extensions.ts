// The extensions on the document's `info` (x-sdk), read here and nowhere else, as extensions.ts reads
// each operation's: the names the docs' samples use, and the naming strategy.
import { GeneratorError, type Locate } from '../errors.js';
import { NAMING_STRATEGIES, type NamingStrategy } from '../naming/derive.js';
import { isNode, type OpenApiDocument } from '../document.js';
import { extensionsOf } from './extensions.js';
import type { Profile, SampleNames } from '../../../src/profiles/profile.js';
import { neutral } from '../profiles.js';

/** What info.x-sdk names, with the profile's names where it names none: the same fields. */
export type SdkInfo = SampleNames;

const isNamingStrategy = (name: string): name is NamingStrategy =>
  (NAMING_STRATEGIES as readonly string[]).includes(name);

const SDK_KEYS = ['package', 'client', 'instance', 'tokenEnv', 'naming', 'core', 'fetchClient'] as const;
/** info.x-sdk once each of its fields is known to be a string or absent. */
type XSdk = { readonly [key in (typeof SDK_KEYS)[number]]?: string };

/** info.x-sdk: the names the docs' samples use, and the naming strategy (`options.naming` overrides it). */
export function readSdk(
  doc: OpenApiDocument,
  locate: Locate,
  options: { naming?: NamingStrategy; profile?: Profile },
): { sdk: SdkInfo; naming: NamingStrategy } {
  const raw = doc.info ? extensionsOf(doc.info)['x-sdk'] : undefined;
  if (raw !== undefined && !isNode(raw))
    throw new GeneratorError('invalid-extension', 'x-sdk must be an object', locate('#/info/x-sdk'));
  const fields = raw ?? {};
  for (const key of SDK_KEYS) {
    if (fields[key] !== undefined && typeof fields[key] !== 'string') {
      throw new GeneratorError('invalid-extension', `x-sdk.${key} must be a string`, locate(`#/info/x-sdk/${key}`));
    }
  }
  // Each one checked above: a string, or absent.
  const sdk = fields as XSdk;
  // Each lands in a docs sample, the TypeScript one or the shell one a reader pastes: only what is
  // a name there is taken, so that no spec text can run as code or as a command.
  const forms: Record<Exclude<(typeof SDK_KEYS)[number], 'naming'>, [RegExp, string]> = {
    package: [/^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i, 'an npm package name'],
    client: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    instance: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    tokenEnv: [/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'],
    core: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
    fetchClient: [/^[A-Za-z_$][\w$]*$/, 'a JavaScript identifier'],
  };
  for (const [key, [form, what]] of Object.entries(forms) as [keyof typeof forms, [RegExp, string]][]) {
    const value = sdk[key];
    if (value !== undefined && !form.test(value)) {
      throw new GeneratorError(
        'invalid-extension',
        `x-sdk.${key} must be ${what}, not ${JSON.stringify(value)}`,
        locate(`#/info/x-sdk/${key}`),
      );
    }
  }
  const naming = options.naming ?? sdk.naming ?? 'path';
  const defaults = (options.profile ?? neutral).names.samples;
  if (!isNamingStrategy(naming)) {
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
