// Seam's access codes and devices in the fake: the profile's layer over the fake's one state (the
// core's Store and its Collections, src/testing/). Codes live in the collection the manifest gives
// accessCodesUpdate, devices in the device collection; an update's action attempt is a core attempt
// whose settling step is Seam's (the code is `set`, or an event says it failed). One layer per fake,
// made on first use, so the behaviours (fake-access-codes.ts) and createFakeSeam share it.
import type { Item } from '../../testing/collections.js';
import type { ResourceRule } from '../../testing/resources.js';
import type { AttemptOutcome, Settled, Store } from '../../testing/store.js';
import { randomUUID } from '../../testing/uuid.js';
import type { OperationItems } from '../../../generated/operations.js';

/** The type of the items an operation acts on, as the manifest gives it; any object where it has none. */
type ItemOf<K extends string> = K extends keyof OperationItems ? OperationItems[K] : Item;
/** An access code as the API shows it: the item accessCodesUpdate acts on. */
export type AccessCode = ItemOf<'accessCodesUpdate'>;
/** An action attempt as the API shows it. */
export type ActionAttempt = ItemOf<'actionAttemptsGet'>;

/** The fields of an access code the rules read and write; any others are the spec's. */
export interface StoredAccessCode extends Item {
  access_code_id: string;
  device_id: string;
  name: string | null;
  code: string | null;
  type: 'ongoing' | 'time_bound';
  status: 'setting' | 'set' | 'unset' | 'removing' | 'unknown';
  starts_at: string | null;
  ends_at: string | null;
  common_code_key: string | null;
  created_at: string;
}

/** Seam's words, where the manifest has no rule for them: the update, its attempts' action type, the resources' names. */
const CODES = {
  operation: 'accessCodesUpdate',
  actionType: 'UPDATE_ACCESS_CODE',
  names: { code: 'access_code', device: 'device' },
  /** What the event of a code that failed to be set names as its error. */
  failure: { type: 'failed_to_set_on_device', message: 'The device is offline' },
};

/** Where a resource is kept: the manifest's collection for it, else the plural path (`device` in `/devices`, as Seam's RPC paths name collections). */
function collectionOf(resources: Readonly<Record<string, ResourceRule | undefined>>, resource: string): string {
  const rule = Object.values(resources).find((r) => r?.resource === resource);
  return rule?.collection ?? `/${resource}s`;
}

const layers = new WeakMap<Store, SeamCodes>();

/** The fake's access codes and devices: one layer per store, made on first use. */
export function codesOf(store: Store): SeamCodes {
  let codes = layers.get(store);
  if (!codes) layers.set(store, (codes = new SeamCodes(store)));
  return codes;
}

export class SeamCodes {
  readonly devices: Map<string, Item>;
  readonly accessCodes: Map<string, StoredAccessCode>;
  /** The access code's name in answers (the `access_code` of a result, the `access_code_not_found` of a 404). */
  readonly codeResource: string;
  /** How each code's update attempts end: a test control, never shown as the code's own field. */
  readonly #outcomes: Map<string, AttemptOutcome>;
  readonly #actionType: string;

  constructor(readonly store: Store) {
    const { resources, actionTypes } = store;
    const update = Object.hasOwn(resources, CODES.operation) ? resources[CODES.operation] : undefined;
    this.codeResource = update?.resource ?? CODES.names.code;
    this.accessCodes = store.collections.of<StoredAccessCode>(
      update?.collection ?? collectionOf(resources, this.codeResource),
    );
    // The code's device is named by a field that the manifest's device collection names its items with.
    this.devices = store.collections.of(collectionOf(resources, CODES.names.device));
    this.#outcomes = store.collections.bookkeeping<AttemptOutcome>('update outcomes');
    this.#actionType =
      (Object.hasOwn(actionTypes, CODES.operation) ? actionTypes[CODES.operation] : undefined) ?? CODES.actionType;
    // An attempt a docs example names is an update's, of a code made for it.
    store.plantAttempt = (action_attempt_id) => void this.addActionAttempt({ action_attempt_id });
  }

  addDevice(device_id: string = randomUUID()): string {
    if (!this.devices.has(device_id)) this.devices.set(device_id, { device_id });
    return device_id;
  }

  addAccessCode({
    outcome = 'success',
    ...fields
  }: Partial<StoredAccessCode> & { outcome?: AttemptOutcome } = {}): StoredAccessCode {
    const device_id = this.addDevice(fields.device_id ?? undefined);
    const code: StoredAccessCode = {
      access_code_id: randomUUID(),
      device_id,
      name: 'Front door',
      code: '1234',
      type: 'ongoing',
      status: 'set',
      starts_at: null,
      ends_at: null,
      common_code_key: null,
      created_at: '2025-01-01T00:00:00.000Z',
      ...fields,
    };
    this.accessCodes.set(code.access_code_id, code);
    this.#outcomes.set(code.access_code_id, outcome);
    return code;
  }

  /**
   * Makes the things a docs example names exist, as they would in a reader's workspace: an access
   * code for its `access_code_id` (or in the group of its `common_code_key`), a device for its
   * `device_id`, an action attempt for its `action_attempt_id`.
   */
  seedFrom(example: unknown): void {
    if (typeof example !== 'object' || example === null) return;
    const e = example as Record<string, unknown>;
    if (typeof e.device_id === 'string') this.addDevice(e.device_id);
    if (typeof e.access_code_id === 'string' && !this.accessCodes.has(e.access_code_id)) {
      this.addAccessCode({
        access_code_id: e.access_code_id,
        ...(typeof e.device_id === 'string' ? { device_id: e.device_id } : {}),
      });
    }
    if (typeof e.common_code_key === 'string') this.addAccessCode({ common_code_key: e.common_code_key });
    if (typeof e.action_attempt_id === 'string' && !this.store.attempts.has(e.action_attempt_id)) {
      this.addActionAttempt({ action_attempt_id: e.action_attempt_id });
    }
  }

  /** A pending update attempt of an access code (a new one unless named), which sets it when it succeeds. Returns its id. */
  addActionAttempt(
    fields: { action_attempt_id?: string; access_code_id?: string; outcome?: AttemptOutcome } = {},
  ): string {
    const access_code_id = fields.access_code_id ?? this.addAccessCode().access_code_id;
    return this.store.addAttempt({
      ...(fields.action_attempt_id === undefined ? {} : { action_attempt_id: fields.action_attempt_id }),
      actionType: this.#actionType,
      outcome: fields.outcome ?? this.#outcomes.get(access_code_id) ?? 'success',
      settle: (outcome) => this.#settle(access_code_id, outcome),
    });
  }

  /** An update attempt reaching its outcome: the code is set (its result a snapshot), or an event says it failed. */
  #settle(access_code_id: string, outcome: 'success' | 'error'): Settled {
    const code = this.accessCodes.get(access_code_id);
    // A code deleted while its update was pending (a spec with a delete): the attempt fails.
    if (!code) return { status: 'error' };
    if (outcome === 'error') {
      this.store.onChange?.({ kind: 'update_failed', item: { ...code }, error: { ...CODES.failure } });
      return { status: 'error' };
    }
    code.status = 'set';
    const result = { ...code };
    this.store.onChange?.({ kind: 'update_succeeded', item: result });
    return { status: 'success', shows: { [this.codeResource]: result } };
  }

  /** The API's view of an access code: a copy, of the spec's type. */
  static view(code: StoredAccessCode): AccessCode {
    return { ...code } as unknown as AccessCode;
  }
}
