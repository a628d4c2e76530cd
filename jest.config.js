// Tests are TypeScript compiled to CommonJS by SWC, so jest needs no experimental VM modules.
// Type-checking is the separate `npm run typecheck` step.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The end-to-end suites, run by `npm run test:e2e` (jest.e2e.config.js) and by CI after `npm test`:
// each works on a copy of the whole project, a real registry, or the package built, packed and
// installed with npm into a fresh project (minutes each), so `npm test` stays within five minutes.
// Everything else is `npm test`'s.
export const E2E = [
  '/test/e2e/[^/]+\\.test\\.ts$',
  '/test/package/registry-release\\.test\\.ts$',
  '/test/package/consumer\\.test\\.ts$',
];

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...E2E],
  // One worker per core. jest's default on two cores is one worker, which leaves a core idle while a
  // suite waits on its loopback server or on the generator, tsc or npm it spawned; the suites share
  // no files or ports (each writes its own test/.out/<name>, servers listen on port 0).
  maxWorkers: '100%',
  // How long jest waits for a worker to exit once told to, before killing it and warning "A worker
  // process has failed to exit gracefully" (500 ms by default). Measured with a probe in each worker
  // (2026-12-07, test:quick's suites, load 10): each worker's event loop was empty and its 'exit'
  // event ran within 1-4 ms of the request, so no handle was left open, yet the process, holding
  // 330-360 MB, took over 500 ms more to end (exit code 0, not the signal). A worker that truly
  // leaks a server or a timer never exits, and is still reported, after this longer wait.
  workerGracefulExitTimeout: 5000,
  // The pinned runtimes of `npm run test:runtimes` (over 500 MB of binaries) and the public-spec
  // corpus (about 900 MB of specs): nothing for jest to crawl.
  modulePathIgnorePatterns: [
    '<rootDir>/test/runtimes/node_modules',
    '<rootDir>/test/corpus/node_modules',
    '<rootDir>/test/corpus/.out',
    '<rootDir>/test/registry/node_modules',
  ],
  watchPathIgnorePatterns: [
    '<rootDir>/test/runtimes/node_modules',
    '<rootDir>/test/corpus/node_modules',
    '<rootDir>/test/corpus/.out',
    '<rootDir>/test/registry/node_modules',
  ],
  transform: {
    '^.+\\.(ts|mjs|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          // The SDK version, from package.json, as the build puts it in (src/version.ts).
          transform: { optimizer: { globals: { vars: { __SDK_VERSION__: JSON.stringify(version) } } } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // msw (the testing kit's MSW handlers) depends on ESM-only packages: SWC compiles every .mjs of
  // node_modules, and until-async (ESM in .js), to CommonJS too.
  transformIgnorePatterns: ['/node_modules/(?!until-async/).+\\.(?!mjs$)[^.]+$'],
  // Sources import siblings with NodeNext-style `.js` suffixes; map them back to the .ts files.
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // marked ships ESM only under its export; its UMD build is the same parser as CommonJS.
    '^marked$': '<rootDir>/node_modules/marked/lib/marked.umd.js',
  },
  testTimeout: 60000,
  // Names the run for test/helpers/shared-generate.ts (suites that generate the same spec share one
  // run of the generator), and removes its shared folders at the end.
  globalSetup: '<rootDir>/test/helpers/run-cache/setup.ts',
  globalTeardown: '<rootDir>/test/helpers/run-cache/teardown.ts',
};
