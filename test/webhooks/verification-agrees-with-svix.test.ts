// verifyWebhook accepts exactly what svix's own Webhook.verify accepts, on a shared corpus signed by
// svix itself, and on random deliveries (fast-check): the Web Crypto implementation is Svix's scheme.
import fc from 'fast-check';
import { Webhook } from 'svix';
import {
  SeamWebhookVerificationError,
  verifyWebhook,
  type WebhookVerificationReason,
} from '../../src/webhooks/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const SECRET = `whsec_${b64(new Uint8Array(32).fill(7))}`;
const OTHER = `whsec_${b64(new Uint8Array(32).fill(9))}`;
const BODY = JSON.stringify({
  event_id: '8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70',
  workspace_id: 'w',
  created_at: '2030-01-01T00:00:00Z',
  occurred_at: '2030-01-01T00:00:00Z',
  access_code_id: 'a',
  device_id: 'd',
  connected_account_id: 'c',
  event_type: 'access_code.set_on_device',
  code: '4444',
});
const now = (): number => Math.floor(Date.now() / 1000);

interface Delivery {
  body: string;
  headers: Record<string, string>;
  secret: string;
}

/** Signed by svix itself, so neither side checks its own signer. */
function signed(
  body: string,
  secret: string,
  offset = 0,
  id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
): Record<string, string> {
  const ts = now() + offset;
  return {
    'svix-id': id,
    'svix-timestamp': String(ts),
    'svix-signature': new Webhook(secret).sign(id, new Date(ts * 1000), body),
  };
}

async function ours(d: Delivery): Promise<'ok' | WebhookVerificationReason> {
  try {
    await verifyWebhook(d.body, d.headers, d.secret, { validate: false });
    return 'ok';
  } catch (err) {
    if (err instanceof SeamWebhookVerificationError) return err.reason;
    throw err;
  }
}

function svix(d: Delivery): 'ok' | string {
  try {
    new Webhook(d.secret).verify(d.body, d.headers);
    return 'ok';
  } catch (err) {
    return (err as Error).message;
  }
}

const without = (h: Record<string, string>, name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(h).filter(([k]) => k !== name));

