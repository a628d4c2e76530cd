// `npm run bench:load`: the client under load against the testing kit's fake over loopback HTTP,
// in one process (so peak RSS counts both). Two runs:
//   1. 5000 concurrent accessCodes.update() calls, each waiting for its action attempt (pending for
//      two polls): every call must resolve to the attempt of its own access code (nothing crossed).
//   2. A 503 storm: the first 5000 requests answer 503 with Retry-After: 1, then the API recovers;
//      5000 concurrent updateMultiple() calls retry through it.
// Prints settle time, requests, peak RSS and outcomes by class. Not a timed test: figures only.
import { SeamClient } from '../../src/index.js';
import { FAKE_CREDENTIALS, startFakeSeam, type FakeSeamServer } from '../../src/testing/index.js';

const CALLS = Number(process.env.LOAD_CALLS ?? 5000);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function measure(
  name: string,
  server: FakeSeamServer,
  calls: Array<() => Promise<string | undefined>>,
): Promise<void> {
  peakRss = process.memoryUsage().rss;
  const before = server.requests.length;
  const started = performance.now();
  const outcomes = await Promise.allSettled(calls.map((call) => call()));
  const ms = performance.now() - started;
  const byClass = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.status === 'fulfilled' ? (o.value ?? 'resolved') : `${(o.reason as Error)?.name ?? typeof o.reason}`;
    byClass.set(key, (byClass.get(key) ?? 0) + 1);
  }
  const summary = [...byClass].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(
    `| ${name} | ${calls.length} | ${(ms / 1000).toFixed(2)} | ${server.requests.length - before} | ${(peakRss / 2 ** 20).toFixed(0)} | ${summary} |`,
  );
}

const server = await startFakeSeam({ actionAttempts: { pollsToFinish: 2 } });
const seam = new SeamClient({
  apiKey: FAKE_CREDENTIALS.apiKey,
  endpoint: server.url,
  timeout: 60_000,
  waitForActionAttempt: { timeout: 120_000, pollingInterval: 100 },
});

console.log(`bench:load — ${CALLS} concurrent calls per run, the fake over loopback HTTP, one process\n`);
console.log('| run | calls | settled in s | requests | peak RSS MiB | outcomes |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');

const codes = Array.from({ length: CALLS }, () => server.seed.accessCode().access_code_id);
await measure(
  'update() with waiting',
  server,
  codes.map((id) => async () => {
    const attempt = await seam.accessCodes.update({ access_code_id: id, name: `n-${id}` });
    // Crossed results would show as another code's attempt.
    if (attempt.status !== 'success' || attempt.result.access_code.access_code_id !== id) return 'crossed';
    return 'success, own code';
  }),
);

for (let i = 0; i < CALLS; i++) server.seed.accessCode({ common_code_key: `group-${i}` });
server.faults.push({ status: 503, headers: { 'retry-after': '1' }, times: CALLS });
await measure(
  '503 storm (Retry-After: 1), then recovery',
  server,
  Array.from({ length: CALLS }, (_, i) => async () => {
    const result = await seam.accessCodes.updateMultiple({ common_code_key: `group-${i}` });
    return result.ok === true ? 'ok' : 'wrong value';
  }),
);

clearInterval(sampler);
await server.close();
