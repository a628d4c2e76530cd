// createFakeSeam and startFakeSeam: the fake's core (src/testing/) under Seam's rules (fake-rules.ts),
// with Seam's conveniences over its state: `seed.accessCode`, `seed.device`, `seed.fromExample`,
// `state.accessCodes` and `state.devices` (fake-codes.ts). The package's testing entry
// (seam-connect-client/testing) exports these; the core names none of them.
import { createFakeParts, type FakeParts } from '../../testing/fake.js';
import type { Fake, FakeOptions, FakeState } from '../../testing/fake-types.js';
import { listen, type Listening } from '../../testing/server.js';
import {
  defaultOperations,
  defaultPagination,
  defaultResources,
  defaultRoutes,
  defaultSeeds,
  defaultSpec,
} from '../../testing/spec.js';
import type { AttemptOutcome } from '../../testing/store.js';
import { codesOf, SeamCodes, type AccessCode, type ActionAttempt } from './fake-codes.js';
import { FAKE_CREDENTIALS, seamFakeRules, type SeamFakeCredentials } from './fake-rules.js';

/** The fake's options; `rules` default to Seam's (seamFakeRules), `credentials` to FAKE_CREDENTIALS. */
export type FakeSeamOptions = FakeOptions<SeamFakeCredentials>;

/** An event as Seam's fake keeps and sends it. */
export type FakeEvent = Readonly<Record<string, unknown>> & { readonly event_id: string; readonly event_type: string };

export interface FakeSeamState extends FakeState {
  devices: ReadonlySet<string>;
  accessCodes: ReadonlyMap<string, AccessCode>;
  actionAttempts: ReadonlyMap<string, ActionAttempt>;
}

export interface FakeSeam extends Fake<SeamFakeCredentials> {
  readonly seed: {
    device(device_id?: string): string;
    /** An access code (on a new device unless `device_id` names one); `outcome` sets how its updates end. */
    accessCode(fields?: Partial<AccessCode> & { outcome?: AttemptOutcome }): AccessCode;
    /** A pending action attempt for an access code (a new one unless named). Returns its id. */
    actionAttempt(fields?: { action_attempt_id?: string; access_code_id?: string; outcome?: AttemptOutcome }): string;
    /** Makes what a request example names exist: its access code, device, common_code_key or action attempt. */
    fromExample(example: unknown): void;
    /**
     * Makes every id the docs' samples name exist, as it would in a reader's workspace: each a
     * record of the spec's example (or of its schema's sample) in its collection. A record whose id
     * is already kept is left as it is; one deleted since is planted again. Returns the ids added.
     */
    examples(): string[];
  };
  /** A snapshot of everything the fake holds, as the API shows it, with Seam's access codes and devices by id. */
  readonly state: FakeSeamState;
  /** The events its state changes caused (fake-events.ts: EVENT_RULES), oldest first, as the spec shapes them. */
  readonly events: readonly FakeEvent[];
}

export interface FakeSeamServer extends FakeSeam, Listening {}

/** The core's fake under Seam's rules, with Seam's conveniences laid over it. */
export function createFakeSeamParts(
  options: FakeSeamOptions = {},
): FakeParts<SeamFakeCredentials> & { fake: FakeSeam } {
  // The package's own spec and its manifest, unless another spec is given (then only what is given with it).
  const spec = options.spec ?? defaultSpec;
  const own = options.spec === undefined;
  const parts = createFakeParts<SeamFakeCredentials>({
    ...options,
    spec,
    operations: options.operations ?? (own ? defaultOperations : {}),
    // Its routes as the generator wrote them (generated/operations.ts), unless other names are given.
    routes: options.routes ?? (own && options.operations === undefined ? defaultRoutes : undefined),
    resources: options.resources ?? (own ? defaultResources : {}),
    pagination: options.pagination ?? (own ? defaultPagination : {}),
    seeds: options.seeds ?? (own ? defaultSeeds : []),
    rules: options.rules ?? seamFakeRules,
    credentials: { ...FAKE_CREDENTIALS, ...options.credentials },
  });
  const codes = codesOf(parts.store);
  const core = parts.fake;
  const coreState = Object.getOwnPropertyDescriptor(core, 'state')!.get!.bind(core) as () => FakeState;
  const seed: FakeSeam['seed'] = {
    ...core.seed,
    device: (id) => codes.addDevice(id),
    accessCode: (fields) => SeamCodes.view(codes.addAccessCode(fields as Parameters<SeamCodes['addAccessCode']>[0])),
    actionAttempt: (fields) => codes.addActionAttempt(fields),
    fromExample: (example) => codes.seedFrom(example),
  };
  Object.defineProperties(core, {
    seed: { value: seed, enumerable: true },
    state: {
      enumerable: true,
      get: (): FakeSeamState => ({
        ...(coreState() as FakeSeamState),
        devices: new Set(codes.devices.keys()),
        accessCodes: new Map([...codes.accessCodes].map(([id, code]) => [id, SeamCodes.view(code)])),
      }),
    },
  });
  return { ...parts, fake: core as FakeSeam };
}

/** A fake Seam Connect API, in-process: its `fetch` answers as the spec and Seam's rules say. */
export const createFakeSeam = (options: FakeSeamOptions = {}): FakeSeam => createFakeSeamParts(options).fake;

/** The same fake over real HTTP on a free loopback port. */
export const startFakeSeam = (options: FakeSeamOptions = {}): Promise<FakeSeamServer> =>
  listen(createFakeSeamParts(options), options.endpoint !== undefined);
