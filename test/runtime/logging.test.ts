// Debug logging over real loopback HTTP: `logLevel` (or SEAM_LOG) gives one line per attempt with
// the method, URL, status, duration, attempt and request id; bodies only at `debug`; never a token.
import { SeamClient, SeamOptionsError, type Logger } from '../../src/index.js';
import { createSeamFetchClient } from '../../src/fetch.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { useTestServer } from '../helpers/client.js';

const t = useTestServer();
const KEY = FAKE_CREDENTIALS.apiKey;

/** A logger that keeps every line, by level. */
function capture(): Logger & { lines: Array<[string, string]> } {
  const lines: Array<[string, string]> = [];
  const keep = (level: string) => (line: unknown) => void lines.push([level, String(line)]);
  return { lines, error: keep('error'), warn: keep('warn'), info: keep('info'), debug: keep('debug') };
}

const group = () => t.server().seed.accessCode({ common_code_key: 'group' }).common_code_key!;

it('info: a line per attempt, retries included, with method, URL, status, duration, attempt and request id; no body, no token', async () => {
  const logger = capture();
  const seam = t.client({ logLevel: 'info', logger });
  t.server().fail('accessCodesUpdateMultiple', { status: 503, retryAfter: 0 });
  await seam.accessCodes.updateMultiple({ common_code_key: group(), name: 'Front door' });
  const url = `${t.server().url}/access_codes/update_multiple`;
  expect(logger.lines).toEqual([
    [
      'warn',
      expect.stringMatching(
        new RegExp(`^seam-connect-client: POST ${url} in \\d+ ms \\(attempt 1, request [0-9a-f-]{36}\\): 503$`),
      ),
    ],
    [
      'info',
      expect.stringMatching(
        new RegExp(`^seam-connect-client: POST ${url} in \\d+ ms \\(attempt 2, request [0-9a-f-]{36}\\): 200$`),
      ),
    ],
  ]);
  expect(JSON.stringify(logger.lines)).not.toContain(KEY);
  expect(JSON.stringify(logger.lines)).not.toContain('Front door');
});

it('every poll of an action attempt is logged too', async () => {
  const logger = capture();
  t.server().actionAttempts.pollsToFinish = 1;
  await t
    .client({ logLevel: 'info', logger })
    .accessCodes.update({ access_code_id: t.server().seed.accessCode().access_code_id });
  expect(logger.lines.map(([, line]) => /POST \S+\/(\w+\/\w+) /.exec(line)?.[1])).toEqual([
    'access_codes/update',
    'action_attempts/get',
  ]);
});

it('warn and error leave out successes; error keeps only failures without an answer', async () => {
  const warn = capture();
  const error = capture();
  await t.client({ logLevel: 'warn', logger: warn }).accessCodes.updateMultiple({ common_code_key: group() });
  expect(warn.lines).toEqual([]);
  t.server().drop('accessCodesUpdateMultiple');
  await t
    .client({ logLevel: 'error', logger: error, maxRetries: 0 })
    .accessCodes.updateMultiple({ common_code_key: group() })
    .catch(() => undefined);
  expect(error.lines).toEqual([
    [
      'error',
      expect.stringMatching(/\(attempt 1\): SeamConnectionError: Connection to http:\/\/127\.0\.0\.1:\d+ failed/),
    ],
  ]);
});

it('debug adds the bodies, with any token redacted', async () => {
  const logger = capture();
  await t
    .client({ logLevel: 'debug', logger })
    .accessCodes.updateMultiple({ common_code_key: group(), name: `named after ${KEY}` });
  const text = logger.lines.map(([, line]) => line).join('\n');
  expect(text).toContain('sending {"common_code_key":"group","name":"named after [redacted]"}');
  expect(text).toContain('answered {"ok":true}');
  expect(text).not.toContain(KEY);
});

it('SEAM_LOG turns it on when no logLevel is given; a value it does not know is reported, and logging stays off', async () => {
  const before = process.env.SEAM_LOG;
  try {
    process.env.SEAM_LOG = 'INFO';
    const on = capture();
    await t.client({ logger: on }).accessCodes.updateMultiple({ common_code_key: group() });
    expect(on.lines).toHaveLength(1);
    process.env.SEAM_LOG = 'verbose';
    const off = capture();
    await t.client({ logger: off }).accessCodes.updateMultiple({ common_code_key: group() });
    expect(off.lines).toEqual([
      ['warn', 'seam-connect-client: SEAM_LOG must be one of off, error, warn, info, debug; logging stays off.'],
    ]);
  } finally {
    if (before === undefined) delete process.env.SEAM_LOG;
    else process.env.SEAM_LOG = before;
  }
});

it('a logLevel it does not know is SeamOptionsError', () => {
  expect(() => new SeamClient({ apiKey: KEY, logLevel: 'verbose' as never })).toThrow(SeamOptionsError);
  expect(() => new SeamClient({ apiKey: KEY, logLevel: 'verbose' as never })).toThrow(
    'logLevel must be one of off, error, warn, info, debug.',
  );
});

it('the openapi-fetch client of seam-connect-client/fetch logs the same way', async () => {
  const logger = capture();
  await createSeamFetchClient({ apiKey: KEY, endpoint: t.server().url, logLevel: 'info', logger }).POST(
    '/access_codes/update_multiple',
    { body: { common_code_key: group() } },
  );
  expect(logger.lines).toEqual([
    [
      'info',
      expect.stringMatching(
        /POST \S+\/access_codes\/update_multiple in \d+ ms \(attempt 1, request [0-9a-f-]{36}\): 200$/,
      ),
    ],
  ]);
});
