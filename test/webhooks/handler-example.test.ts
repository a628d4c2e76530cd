// The "Receiving webhooks" handler of generated/docs/events.md, the README and the HTML docs' spec
// (generated/openapi.yaml, on its first webhook) compiles against the package's webhooks entry: a
// complete handler, not a sketch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/paths.js';

const handlerOf = (markdown: string): string => {
  const found = /#+ Receiving webhooks[\s\S]*?```ts\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!found) throw new Error('no handler under "Receiving webhooks"');
  return found.replace(
    "from 'seam-connect-client/webhooks'",
    `from ${JSON.stringify(join(ROOT, 'src/webhooks/index.js'))}`,
  );
};

/** What the HTML docs render: the webhooks of generated/openapi.yaml (JSON under a comment line). */
const htmlSpec = () => JSON.parse(readFileSync(join(ROOT, 'generated/openapi.yaml'), 'utf8').replace(/^#.*\n/, ''));

test("the HTML docs' spec lists every event type as a webhook, the first with the handler", () => {
  const { webhooks } = htmlSpec();
  const events = readFileSync(join(ROOT, 'generated/events.ts'), 'utf8');
  const types = JSON.parse(/export const eventTypes: readonly EventType\[\] = (\[.*\]);/.exec(events)![1]!) as string[];
  expect(types.length).toBeGreaterThan(0);
  for (const type of types) expect(Object.keys(webhooks)).toContain(type);
  expect(handlerOf(String(Object.values<{ post: { description: string } }>(webhooks)[0]!.post.description))).toContain(
    'verifyWebhook(rawBody, req.headers, secret)',
  );
});

test.each(['generated/docs/events.md', 'README.md', 'generated/openapi.yaml'])(
  'the handler in %s type-checks under strict',
  (file) => {
    const dir = join(ROOT, 'test/.out/webhook-handler', file.replace(/\W/g, '-'));
    mkdirSync(dir, { recursive: true });
    const text = file.endsWith('.yaml')
      ? String(Object.values<{ post: { description: string } }>(htmlSpec().webhooks)[0]!.post.description)
      : readFileSync(join(ROOT, file), 'utf8');
    writeFileSync(join(dir, 'handler.ts'), handlerOf(text));
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: '../../../../tsconfig.json',
        compilerOptions: { types: ['node'] },
        include: ['./handler.ts'],
        exclude: [],
      }),
    );
    const tsc = spawnSync(BIN('tsc'), ['--noEmit', '-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
  },
  120_000,
);
