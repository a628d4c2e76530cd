// Minified and gzipped bytes of a browser bundle, as a consumer's bundler would make it (esbuild
// --bundle --minify, ESM). Used by `npm run bench:size` and by the size test in `npm test`.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface BundleSize {
  raw: number;
  gzip: number;
  /** The files the bundle holds code from. */
  inputs: string[];
}

/**
 * Bundles `contents` (JavaScript or TypeScript); `generatedClient` swaps in another generated/client.ts;
 * `nodePaths` are where packages the project does not install are found (the corpus's, for @seamapi/http).
 */
export async function bundleSize(
  contents: string,
  options: { generatedClient?: string; nodePaths?: string[] } = {},
): Promise<BundleSize> {
  const plugins: Plugin[] = options.generatedClient
    ? [
        {
          name: 'other-generated-client',
          setup(b) {
            b.onResolve({ filter: /generated\/(client|functions)\.js$/ }, (args) => ({
              path: resolve(
                options.generatedClient!,
                '..',
                args.path.endsWith('functions.js') ? 'functions.ts' : 'client.ts',
              ),
            }));
          },
        },
      ]
    : [];
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
    plugins,
    nodePaths: options.nodePaths ?? [],
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.values(result.metafile!.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([f]) => f),
  );
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

/**
 * An entry that calls `update` only, with this client built from `src/`, through the standalone
 * function: the bundle keeps that operation alone, however many the spec has.
 */
export const UPDATE_ONLY = (index = resolve('src/index.ts')) => `
  import { createSeamCore, accessCodesUpdate } from ${JSON.stringify(index)};
  await accessCodesUpdate(createSeamCore({ apiKey: 'seam_key' }), { access_code_id: 'id', code: '4444' });`;

/** The same through the client's namespaces, which keep every operation of the spec. */
export const UPDATE_ONLY_NAMESPACED = (index = resolve('src/index.ts')) => `
  import { SeamClient } from ${JSON.stringify(index)};
  const seam = new SeamClient({ apiKey: 'seam_key' });
  await seam.accessCodes.update({ access_code_id: 'id', code: '4444' });`;

/** An entry that calls both operations through SeamClient (the budget's second bundle). */
export const BOTH_OPERATIONS = (index = resolve('src/index.ts')) => `
  import { SeamClient } from ${JSON.stringify(index)};
  const seam = new SeamClient({ apiKey: 'seam_key' });
  await seam.accessCodes.update({ access_code_id: 'id', code: '4444' });
  await seam.accessCodes.updateMultiple({ common_code_key: 'key', name: 'n' });`;

/** The same call with openapi-fetch alone. */
export const OPENAPI_FETCH_UPDATE_ONLY = `
  import createClient from 'openapi-fetch';
  const client = createClient({ baseUrl: 'https://connect.getseam.com', headers: { authorization: 'Bearer seam_key' } });
  await client.POST('/access_codes/update', { body: { access_code_id: 'id', code: '4444' } });`;

/** A webhook handler: verifyWebhook, then a guard, from the package's webhooks entry built from src/. */
export const WEBHOOK_HANDLER = (entry = resolve('src/webhooks/index.ts')) => `
  import { verifyWebhook, isAccessCodeSetOnDeviceEvent } from ${JSON.stringify(entry)};
  const event = await verifyWebhook('{}', { 'svix-id': 'i', 'svix-timestamp': '1', 'svix-signature': 's' }, 'whsec_c2VjcmV0');
  if (isAccessCodeSetOnDeviceEvent(event)) console.log(event.code);`;

/** The same verification with svix's own Webhook.verify (what Seam's SDK wraps). */
export const SVIX_WEBHOOK_HANDLER = `
  import { Webhook } from 'svix';
  const event = new Webhook('whsec_c2VjcmV0').verify('{}', { 'svix-id': 'i', 'svix-timestamp': '1', 'svix-signature': 's' });
  console.log(event);`;
