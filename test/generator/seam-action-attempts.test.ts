// Every one of Seam's action-attempt operations waits, wherever its answer holds the attempt: as
// the value (x-response-key: action_attempt), beside a resource (access_codes/create), or in a body
// with no key (access_codes/update). Generated here from Seam's published spec (@seamapi/types
// 1.977.0): the awaited type of each method and standalone function is checked by tsc, and the
// three forms wait on the testing kit's fake of the same spec.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS, type OperationDescriptor } from '../../src/runtime/index.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { generateShared, SEAM_SPEC_ARGS } from '../helpers/shared-generate.js';
import { BIN, ROOT } from '../helpers/paths.js';
import { openapi } from '@seamapi/types/connect';
import { materializeModuleSpecs } from '../corpus/specs.js';
import { clientCore } from '../helpers/client-core.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;
// Seam's spec is a devDependency of the project itself (not of the public-spec corpus).
const seamSpec: Json = openapi;
let dir: string;

beforeAll(() => {
  // The file of the same spec (written from the same module) that other suites generate too.
  materializeModuleSpecs(ROOT);
  const run = generateShared('seam-action-attempts', SEAM_SPEC_ARGS);
  if (run.status !== 0) throw new Error(run.stderr);
  dir = run.dir;
}, 180_000);

/** Seam's operations with x-action-attempt-type: each path, its methods, its response key and type. */
function attemptOperations() {
  return Object.entries<Json>(seamSpec.paths).flatMap(([path, item]) => {
    const methods = Object.keys(item).filter((m) => item[m]?.['x-action-attempt-type']);
    if (methods.length === 0) return [];
    const op = item[methods[0]!];
    return [
      {
        path,
        methods,
        responseKey: op['x-response-key'] as string | null | undefined,
        type: op['x-action-attempt-type'] as string,
      },
    ];
  });
}

/** The generated descriptors, by the path they send to, with the name of their types. */
async function descriptors(): Promise<Map<string, { typeName: string; descriptor: OperationDescriptor }>> {
  const client = await import(join(dir, 'client.ts'));
  const byPath = new Map<string, { typeName: string; descriptor: OperationDescriptor }>();
  for (const [name, value] of Object.entries<Json>(client)) {
    if (name.endsWith('Operation') && value && typeof value.path === 'string')
      byPath.set(value.path, { typeName: name.slice(0, -'Operation'.length), descriptor: value });
  }
  return byPath;
}

it('finds all 31 operations (40 methods) and makes each wait whose answer holds the attempt; the 8 that hold it beside a key or with none, from the body', async () => {
  const ops = attemptOperations();
  expect(ops).toHaveLength(31);
  expect(ops.flatMap((o) => o.methods)).toHaveLength(40);
  const byPath = await descriptors();
  const held = ops.filter((o) => o.responseKey !== 'action_attempt');
  expect(held.map((o) => o.path).sort()).toEqual([
    '/access_codes/create',
    '/access_codes/delete',
    '/access_codes/unmanaged/convert_to_managed',
    '/access_codes/unmanaged/delete',
    '/access_codes/update',
    '/noise_sensors/noise_thresholds/create',
    '/noise_sensors/noise_thresholds/delete',
    '/noise_sensors/noise_thresholds/update',
  ]);
  for (const op of ops) {
    const { descriptor } = byPath.get(op.path)!;
    const answer = seamSpec.paths[op.path][op.methods[0]!].responses['200'].content['application/json'].schema;
    // One answer holds no attempt at all (convert_to_managed answers `{ ok }`): nothing to wait for.
    const holds = Object.hasOwn(answer.properties ?? {}, 'action_attempt');
    expect([op.path, descriptor.actionAttempt ?? false]).toEqual([op.path, holds]);
    expect([op.path, descriptor.attemptIn !== undefined]).toEqual([
      op.path,
      holds && op.responseKey !== 'action_attempt',
    ]);
  }
  expect(ops.filter((o) => byPath.get(o.path)!.descriptor.actionAttempt).map((o) => o.path)).not.toContain(
    '/access_codes/unmanaged/convert_to_managed',
  );
  expect(ops.filter((o) => byPath.get(o.path)!.descriptor.actionAttempt)).toHaveLength(30);
  // The operation that polls attempts is found from the spec, and waits only when asked.
  expect(byPath.get('/action_attempts/get')!.descriptor.actionAttempt).toBe('asked');
});

