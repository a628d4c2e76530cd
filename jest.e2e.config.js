// `npm run test:e2e`: the end-to-end suites that jest.config.js leaves out of `npm test` (its E2E
// list), with the same transform and settings. CI (.ci/run) runs them after `npm test`.
import base, { E2E } from './jest.config.js';

/** @type {import('jest').Config} */
export default { ...base, testMatch: undefined, testRegex: E2E, testPathIgnorePatterns: ['/node_modules/'] };