const corpus: Array<[string, () => Delivery, 'ok' | WebhookVerificationReason, RegExp | 'ok']> = [
  ['valid', () => ({ body: BODY, headers: signed(BODY, SECRET), secret: SECRET }), 'ok', 'ok'],
  ['valid, 4 minutes old', () => ({ body: BODY, headers: signed(BODY, SECRET, -240), secret: SECRET }), 'ok', 'ok'],
  ['valid, 4 minutes ahead', () => ({ body: BODY, headers: signed(BODY, SECRET, 240), secret: SECRET }), 'ok', 'ok'],
  [
    'valid, the secret without whsec_',
    () => ({ body: BODY, headers: signed(BODY, SECRET), secret: SECRET.slice(6) }),
    'ok',
    'ok',
  ],
  [
    'valid, Standard Webhooks header names',
    () => {
      const h = signed(BODY, SECRET);
      return {
        body: BODY,
        headers: {
          'webhook-id': h['svix-id']!,
          'webhook-timestamp': h['svix-timestamp']!,
          'webhook-signature': h['svix-signature']!,
        },
        secret: SECRET,
      };
    },
    'ok',
    'ok',
  ],
  [
    'valid, header names in mixed case',
    () => {
      const h = signed(BODY, SECRET);
      return {
        body: BODY,
        headers: {
          'Svix-Id': h['svix-id']!,
          'SVIX-TIMESTAMP': h['svix-timestamp']!,
          'svix-Signature': h['svix-signature']!,
        },
        secret: SECRET,
      };
    },
    'ok',
    'ok',
  ],
  [
    'tampered body',
    () => ({ body: BODY.replace('4444', '4445'), headers: signed(BODY, SECRET), secret: SECRET }),
    'bad_signature',
    /No matching signature/,
  ],
  [
    'one byte of whitespace added',
    () => ({ body: `${BODY} `, headers: signed(BODY, SECRET), secret: SECRET }),
    'bad_signature',
    /No matching signature/,
  ],
  [
    'wrong secret',
    () => ({ body: BODY, headers: signed(BODY, OTHER), secret: SECRET }),
    'bad_signature',
    /No matching signature/,
  ],
  [
    'tampered id',
    () => ({ body: BODY, headers: { ...signed(BODY, SECRET), 'svix-id': 'msg_other' }, secret: SECRET }),
    'bad_signature',
    /No matching signature/,
  ],
  [
    'stale timestamp (6 minutes)',
    () => ({ body: BODY, headers: signed(BODY, SECRET, -360), secret: SECRET }),
    'timestamp_too_old',
    /too old/,
  ],
  [
    'future timestamp (6 minutes)',
    () => ({ body: BODY, headers: signed(BODY, SECRET, 360), secret: SECRET }),
    'timestamp_in_future',
    /too new/,
  ],
  [
    'timestamp moved, signature kept',
    () => {
      const h = signed(BODY, SECRET);
      return {
        body: BODY,
        headers: { ...h, 'svix-timestamp': String(Number(h['svix-timestamp']) - 1) },
        secret: SECRET,
      };
    },
    'bad_signature',
    /No matching signature/,
  ],
  [
    'rotated keys: old and new signatures, verified with the new',
    () => {
      const h = signed(BODY, SECRET);
      const old = signed(BODY, OTHER);
      return {
        body: BODY,
        headers: { ...h, 'svix-signature': `${old['svix-signature']} ${h['svix-signature']}` },
        secret: SECRET,
      };
    },
    'ok',
    'ok',
  ],
  [
    'rotated keys: verified with the old',
    () => {
      const h = signed(BODY, SECRET);
      const old = signed(BODY, OTHER);
      return {
        body: BODY,
        headers: { ...h, 'svix-signature': `${h['svix-signature']} ${old['svix-signature']}` },
        secret: OTHER,
      };
    },
    'ok',
    'ok',
  ],
  [
    'a v2 signature with v1 bytes',
    () => {
      const h = signed(BODY, SECRET);
      return {
        body: BODY,
        headers: { ...h, 'svix-signature': h['svix-signature']!.replace('v1,', 'v2,') },
        secret: SECRET,
      };
    },
    'bad_signature',
    /No matching signature/,
  ],
  [
    'missing svix-id',
    () => ({ body: BODY, headers: without(signed(BODY, SECRET), 'svix-id'), secret: SECRET }),
    'missing_headers',
    /Missing required headers/,
  ],
  [
    'missing svix-timestamp',
    () => ({ body: BODY, headers: without(signed(BODY, SECRET), 'svix-timestamp'), secret: SECRET }),
    'missing_headers',
    /Missing required headers/,
  ],
  [
    'missing svix-signature',
    () => ({ body: BODY, headers: without(signed(BODY, SECRET), 'svix-signature'), secret: SECRET }),
    'missing_headers',
    /Missing required headers/,
  ],
  [
    'empty svix-signature',
    () => ({ body: BODY, headers: { ...signed(BODY, SECRET), 'svix-signature': '' }, secret: SECRET }),
    'missing_headers',
    /Missing required headers/,
  ],
  [
    'timestamp not a number',
    () => ({ body: BODY, headers: { ...signed(BODY, SECRET), 'svix-timestamp': 'soon' }, secret: SECRET }),
    'invalid_timestamp',
    /Invalid Signature Headers/,
  ],
];

