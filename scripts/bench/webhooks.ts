// `npm run bench:webhooks`: time to verify one webhook delivery, seam-connect-client/webhooks
// (Web Crypto, then the light payload check) against svix's own Webhook.verify (a JavaScript
// SHA-256) and JSON.parse, on the same signed access_code.set_on_device delivery, in one process.
// Batches of BATCH deliveries alternate between the variants (A B C, then C B A, …), so drift in
// machine load falls on each alike; medians per delivery and ratios printed.
import { Webhook } from 'svix';
import { signWebhook, verifyWebhook } from '../../src/webhooks/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const BATCH = 25;
const SECRET = `whsec_${Buffer.from('a bench secret of thirty-two byte').toString('base64')}`;
const body = JSON.stringify({
  event_id: '8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70',
  workspace_id: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  created_at: '2030-06-19T08:26:42.000Z',
  occurred_at: '2030-06-19T08:26:41.000Z',
  access_code_id: 'b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5',
  device_id: 'a1b2c3d4-0000-4000-8000-000000000002',
  connected_account_id: 'c0ffee00-1234-4abc-8def-0123456789ab',
  event_type: 'access_code.set_on_device',
  code: '4444',
});
const bytes = Buffer.from(body);
const headers = await signWebhook(body, SECRET, { id: 'msg_bench' });
const svix = new Webhook(SECRET);

const variants: Record<string, () => Promise<unknown> | unknown> = {
  'svix Webhook.verify + JSON.parse': () => (svix.verify(bytes, headers), JSON.parse(body)),
  verifyWebhook: () => verifyWebhook(bytes, headers, SECRET),
  'verifyWebhook, validate: false': () => verifyWebhook(bytes, headers, SECRET, { validate: false }),
};

for (const call of Object.values(variants)) {
  const event = (await call()) as { code?: string };
  if (event.code !== '4444') throw new Error('bench:webhooks: a variant did not verify the delivery');
}
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const call of Object.values(variants)) for (let i = 0; i < 500; i++) await call(); // warm-up
const entries = Object.entries(variants);
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of round % 2 ? [...entries].reverse() : entries) {
    const t = performance.now();
    for (let i = 0; i < BATCH; i++) await call();
    samples[name]!.push(((performance.now() - t) * 1000) / BATCH);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(samples['svix Webhook.verify + JSON.parse']!);
console.log(
  `bench:webhooks — ${ROUNDS} rounds of ${BATCH} verifications of a ${bytes.length}-byte delivery per variant, alternating (Node ${process.version})\n`,
);
console.log('| variant | median µs per delivery | vs svix |');
console.log('| --- | ---: | ---: |');
for (const [name, xs] of Object.entries(samples))
  console.log(`| ${name} | ${median(xs).toFixed(1)} | ${(median(xs) / base).toFixed(2)}× |`);
