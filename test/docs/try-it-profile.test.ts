// The Try-it panel names no vendor: the profile the generator wrote with (try-it.json's `profile`)
// gives it the error envelope and the fake. A Petstore output's panel carries the engine's neutral
// part and nothing of Seam's; the package's own output carries Seam's; a profile with no Try-it
// part is refused by name.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundleTryIt, tryItProfileModule } from '../../scripts/docs/try-it/bundle.js';
import { errorLine } from '../../scripts/docs/try-it/error-line.js';
import { tryIt as neutral } from '../../scripts/docs/try-it/neutral.js';
import { tryIt as seam } from '../../src/profiles/seam/try-it.js';
import { defaultSpec } from '../../src/testing/spec.js';
import { generate, outDir } from '../helpers/generate.js';
import { ROOT } from '../helpers/paths.js';

const SEAM_MARKS = /seam-request-id|seam-workspace|seam_testkey|access_code\.changed|UPDATE_ACCESS_CODE/;
const petstore = parse(readFileSync(join(ROOT, 'test/fixtures/petstore-3.0.yaml'), 'utf8'));

it("a Petstore output's try-it.json names the neutral profile, and its panel carries nothing of Seam's profile", async () => {
  const out = outDir('try-it-neutral');
  const run = generate([
    '--spec',
    'test/fixtures/petstore-3.0.yaml',
    '--redocly-config',
    'test/fixtures/redocly.yaml',
    '--out',
    out,
  ]);
  expect(run.status).toBe(0);
  expect(JSON.parse(readFileSync(join(out, 'try-it.json'), 'utf8')).profile).toBe('neutral');
  const panel = await bundleTryIt(out);
  expect(panel.match(new RegExp(`.{0,80}(${SEAM_MARKS.source}).{0,40}`))?.[0]).toBeUndefined();
  expect(panel).toContain('x-request-id');
}, 120_000);

it("the package's own output names Seam's profile, and its panel carries Seam's envelope and fake", async () => {
  expect(JSON.parse(readFileSync(join(ROOT, 'generated/try-it.json'), 'utf8')).profile).toBe('seam');
  const panel = await bundleTryIt(join(ROOT, 'generated'));
  expect(panel).toMatch(/seam-request-id/);
  expect(panel).toMatch(/access_code\.changed/);
}, 120_000);

it('each profile part of the panel runs a fake that accepts the token the panel sends', async () => {
  const search = async ({ fake, token }: ReturnType<typeof neutral.fake>) =>
    (await fake.fetch(`${fake.endpoint}/pets/search?q=rex`, { headers: { authorization: `Bearer ${token}` } })).status;
  expect(await search(neutral.fake({ spec: petstore }))).toBe(200);
  const seamFake = seam.fake({ spec: defaultSpec });
  expect(seamFake.fromExample).toBeDefined();
  const answer = await seamFake.fake.fetch(`${seamFake.fake.endpoint}/access_codes/list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${seamFake.token}` },
    body: '{}',
  });
  expect(answer.status).toBe(200);
  expect(neutral.runtime.requestIdHeader).toBe('x-request-id');
  expect(seam.runtime.requestIdHeader).toBe('seam-request-id');
});

it('a profile with no Try-it part, or a name that is not one, is refused by name', () => {
  expect(() => tryItProfileModule('acme')).toThrow(/profile "acme", which has no Try-it part/);
  expect(() => tryItProfileModule('../seam')).toThrow(/profile "\.\.\/seam"/);
  expect(tryItProfileModule('seam')).toBe(join(ROOT, 'src/profiles/seam/try-it.ts'));
  const dir = mkdtempSync(join(tmpdir(), 'try-it-manifest-'));
  writeFileSync(join(dir, 'try-it.json'), JSON.stringify({ profile: 'acme', serverUrl: 'x', operations: [] }));
  writeFileSync(join(dir, 'openapi.json'), '{}');
  writeFileSync(join(dir, 'operations.ts'), '');
  return expect(bundleTryIt(dir)).rejects.toThrow(/profile "acme"/);
});

it("the panel names a failed answer's error as the profile's client does: NotFoundError for a neutral one, SeamNotFoundError for Seam's", () => {
  const notFound = (body: unknown) => new Response(JSON.stringify(body), { status: 404 });
  expect(
    errorLine(neutral.runtime, [], notFound({ error: { code: 'not_found', message: 'no pet 7' } }), {
      error: { code: 'not_found', message: 'no pet 7' },
    }),
  ).toBe('The client throws NotFoundError: no pet 7 (HTTP 404 not_found)');
  const seamBody = { error: { type: 'access_code_not_found', message: 'no code' } };
  expect(errorLine(seam.runtime, [], notFound(seamBody), seamBody)).toBe(
    'The client throws SeamNotFoundError: no code (HTTP 404 access_code_not_found)',
  );
});