describe('verifyWebhook agrees with svix Webhook.verify', () => {
  test.each(corpus)('%s', async (_name, make, reason, svixMessage) => {
    const delivery = make();
    expect(await ours(delivery)).toBe(reason);
    const theirs = svix(delivery);
    if (svixMessage === 'ok') expect(theirs).toBe('ok');
    else expect(theirs).toMatch(svixMessage);
  });

  test('a Headers object reads the same as a record', async () => {
    const h = signed(BODY, SECRET);
    await expect(verifyWebhook(BODY, new Headers(h), SECRET)).resolves.toMatchObject({
      event_type: 'access_code.set_on_device',
    });
    await expect(verifyWebhook(new TextEncoder().encode(BODY), h, SECRET)).resolves.toMatchObject({ code: '4444' });
  });

  test('an empty or non-base64 secret is bad_secret, as svix refuses it', async () => {
    for (const secret of ['whsec_', '', 'whsec_not*base64!']) {
      await expect(verifyWebhook(BODY, signed(BODY, SECRET), secret)).rejects.toMatchObject({ reason: 'bad_secret' });
      expect(() => new Webhook(secret)).toThrow();
    }
  });

  test('the tolerance is configurable', async () => {
    const h = signed(BODY, SECRET, -120);
    await expect(verifyWebhook(BODY, h, SECRET, { toleranceSeconds: 60 })).rejects.toMatchObject({
      reason: 'timestamp_too_old',
    });
    await expect(
      verifyWebhook(BODY, signed(BODY, SECRET, 120), SECRET, { toleranceSeconds: 60 }),
    ).rejects.toMatchObject({ reason: 'timestamp_in_future' });
    await expect(verifyWebhook(BODY, h, SECRET, { toleranceSeconds: 600 })).resolves.toMatchObject({ code: '4444' });
  });

  test('no error quotes the secret, a signature or the body', async () => {
    const h = signed(BODY, SECRET);
    const cases: Delivery[] = [
      { body: BODY, headers: h, secret: OTHER },
      { body: '{"event_type":1}', headers: signed('{"event_type":1}', SECRET), secret: SECRET },
      { body: BODY, headers: h, secret: 'whsec_%%%' },
    ];
    for (const d of cases) {
      const err = await verifyWebhook(d.body, d.headers, d.secret).catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(SeamWebhookVerificationError);
      const text = `${(err as Error).message} ${(err as Error).stack} ${JSON.stringify(err)}`;
      for (const secret of [SECRET, OTHER, SECRET.slice(6), OTHER.slice(6), 'whsec_%%%', h['svix-signature']!.slice(3)])
        expect(text).not.toContain(secret);
      expect(text).not.toContain('4444');
    }
  });

  test('property: on random bodies, secrets, ids, clocks and tampering, both accept or both refuse', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Any JSON text (the body is parsed after the checks; with validate: false, nothing more).
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        // Clear of the tolerance's edge, where the two calls could read different seconds.
        fc.oneof(
          fc.integer({ min: -290, max: 290 }),
          fc.integer({ min: 310, max: 5000 }),
          fc.integer({ min: -5000, max: -310 }),
        ),
        fc.constantFrom('none', 'body', 'signature', 'secret', 'extra-signatures', 'drop-header'),
        async (body, key, id, offset, tamper) => {
          const secret = `whsec_${b64(key)}`;
          let headers = signed(body, secret, offset, id);
          let d: Delivery = { body, headers, secret };
          if (tamper === 'body') d = { ...d, body: `${body} ` };
          if (tamper === 'signature') headers['svix-signature'] = `v1,${b64(new Uint8Array(32))}`;
          if (tamper === 'secret') d = { ...d, secret: `whsec_${b64(Uint8Array.from(key, (b) => b ^ 1))}` };
          if (tamper === 'extra-signatures')
            headers['svix-signature'] = `v1,AAAA v1a,zz ${headers['svix-signature']} v1,${b64(new Uint8Array(32))}`;
          if (tamper === 'drop-header') headers = without(headers, 'svix-timestamp');
          d = { ...d, headers };
          const a = await ours(d);
          const b = svix(d);
          expect([a === 'ok', a]).toEqual([b === 'ok', a]);
        },
      ),
      { numRuns: RUNS, seed: 42 },
    );
  });
});

describe('both HMAC engines', () => {
  test('node:crypto (used where the runtime has it) and Web Crypto (browsers, workers) sign alike, as svix does', async () => {
    const { signature, hmacEngine } = await import('../../src/webhooks/signature.js');
    expect(hmacEngine).toBe('node:crypto');
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 80 }),
        fc.string(),
        fc.uint8Array({ maxLength: 300 }),
        async (key, id, body) => {
          const [builtin, web] = await Promise.all([
            signature(key, id, '1700000000', body, 'node:crypto'),
            signature(key, id, '1700000000', body, 'web-crypto'),
          ]);
          expect(web).toBe(builtin);
          expect(web.split(' ')).toContain(
            new Webhook(`whsec_${b64(key)}`).sign(id, new Date(1700000000 * 1000), Buffer.from(body)).split(' ')[0],
          );
        },
      ),
      { numRuns: RUNS, seed: 42 },
    );
  });
});