it('types what each of the 30 methods and standalone functions that wait resolves to, waited or not (tsc --strict)', async () => {
  const byPath = await descriptors();
  const functions = await import(join(dir, 'functions.ts'));
  const lines: string[] = [];
  attemptOperations().forEach((op, i) => {
    const { typeName, descriptor } = byPath.get(op.path)!;
    if (!descriptor.actionAttempt) return; // its answer holds no attempt (see above)
    // A method that takes nothing (workspaces.resetSandbox) takes its options first.
    const input = descriptor.body || descriptor.input ? ['{} as any'] : [];
    const fn = typeName.charAt(0).toLowerCase() + typeName.slice(1);
    expect(typeof functions[fn]).toBe('function');
    const waited =
      op.responseKey && op.responseKey !== 'action_attempt'
        ? [`is<Same<typeof w${i}, ${typeName}Response[${JSON.stringify(op.responseKey)}]>>();`]
        : [
            `is<Same<(typeof w${i})['status'], 'success'>>();`,
            `is<Same<(typeof w${i})['action_type'], ${JSON.stringify(op.type)}>>();`,
          ];
    lines.push(
      `  const w${i} = await seam.${descriptor.name}(${input.join(', ')});`,
      `  ${waited.join(' ')}`,
      `  const f${i} = await fns.${fn}(${['core', ...input].join(', ')});`,
      `  is<Same<typeof f${i}, typeof w${i}>>();`,
      `  const n${i} = await seam.${descriptor.name}(${[...input, '{ waitForActionAttempt: false }'].join(', ')});`,
      `  is<Same<typeof n${i}, ${typeName}Result>>();`,
    );
  });
  const imports = [...byPath.values()]
    .filter(({ descriptor }) => descriptor.actionAttempt === true)
    .flatMap(({ typeName }) => [`${typeName}Response`, `${typeName}Result`]);
  writeFileSync(
    join(dir, 'awaited-types.ts'),
    [
      '/* eslint-disable */',
      `import type { GeneratedClient, ${imports.join(', ')} } from './client.js';`,
      "import * as fns from './functions.js';",
      "import type { ClientCore } from '../../../src/runtime/index.js';",
      'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
      'declare function is<T extends true>(): void;',
      'declare const seam: GeneratedClient;',
      'declare const core: ClientCore;',
      'export async function check(): Promise<void> {',
      ...lines,
      '}',
      '',
    ].join('\n'),
  );
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { types: [], strict: true, noUnusedLocals: false },
      include: ['./awaited-types.ts'],
      exclude: [],
    }),
  );
  const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 180_000);

describe('on the fake of the same spec', () => {
  async function seamOnFake() {
    const { operationRoutes, operationResources } = await import(join(dir, 'operations.ts'));
    const { default: spec } = await import(join(dir, 'openapi.json'), { with: { type: 'json' } });
    const fake = createFakeSeam({
      spec,
      operations: operationRoutes,
      resources: operationResources,
      actionAttempts: { pollsToFinish: 2 },
    });
    const { GeneratedClient, actionAttemptPoll } = await import(join(dir, 'client.ts'));
    const auth = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` };
    const core = clientCore({
      ...DEFAULTS,
      waitForActionAttempt: { timeout: 3000, pollingInterval: 5 },
      maxRetries: 0,
      endpoint: fake.endpoint,
      fetch: fake.fetch,
      headers: auth,
      secrets: [FAKE_CREDENTIALS.apiKey],
      actionAttemptPoll,
    });
    return { fake, seam: new GeneratedClient(core), polls: () => fake.requestsTo('actionAttemptsGet' as never).length };
  }

  it('with no response key (access_codes/update), it resolves to the finished attempt', async () => {
    const { fake, seam, polls } = await seamOnFake();
    const code = fake.seed.accessCode();
    const done = await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'Waited' });
    expect(done).toMatchObject({
      status: 'success',
      action_type: 'UPDATE_ACCESS_CODE',
      result: { access_code: { name: 'Waited' } },
    });
    expect(polls()).toBe(2);
  });

  it('beside a resource key (access_codes/create, noise_thresholds/create), it resolves to the resource once the attempt has finished', async () => {
    const { seam, polls } = await seamOnFake();
    const device_id = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
    const made = await seam.accessCodes.create({ device_id, name: 'Side door', code: '2468' });
    expect(made).toMatchObject({ device_id, name: 'Side door', code: '2468' });
    expect(polls()).toBe(2);
    const threshold = await seam.noiseSensors.noiseThresholds.create({
      device_id,
      starts_daily_at: '22:00',
      ends_daily_at: '07:00',
    });
    expect(threshold).toMatchObject({ device_id, starts_daily_at: '22:00' });
    expect(polls()).toBe(4);
    // Deleting it: no key, the finished attempt of its own type.
    await expect(
      seam.noiseSensors.noiseThresholds.delete({ device_id, noise_threshold_id: threshold.noise_threshold_id }),
    ).resolves.toMatchObject({ status: 'success', action_type: 'DELETE_NOISE_THRESHOLD' });
    // Not waiting: the resource as answered, with no poll.
    await seam.accessCodes.create({ device_id, name: 'Now' }, { waitForActionAttempt: false });
    expect(polls()).toBe(6);
  });

  it('an answer whose attempt is missing is SeamInvalidResponseError, not a wait that cannot end', async () => {
    const { fake, seam } = await seamOnFake();
    const code = fake.seed.accessCode();
    fake.faults.push({
      operation: 'accessCodesUpdate' as never,
      status: 200,
      body: '{"ok":true}',
      headers: { 'content-type': 'application/json' },
    });
    await expect(seam.accessCodes.update({ access_code_id: code.access_code_id })).rejects.toMatchObject({
      name: 'SeamInvalidResponseError',
      message: expect.stringContaining('"action_attempt" is not an action attempt'),
    });
  });
});
