// The events output, for any spec with an event union: Seam's published spec (109 variants, inline,
// OpenAPI 3.0) gives 109 typed events with guards that type-check; a 3.1 spec with webhooks only
// gives its events too; a spec without events gets no events.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, outDir } from '../../../helpers/generate.js';
import { BIN, ROOT } from '../../../helpers/paths.js';
import { generateShared, SEAM_SPEC_ARGS } from '../../../helpers/shared-generate.js';
import { CORPUS_CONFIG, materializeCorpus } from '../../../corpus/specs.js';

function typecheck(dir: string, source: string): string {
  writeFileSync(join(dir, 'consumer.ts'), source);
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { types: [] },
      include: ['./consumer.ts'],
      exclude: [],
    }),
  );
  const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
  return tsc.stdout + tsc.stderr;
}

describe("Seam's published spec", () => {
  let dir: string;
  let events = '';
  beforeAll(() => {
    materializeCorpus(ROOT);
    const run = generateShared('events-seam', SEAM_SPEC_ARGS);
    dir = run.dir;
    expect(run.stderr).not.toMatch(/Error/);
    events = readFileSync(join(dir, 'events.ts'), 'utf8');
  }, 120_000);

  it('types all 109 event types, each with a guard', async () => {
    const { openapi } = await import('@seamapi/types/connect');
    // The published spec, typed loosely by its package: the part read here, as it is.
    const spec = openapi as unknown as {
      components: { schemas: { event: { oneOf: Array<{ properties: { event_type: { enum: string[] } } }> } } };
    };
    const types = spec.components.schemas.event.oneOf.map((v) => v.properties.event_type.enum[0]!);
    expect(types).toHaveLength(109);
    for (const type of types) expect(events).toContain(`event.event_type === ${JSON.stringify(type)};`);
    expect(events.match(/^export type \w+Event = Extract<ApiEvent/gm)).toHaveLength(109);
    expect(events.match(/^export function is(?!KnownEvent)\w+Event\(event: AnyEvent\)/gm)).toHaveLength(109);
  });

  it("type-checks: guards narrow to their event, and EventType holds only the spec's types", () => {
    const source = [
      "import { isKnownEvent, isAccessCodeSetOnDeviceEvent, isLockUnlockedEvent, type AnyEvent, type EventType } from './events.js';",
      'export function handle(event: AnyEvent): string {',
      '  if (isAccessCodeSetOnDeviceEvent(event)) return event.access_code_id;',
      "  if (isLockUnlockedEvent(event)) return event.device_id ?? '';",
      "  if (!isKnownEvent(event)) return 'unknown: ' + event.event_type;",
      '  const type: EventType = event.event_type;',
      '  return type;',
      '}',
      '// @ts-expect-error: not an event type of the spec',
      "const wrong: EventType = 'lock.teleported';",
      'void wrong;',
    ].join('\n');
    expect(typecheck(dir, source)).toBe('');
  }, 120_000);
});

describe('other specs', () => {
  const base = (extra: object) => ({
    openapi: '3.1.0',
    info: { title: 'Hooks', version: '1.0.0', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://example.test' }],
    security: [],
    paths: {},
    ...extra,
  });
  const hookBody = (type: string, extra: Record<string, object>) => ({
    post: {
      operationId: `${type.replace(/\W/g, '')}Hook`,
      summary: 'A thing happened',
      description: 'Sent when a thing happened.',
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['event_type', ...Object.keys(extra)],
              properties: { event_type: { type: 'string', const: type, description: 'Type.' }, ...extra },
            },
          },
        },
      },
      responses: { '200': { description: 'Received.' } },
    },
  });

  it('a 3.1 spec with webhooks only gets a type and a guard per webhook event', () => {
    const dir = outDir('events-webhooks-only');
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, 'spec.json');
    writeFileSync(
      spec,
      JSON.stringify(
        base({
          webhooks: {
            'pet.born': hookBody('pet.born', { name: { type: 'string', description: 'Name.' } }),
            'pet.sold': hookBody('pet.sold', { price: { type: 'number', description: 'Price.' } }),
          },
        }),
      ),
    );
    const run = generate(['--spec', spec, '--redocly-config', CORPUS_CONFIG, '--out', join(dir, 'out')]);
    expect(run.stderr).not.toMatch(/Error/);
    const events = readFileSync(join(dir, 'out/events.ts'), 'utf8');
    expect(events).toContain('export function isPetBornEvent(');
    expect(events).toContain('"pet.sold": {"price":"n"}');
    expect(events).not.toMatch(/seam/i);
    const source = [
      "import { isPetSoldEvent, isKnownEvent, type AnyEvent } from './out/events.js';",
      'export function price(event: AnyEvent): number {',
      '  if (isPetSoldEvent(event)) return event.price;',
      '  if (isKnownEvent(event) && event.event_type === "pet.born") return event.name.length;',
      '  return 0;',
      '}',
    ].join('\n');
    expect(typecheck(dir, source)).toBe('');
  }, 120_000);

  it('spec text that could end a comment or a string stays text: events.ts parses and each guard tests its own event_type', () => {
    const dir = outDir('events-spec-text');
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, 'spec.json');
    const hostile = ['pet.*/ended', 'pet."quoted"\nline', '__proto__', "pet.'single'`tick`${x}"];
    const hooks = Object.fromEntries(
      hostile.map((type, i) => {
        const hook = hookBody(type, {
          note: { type: 'string', description: 'Ends */ a comment; <script>alert(1)</script>' },
        });
        hook.post.operationId = `hostile${i}Hook`;
        hook.post.description = 'A description holding */ and a line break\n*/ again.';
        return [`hook${i}`, hook];
      }),
    );
    writeFileSync(spec, JSON.stringify(base({ webhooks: hooks })));
    const run = generate(['--spec', spec, '--redocly-config', CORPUS_CONFIG, '--out', join(dir, 'out')]);
    expect(run.stderr).not.toMatch(/Error/);
    const events = readFileSync(join(dir, 'out/events.ts'), 'utf8');
    for (const type of hostile) expect(events).toContain(`event.event_type === ${JSON.stringify(type)};`);
    const source = [
      "import { eventTypes, isKnownEvent, type AnyEvent } from './out/events.js';",
      'export const known = (event: AnyEvent): boolean => isKnownEvent(event);',
      'export const count: number = eventTypes.length;',
    ].join('\n');
    expect(typecheck(dir, source)).toBe('');
  }, 120_000);

  it('a spec without events gets no events.ts, and no events page', () => {
    const dir = outDir('events-none');
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify(base({ webhooks: {} })));
    const run = generate(['--spec', spec, '--redocly-config', CORPUS_CONFIG, '--out', join(dir, 'out')]);
    expect(run.stderr).not.toMatch(/Error/);
    expect(existsSync(join(dir, 'out/events.ts'))).toBe(false);
    expect(existsSync(join(dir, 'out/docs/events.md'))).toBe(false);
  }, 120_000);
});
