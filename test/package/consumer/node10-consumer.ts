// A project still on `moduleResolution: node10`, which ignores the exports map: every subpath's
// types must resolve through typesVersions. Type-checked only.
import { SeamClient } from 'seam-connect-client';
import { createSeamFetchClient } from 'seam-connect-client/fetch';
import { createFakeSeam, FAKE_CREDENTIALS } from 'seam-connect-client/testing';
import { createSeamHandlers } from 'seam-connect-client/msw';

const fake = createFakeSeam();
export const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });
export const api = createSeamFetchClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });
export const handlers = createSeamHandlers(fake);
