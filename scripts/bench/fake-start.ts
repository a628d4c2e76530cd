// `npx tsx scripts/bench/fake-start.ts [count]`: how long making a fake takes, the package's own
// (its routes read from generated/operations.ts) and one of Seam's published spec (522 operations),
// whose routes are derived at its start unless the caller passes the generator's (`routes`), as the
// docs' Try-it panel does. Figures only, not a test.
import { openapi } from '@seamapi/types/connect';
import { createFakeSeam, type FakeSeamOptions } from '../../src/testing/index.js';
import * as manifest from '../../src/testing/route-manifest.js';

const COUNT = Number(process.argv[2] ?? 200);

function time(label: string, count: number, options: () => FakeSeamOptions): void {
  // The first few pay for loading the modules and for the JIT warming up.
  for (let i = 0; i < 5; i++) createFakeSeam(options());
  const start = performance.now();
  for (let i = 0; i < count; i++) createFakeSeam(options());
  const ms = performance.now() - start;
  console.log(`${label}: ${count} fakes in ${ms.toFixed(1)} ms, ${((ms / count) * 1000).toFixed(0)} µs each`);
}

time('createFakeSeam()', COUNT, () => ({}));
time("createFakeSeam({ spec: Seam's published spec })", COUNT / 10, () => ({ spec: openapi }));
// Where this checkout has the shared function (route-manifest.ts), the routes the generator would write.
if ('routeManifestOf' in manifest) {
  const routes = manifest.routeManifestOf(openapi);
  for (let i = 0; i < 5; i++) manifest.routeManifestOf(openapi);
  const start = performance.now();
  for (let i = 0; i < COUNT / 10; i++) manifest.routeManifestOf(openapi);
  const ms = (performance.now() - start) / (COUNT / 10);
  console.log(`routeManifestOf(Seam's published spec): ${ms.toFixed(1)} ms each`);
  time("createFakeSeam({ spec: Seam's published spec, routes })", COUNT / 10, () => ({ spec: openapi, routes }));
}
