// `npm run bench:client`: per-call overhead of this client against raw fetch, raw openapi-fetch
// and Seam's official @seamapi/http, on the same loopback server and the same update request,
// waiting off. Two more rows: the client on the testing kit's in-process fake (routing, validation
// and state, no socket), and on a hand-written fake fetch that answers a fixed body, so the
// fake's own cost per call shows. Calls alternate between all; every call is timed; medians and
// ratios printed.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { SeamClient } from '../../src/index.js';
import { createFakeSeam, startFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';
import { requireCorpus } from '../../test/corpus/specs.js';

/** What this benchmark calls of @seamapi/http. */
interface OfficialSdk {
  fromApiKey(
    apiKey: string,
    options: { endpoint: string; waitForActionAttempt: boolean },
  ): { accessCodes: { update(body: object): Promise<unknown> } };
}
// Seam's own SDK is pinned with the public specs, in the corpus's install (test/corpus/package.json),
// so the root install stays light; it is loaded from there.
requireCorpus(process.cwd());
const fromCorpus = createRequire(resolve('test/corpus/package.json'));
const { SeamHttp } = (await import(pathToFileURL(fromCorpus.resolve('@seamapi/http/connect')).href)) as {
  SeamHttp: OfficialSdk;
};

const CALLS = Number(process.env.BENCH_CALLS ?? 2400);

const server = await startFakeSeam();
const accessCodeId = server.seed.accessCode().access_code_id;
const body = { access_code_id: accessCodeId, name: 'Bench' };
const auth = { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` };

const rawOpenapiFetch = createClient<paths>({ baseUrl: server.url, headers: auth });
const ours = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url, waitForActionAttempt: false });
// The cost of the middleware machinery itself: one middleware whose hooks do nothing.
const withNoOp = new SeamClient({
  apiKey: FAKE_CREDENTIALS.apiKey,
  endpoint: server.url,
  waitForActionAttempt: false,
}).use({
  onRequest: () => undefined,
  onResponse: () => undefined,
});
const fake = createFakeSeam();
fake.seed.accessCode({ access_code_id: accessCodeId });
const onFake = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch, waitForActionAttempt: false });
// What a team writes by hand without the kit: one fixed answer, nothing checked.
const fixed = JSON.stringify({
  ok: true,
  action_attempt: {
    action_attempt_id: accessCodeId,
    action_type: 'UPDATE_ACCESS_CODE',
    status: 'pending',
    result: null,
    error: null,
  },
});
const handWritten = async () => new Response(fixed, { status: 200, headers: { 'content-type': 'application/json' } });
const onHandWritten = new SeamClient({
  apiKey: FAKE_CREDENTIALS.apiKey,
  fetch: handWritten,
  waitForActionAttempt: false,
});
const official = SeamHttp.fromApiKey(FAKE_CREDENTIALS.apiKey, { endpoint: server.url, waitForActionAttempt: false });

const variants: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => {
    const res = await fetch(`${server.url}/access_codes/update`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  },
  'raw openapi-fetch': async () => {
    const { data, response } = await rawOpenapiFetch.POST('/access_codes/update', { body });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return data;
  },
  'seam-connect-client': () => ours.accessCodes.update(body),
  'seam-connect-client with one no-op middleware': () => withNoOp.accessCodes.update(body),
  '@seamapi/http': () => official.accessCodes.update(body),
  'seam-connect-client on the in-process fake (testing kit)': () => onFake.accessCodes.update(body),
  'seam-connect-client on a hand-written fake fetch': () => onHandWritten.accessCodes.update(body),
};

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const call of Object.values(variants)) for (let i = 0; i < 50; i++) await call(); // warm-up
// Interleaved call by call (A B C D A B C D …), so drift in machine load falls on every client alike.
const entries = Object.entries(variants);
for (let i = 0; i < CALLS; i++) {
  for (const [name, call] of i % 2 ? [...entries].reverse() : entries) {
    const t = performance.now();
    await call();
    samples[name]!.push((performance.now() - t) * 1000);
  }
}
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(samples['raw openapi-fetch']!);
console.log(`bench:client — ${CALLS} sequential accessCodes.update calls per client, interleaved, waiting off\n`);
console.log('| client | median µs per call | vs raw openapi-fetch |');
console.log('| --- | ---: | ---: |');
for (const [name, xs] of Object.entries(samples)) {
  console.log(`| ${name} | ${median(xs).toFixed(0)} | ${(median(xs) / base).toFixed(3)}× |`);
}
