// `npm run bench:size`: minified and gzipped bytes of a browser bundle that calls both operations,
// with this package (as built in dist/), with openapi-fetch alone, and with @seamapi/http.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ENTRIES: Record<string, string> = {
  'seam-connect-client': `
    import { SeamClient } from ${JSON.stringify(resolve('dist/index.js'))};
    const seam = new SeamClient({ apiKey: 'seam_key' });
    await seam.accessCodes.update({ access_code_id: 'id', code: '4444' });
    await seam.accessCodes.updateMultiple({ common_code_key: 'key', name: 'n' });`,
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

async function measure(contents: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const sizes = Object.fromEntries(
  await Promise.all(Object.entries(ENTRIES).map(async ([name, src]) => [name, await measure(src)] as const)),
);
const base = sizes['openapi-fetch alone']!;
console.log('bench:size — esbuild --bundle --minify (browser, ESM) of an entry calling both operations\n');
console.log('| bundle | minified bytes | gzipped bytes | gzipped vs openapi-fetch alone |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, { raw, gzip }] of Object.entries(sizes)) {
  console.log(`| ${name} | ${raw} | ${gzip} | ${(gzip / base.gzip).toFixed(2)}× |`);
}
