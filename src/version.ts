// Sent as seam-sdk-version. The version lives in package.json alone: the build (tsup.config.ts)
// and the tests (jest.config.js) put it in __SDK_VERSION__; code run straight from src/ elsewhere
// says `dev`.
declare const __SDK_VERSION__: string | undefined;

export const SDK_NAME = 'seam-connect-client';
export const SDK_VERSION: string = typeof __SDK_VERSION__ === 'string' ? __SDK_VERSION__ : 'dev';
