// `npm run bench:size`: minified and gzipped bytes of browser bundles (esbuild --bundle --minify,
// ESM): one that calls both operations, with this package as built in dist/, with openapi-fetch
// alone and with @seamapi/http; and one that calls `update` only, with this client built from
// src/, for today's spec and for the spec grown by a GET with query parameters and a DELETE with a
// path parameter (grown-spec.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  BOTH_OPERATIONS,
  bundleSize,
  OPENAPI_FETCH_UPDATE_ONLY,
  SVIX_WEBHOOK_HANDLER,
  UPDATE_ONLY,
  UPDATE_ONLY_NAMESPACED,
  WEBHOOK_HANDLER,
  type BundleSize,
} from './bundle-size.js';
import { grownSpec } from './grown-spec.js';
import { CORPUS_MODULES, requireCorpus } from '../../test/corpus/specs.js';

// @seamapi/http comes from the corpus's own install (test/corpus/package.json).
requireCorpus(process.cwd());
const nodePaths = [resolve(CORPUS_MODULES)];

const BOTH: Record<string, string> = {
  'seam-connect-client': BOTH_OPERATIONS(resolve('dist/index.js')),
  'openapi-fetch alone': `
    import createClient from 'openapi-fetch';
    const client = createClient({ baseUrl: 'https://connect.getseam.com', headers: { authorization: 'Bearer seam_key' } });
    await client.POST('/access_codes/update', { body: { access_code_id: 'id', code: '4444' } });
    await client.POST('/access_codes/update_multiple', { body: { common_code_key: 'key', name: 'n' } });`,
  '@seamapi/http': `
    import { SeamHttp } from '@seamapi/http/connect';
    const seam = SeamHttp.fromApiKey('seam_key');
    await seam.accessCodes.update({ access_code_id: 'id', code: '4444' });
    await seam.accessCodes.updateMultiple({ common_code_key: 'key', name: 'n' });`,
};

function table(title: string, sizes: Record<string, BundleSize>, base: string): void {
  console.log(`${title}\n`);
  console.log(`| bundle | minified bytes | gzipped bytes | gzipped vs ${base} |`);
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, { raw, gzip }] of Object.entries(sizes))
    console.log(`| ${name} | ${raw} | ${gzip} | ${(gzip / sizes[base]!.gzip).toFixed(2)}× |`);
  console.log('');
}

const both = Object.fromEntries(
  await Promise.all(
    Object.entries(BOTH).map(async ([name, src]) => [name, await bundleSize(src, { nodePaths })] as const),
  ),
);
table('bench:size — an entry calling both operations (dist/)', both, 'openapi-fetch alone');

const grown = resolve('test/.out/bench-size-grown');
const run = spawnSync(
  process.execPath,
  ['scripts/run.mjs', 'scripts/generate.ts', '--spec', grownSpec(), '--out', grown],
  { encoding: 'utf8' },
);
if (run.status !== 0) throw new Error(`bench:size: generating the grown spec failed:\n${run.stderr}`);
const grownClient = { generatedClient: `${grown}/client.ts` };
const updateOnly = {
  "accessCodesUpdate(core, …), today's spec": await bundleSize(UPDATE_ONLY()),
  'accessCodesUpdate(core, …), grown spec': await bundleSize(UPDATE_ONLY(), grownClient),
  "seam.accessCodes.update(…), today's spec": await bundleSize(UPDATE_ONLY_NAMESPACED()),
  'seam.accessCodes.update(…), grown spec': await bundleSize(UPDATE_ONLY_NAMESPACED(), grownClient),
  'openapi-fetch alone': await bundleSize(OPENAPI_FETCH_UPDATE_ONLY),
};
table(
  'An entry calling `update` only (src/): the standalone function, and the namespaced method; the grown spec adds a GET with query parameters and a path-parameter DELETE',
  updateOnly,
  'openapi-fetch alone',
);

// The webhooks entry is a bundle of its own: the client's bundles above never carry it.
const webhooks = {
  'seam-connect-client/webhooks: verifyWebhook and a guard': await bundleSize(WEBHOOK_HANDLER()),
  'svix: Webhook.verify': await bundleSize(SVIX_WEBHOOK_HANDLER),
};
table(
  'A webhook handler (src/): verification, the payload check and a guard, against svix',
  webhooks,
  'svix: Webhook.verify',
);
