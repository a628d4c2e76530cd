// The headers whose values a Seam client collects as secrets (its profile's credentialHeaders) are those the specs'
// securitySchemes send a credential in: `authorization` for every http scheme, and the header of
// every apiKey scheme but the workspace's. Held to this package's spec and to Seam's published one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openapi } from '@seamapi/types/connect';
import { parse } from 'yaml';
import { seamAuth } from '../../src/profiles/seam/auth.js';
import { ROOT } from '../helpers/paths.js';

type Schemes = Record<string, { type: string; in?: string; name?: string }>;
/** The workspace's header names a workspace, and grants nothing alone: not a secret. */
const NOT_A_SECRET = ['seam-workspace'];

const headersOf = (schemes: Schemes): string[] =>
  Object.values(schemes).flatMap((s) =>
    s.type === 'http' ? ['authorization'] : s.type === 'apiKey' && s.in === 'header' ? [s.name!.toLowerCase()] : [],
  );

it.each([
  [
    'spec/openapi.yaml',
    () => parse(readFileSync(join(ROOT, 'spec/openapi.yaml'), 'utf8')).components.securitySchemes as Schemes,
  ],
  [
    "Seam's published spec",
    () => (openapi as { components: { securitySchemes: unknown } }).components.securitySchemes as Schemes,
  ],
])('every credential header of %s is collected', (_, schemes) => {
  const credentials = headersOf(schemes()).filter((h) => !NOT_A_SECRET.includes(h));
  expect(credentials.length).toBeGreaterThan(0);
  expect(credentials.filter((h) => !seamAuth.credentialHeaders.includes(h))).toEqual([]);
});
