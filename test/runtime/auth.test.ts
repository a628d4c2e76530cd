import { SeamClient, SeamOptionsError, SeamUnauthorizedError } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { loadSpec } from '../helpers/spec.js';
import { useTestServer } from '../helpers/client.js';
import { FAKE_CREDENTIALS as C } from '../../src/testing/index.js';

const t = useTestServer();

async function headersSentBy(seam: SeamClient) {
  const code = t.server().seed.accessCode();
  await seam.accessCodes.update({ access_code_id: code.access_code_id, name: 'x' }, { waitForActionAttempt: false });
  return t.server().requests.at(-1)!.headers;
}

describe('auth modes send the headers of the spec security schemes', () => {
  const schemes = loadSpec().components.securitySchemes;

  it.each([
    ['apiKey', { apiKey: C.apiKey }, 'api_key', C.apiKey, undefined],
    [
      'clientSessionToken',
      { clientSessionToken: C.clientSessionToken },
      'client_session_token',
      C.clientSessionToken,
      undefined,
    ],
    [
      'personalAccessToken',
      { personalAccessToken: C.personalAccessToken, workspaceId: C.workspaceId },
      'personal_access_token',
      C.personalAccessToken,
      C.workspaceId,
    ],
    [
      'consoleSessionToken',
      { consoleSessionToken: C.consoleSessionToken, workspaceId: C.workspaceId },
      'console_session_token',
      C.consoleSessionToken,
      C.workspaceId,
    ],
  ] as const)('%s', async (_mode, options, scheme, token, workspace) => {
    expect(schemes[scheme]).toMatchObject({ type: 'http', scheme: 'bearer' });
    const headers = await headersSentBy(t.client(options));
    expect(headers.authorization).toBe(`Bearer ${token}`);
    expect(headers[schemes.seam_workspace.name]).toBe(workspace);
  });

  it.each([
    ['fromApiKey', () => SeamClient.fromApiKey(C.apiKey, { endpoint: t.server().url })],
    [
      'fromClientSessionToken',
      () => SeamClient.fromClientSessionToken(C.clientSessionToken, { endpoint: t.server().url }),
    ],
    [
      'fromPersonalAccessToken',
      () => SeamClient.fromPersonalAccessToken(C.personalAccessToken, C.workspaceId, { endpoint: t.server().url }),
    ],
    [
      'fromConsoleSessionToken',
      () => SeamClient.fromConsoleSessionToken(C.consoleSessionToken, C.workspaceId, { endpoint: t.server().url }),
    ],
  ])('%s factory authenticates', async (_name, make) => {
    const headers = await headersSentBy(make());
    expect(headers.authorization).toMatch(/^Bearer seam_/);
  });

  it('sends SDK name and version headers', async () => {
    const headers = await headersSentBy(t.client());
    expect(headers['seam-sdk-name']).toBe('seam-connect-client');
    expect(headers['seam-sdk-version']).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('with no options, reads SEAM_API_KEY and SEAM_ENDPOINT', async () => {
    process.env.SEAM_API_KEY = C.apiKey;
    process.env.SEAM_ENDPOINT = t.server().url;
    const seam = new SeamClient();
    expect(seam.endpoint).toBe(t.server().url);
    expect((await headersSentBy(seam)).authorization).toBe(`Bearer ${C.apiKey}`);
  });

  it('a wrong key from the environment gives SeamUnauthorizedError', async () => {
    process.env.SEAM_API_KEY = 'seam_wrong';
    const seam = new SeamClient({ endpoint: t.server().url });
    const code = t.server().seed.accessCode();
    await expect(seam.accessCodes.update({ access_code_id: code.access_code_id })).rejects.toBeInstanceOf(
      SeamUnauthorizedError,
    );
  });
});

describe('wrong combinations fail at construction, naming the fix', () => {
  const saved = process.env.SEAM_API_KEY;
  beforeEach(() => delete process.env.SEAM_API_KEY);
  afterEach(() => {
    if (saved !== undefined) process.env.SEAM_API_KEY = saved;
  });

  it.each([
    ['no mode', {}, /No credentials: pass one of apiKey.*or set SEAM_API_KEY/],
    [
      'two modes',
      { apiKey: C.apiKey, clientSessionToken: C.clientSessionToken },
      /only one auth mode, not apiKey and clientSessionToken/,
    ],
    [
      'a token without its workspace',
      { personalAccessToken: C.personalAccessToken },
      /personalAccessToken needs workspaceId/,
    ],
    [
      'a console token without its workspace',
      { consoleSessionToken: C.consoleSessionToken },
      /consoleSessionToken needs workspaceId/,
    ],
    ['a workspace with an API key', { apiKey: C.apiKey, workspaceId: C.workspaceId }, /workspaceId goes only with/],
    ['an empty key', { apiKey: '' }, /apiKey must be a string of 8 or more characters/],
    [
      'a relative endpoint',
      { apiKey: C.apiKey, endpoint: 'connect.getseam.com' },
      /endpoint must be an http\(s\) URL such as https:\/\/connect.getseam.com/,
    ],
    ['a negative timeout', { apiKey: C.apiKey, timeout: -1 }, /timeout must be a positive number/],
    ['a fractional maxRetries', { apiKey: C.apiKey, maxRetries: 1.5 }, /maxRetries must be a whole number/],
    [
      'a bad wait option',
      { apiKey: C.apiKey, waitForActionAttempt: { pollingInterval: 0 } },
      /pollingInterval must be a positive/,
    ],
  ])('%s', (_case, options, message) => {
    expect(() => new SeamClient(options as never)).toThrow(SeamOptionsError);
    expect(() => new SeamClient(options as never)).toThrow(message);
  });

  it('the error message never contains the token', () => {
    const attempt = () => new SeamClient({ apiKey: C.apiKey, clientSessionToken: C.clientSessionToken });
    expect(attempt).toThrow();
    try {
      attempt();
    } catch (err) {
      expect(String(err)).not.toContain(C.apiKey);
      expect(String(err)).not.toContain(C.clientSessionToken);
    }
  });
});
