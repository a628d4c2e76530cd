// List methods page: `await` gives the first page, `for await` every item of every page, `.pages()`
// each page with its cursor. A fixture spec with a list in each convention the generator reads
// (Seam's `pagination`, Stripe's `has_more`, one declared with x-speakeasy-pagination), generated
// as a maintainer would, called through its generated client over the fake on a loopback server;
// requests are counted where they arrive.
import fc from 'fast-check';
import { join } from 'node:path';
import {
  ClientCore,
  DEFAULTS,
  SeamApiError,
  SeamInvalidInputError,
  SeamInvalidResponseError,
} from '../../src/runtime/index.js';
import { FAKE_CREDENTIALS, startFakeSeam, type FakeSeamServer } from '../../src/testing/index.js';
import { createSeamFetchClient, paginateRoute } from '../../src/fetch.js';
import { generate, outDir } from '../helpers/generate.js';
import { clientCore } from '../helpers/client-core.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

let server: FakeSeamServer;
let client: Json;
let functions: Json;
let core: ClientCore;
let pagination: Json;

beforeAll(async () => {
  const dir = outDir('paging');
  const run = generate([
    '--spec',
    'test/fixtures/test_fixture_paging.yaml',
    '--redocly-config',
    'test/fixtures/redocly.yaml',
    '--out',
    dir,
  ]);
  if (run.status !== 0) throw new Error(run.stderr);
  const { operationRoutes, operationResources, operationPagination } = await import(join(dir, 'operations.ts'));
  const { default: spec } = await import(join(dir, 'openapi.json'), { with: { type: 'json' } });
  server = await startFakeSeam({
    spec,
    operations: operationRoutes,
    resources: operationResources,
    pagination: operationPagination,
  });
  pagination = operationPagination;
  const { GeneratedClient } = await import(join(dir, 'client.ts'));
  functions = await import(join(dir, 'functions.ts'));
  core = clientCore({
    ...DEFAULTS,
    maxRetries: 0,
    endpoint: server.url,
    headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` },
    secrets: [FAKE_CREDENTIALS.apiKey],
  });
  client = new GeneratedClient(core);
}, 60_000);

afterAll(() => server?.close());

const device = (n: number) => `0b9f3c1e-2d4a-4c5b-8e6f-${String(n).padStart(12, '0')}`;

/** Makes `n` codes on a device, through the API, and returns their ids in order. */
async function codesOn(device_id: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await client.testFixtureCodes.create({ device_id, name: `Code ${i}` })).test_fixture_code_id);
  return ids;
}

/** The list requests the server received from here on. */
function listRequests() {
  const before = server.requestsTo('testFixtureCodesList' as never).length;
  return () => server.requestsTo('testFixtureCodesList' as never).slice(before) as Array<{ body: Json }>;
}

it('65 codes on one device, listed with limit 20, come back through for await in exactly 4 requests with the same filters', async () => {
  const ids = await codesOn(device(1), 65);
  await codesOn(device(2), 3); // another device's codes stay out
  const sent = listRequests();
  const seen: string[] = [];
  for await (const code of client.testFixtureCodes.list({ device_id: device(1), limit: 20 }))
    seen.push(code.test_fixture_code_id);
  expect(seen).toEqual(ids);
  const requests = sent();
  expect(requests).toHaveLength(4);
  for (const r of requests) expect(r.body).toMatchObject({ device_id: device(1), limit: 20 });
  expect(requests.map((r) => r.body.page_cursor === undefined)).toEqual([true, false, false, false]);
  expect(new Set(requests.map((r) => r.body.page_cursor)).size).toBe(4);
});

it('await resolves to the first page, as before; .pages() gives each page and its cursor; a call resumes from a cursor', async () => {
  const ids = await codesOn(device(3), 7);
  const first = await client.testFixtureCodes.list({ device_id: device(3), limit: 3 });
  expect(first.map((c: Json) => c.test_fixture_code_id)).toEqual(ids.slice(0, 3));
  const pages: Json[] = [];
  for await (const page of client.testFixtureCodes.list({ device_id: device(3), limit: 3 }).pages()) pages.push(page);
  expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
  expect(pages[0].cursor).toBeUndefined();
  expect(pages[1].cursor).toBe(pages[0].nextCursor);
  expect(pages[2].nextCursor).toBeUndefined();
  expect(pages[0].response.status).toBe(200);
  // From a cursor: the request field, or .pages({ from }).
  const resumed = await client.testFixtureCodes.list({
    device_id: device(3),
    limit: 3,
    page_cursor: pages[1].nextCursor,
  });
  expect(resumed.map((c: Json) => c.test_fixture_code_id)).toEqual(ids.slice(6));
  const rest: string[] = [];
  for await (const page of client.testFixtureCodes
    .list({ device_id: device(3), limit: 3 })
    .pages({ from: pages[0].nextCursor }))
    rest.push(...page.items.map((c: Json) => c.test_fixture_code_id));
  expect(rest).toEqual(ids.slice(3));
  // The standalone function returns the same.
  const all: string[] = [];
  for await (const code of functions.testFixtureCodesList(core, { device_id: device(3), limit: 2 }))
    all.push(code.test_fixture_code_id);
  expect(all).toEqual(ids);
});

it('a page that fails midway throws its typed error with the cursor to resume from', async () => {
  const ids = await codesOn(device(4), 9);
  const seen: string[] = [];
  let failure: Json;
  try {
    for await (const code of client.testFixtureCodes.list({ device_id: device(4), limit: 3 })) {
      seen.push(code.test_fixture_code_id);
      if (seen.length === 4) server.faults.push({ operation: 'testFixtureCodesList' as never, status: 503 });
    }
  } catch (err) {
    failure = err;
  }
  expect(failure).toBeInstanceOf(SeamApiError);
  expect(failure).toMatchObject({ status: 503, pageCursor: expect.any(String) });
  expect(seen).toEqual(ids.slice(0, 6));
  const rest: string[] = [];
  for await (const page of client.testFixtureCodes
    .list({ device_id: device(4), limit: 3 })
    .pages({ from: failure.pageCursor }))
    rest.push(...page.items.map((c: Json) => c.test_fixture_code_id));
  expect(rest).toEqual(ids.slice(6));
});

it('the fake refuses a cursor it did not give, or one given for other filters, with 400 invalid_input', async () => {
  await codesOn(device(5), 4);
  const pages = client.testFixtureCodes.list({ device_id: device(5), limit: 2 }).pages();
  const { value: first } = await pages.next();
  await pages.return();
  const forged = client.testFixtureCodes.list({ device_id: device(5), limit: 2, page_cursor: 'eyJvIjoyfQ' });
  await expect(forged).rejects.toBeInstanceOf(SeamInvalidInputError);
  await expect(forged).rejects.toMatchObject({ status: 400, code: 'invalid_input' });
  expect((await forged.catch((e: Json) => e)).getValidationErrorMessages('page_cursor')).toEqual([
    'page_cursor is not a cursor this list gave',
  ]);
  await expect(
    client.testFixtureCodes.list({ device_id: device(6), limit: 2, page_cursor: first.nextCursor }),
  ).rejects.toMatchObject({ status: 400, code: 'invalid_input' });
  await expect(client.testFixtureCodes.list({ device_id: device(5), limit: 0 })).rejects.toMatchObject({ status: 400 });
});

it('an openapi-fetch client of seam-connect-client/fetch pages through paginateRoute(), the cursor in the body of a POST and the query of a GET', async () => {
  const ids = await codesOn(device(9), 5);
  const api = createSeamFetchClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url });
  const rule = pagination.testFixtureCodesList;
  const sent = listRequests();
  const viaPost: string[] = [];
  for await (const code of paginateRoute<Json>(api, rule, 'POST /test_fixture_codes/list', {
    body: { device_id: device(9), limit: 2 },
  }))
    viaPost.push(code.test_fixture_code_id);
  expect(viaPost).toEqual(ids);
  expect(sent().map((r) => r.body.limit)).toEqual([2, 2, 2]);
  const viaGet = await paginateRoute<Json>(api, rule, 'GET /test_fixture_codes/list', {
    params: { query: { device_id: device(9), limit: 2 } },
  })
    .pages()
    .next();
  expect(viaGet.value!.items).toHaveLength(2);
  const second = await paginateRoute<Json>(api, rule, 'GET /test_fixture_codes/list', {
    params: { query: { device_id: device(9), limit: 2, page_cursor: viaGet.value!.nextCursor } },
  });
  expect(second.map((c: Json) => c.test_fixture_code_id)).toEqual(ids.slice(2, 4));
  const bad = await paginateRoute<Json>(api, rule, 'GET /test_fixture_codes/list', {
    params: { query: { device_id: device(9), page_cursor: 'nope' } },
  }).catch((e: unknown) => e);
  expect(bad).toBeInstanceOf(SeamInvalidInputError);
});

it("the fake pages the GET route too, with Seam's next_page_url, and uses the spec's default limit", async () => {
  await codesOn(device(7), 3);
  const get = (query: string) =>
    fetch(`${server.url}/test_fixture_codes/list?${query}`, {
      headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` },
    }).then((r) => r.json());
  const page = await get(`device_id=${device(7)}&limit=2`);
  expect(page.test_fixture_codes).toHaveLength(2);
  expect(page.pagination).toMatchObject({ has_next_page: true, next_page_cursor: expect.any(String) });
  expect(page.pagination.next_page_url).toContain(
    `/test_fixture_codes/list?device_id=${device(7)}&limit=2&page_cursor=`,
  );
  const last = await get(`device_id=${device(7)}&limit=2&page_cursor=${page.pagination.next_page_cursor}`);
  expect(last.pagination).toEqual({ has_next_page: false, next_page_cursor: null, next_page_url: null });
  expect((await get(`device_id=${device(7)}`)).test_fixture_codes).toHaveLength(3); // default 500
});

it("Stripe's has_more: the next page starts after the last item's id", async () => {
  const made: string[] = [];
  for (let i = 0; i < 7; i++)
    made.push((await client.testFixtureCharges.create({ amount: 100 + i, customer: 'cus_paging' })).id);
  await client.testFixtureCharges.create({ amount: 1, customer: 'cus_other' });
  const before = server.requestsTo('testFixtureChargesList' as never).length;
  const seen: string[] = [];
  for await (const charge of client.testFixtureCharges.list({ customer: 'cus_paging', limit: 3 })) seen.push(charge.id);
  expect(seen).toEqual(made);
  const requests = server.requestsTo('testFixtureChargesList' as never).slice(before);
  expect(requests.map((r: Json) => r.query)).toEqual([
    { customer: 'cus_paging', limit: '3' },
    { customer: 'cus_paging', limit: '3', starting_after: made[2] },
    { customer: 'cus_paging', limit: '3', starting_after: made[5] },
  ]);
  // The method still resolves to what it did: the whole first page.
  await expect(client.testFixtureCharges.list({ customer: 'cus_paging', limit: 3 })).resolves.toMatchObject({
    object: expect.any(String),
    has_more: true,
    data: expect.any(Array),
  });
});

it('a list declared with x-speakeasy-pagination pages by its own names, until no next cursor is given', async () => {
  const kinds = ['a', 'b', 'c', 'd', 'e'];
  for (const kind of kinds) await client.testFixtureEvents.create({ kind });
  const before = server.requestsTo('testFixtureEventsList' as never).length;
  const seen: string[] = [];
  for await (const event of client.testFixtureEvents.list({ count: 2 })) seen.push(event.kind);
  expect(seen).toEqual(kinds);
  const bodies = server
    .requestsTo('testFixtureEventsList' as never)
    .slice(before)
    .map((r: Json) => r.body);
  expect(bodies.map((b: Json) => [b.count, typeof b.from_token])).toEqual([
    [2, 'undefined'],
    [2, 'string'],
    [2, 'string'],
  ]);
});

it('an answer that says another page follows but gives no cursor, or gives one twice, is SeamInvalidResponseError', async () => {
  await codesOn(device(8), 2);
  const answer = (pagination: Json) => JSON.stringify({ ok: true, test_fixture_codes: [], pagination });
  const json = { 'content-type': 'application/json' };
  server.faults.push({
    operation: 'testFixtureCodesList' as never,
    status: 200,
    headers: json,
    body: answer({ has_next_page: true, next_page_cursor: null, next_page_url: null }),
  });
  const noCursor = client.testFixtureCodes.list({ device_id: device(8) });
  await expect(noCursor).rejects.toBeInstanceOf(SeamInvalidResponseError);
  await expect(noCursor).rejects.toThrow(
    /^testFixtureCodes\.list: Unexpected page: it says another page follows, but gives no cursor/,
  );
  const looping = answer({ has_next_page: true, next_page_cursor: 'again', next_page_url: null });
  server.faults.push({
    operation: 'testFixtureCodesList' as never,
    status: 200,
    headers: json,
    body: looping,
    times: 3,
  });
  const iterate = async () => {
    for await (const code of client.testFixtureCodes.list({ device_id: device(8) })) void code;
  };
  await expect(iterate()).rejects.toThrow(
    /^testFixtureCodes\.list: Unexpected page: the next cursor is one this iteration already followed/,
  );
  server.faults.length = 0;
});

it('for any number of items and any limit, iteration yields each item once, in order, in ceil(n / limit) requests', async () => {
  let run = 100;
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 25 }), async (n, limit) => {
      const device_id = device(run++);
      const ids = await codesOn(device_id, n);
      const sent = listRequests();
      const seen: string[] = [];
      for await (const code of client.testFixtureCodes.list({ device_id, limit })) seen.push(code.test_fixture_code_id);
      expect(seen).toEqual(ids);
      expect(sent()).toHaveLength(Math.max(1, Math.ceil(n / limit)));
    }),
    { seed: 42, numRuns: 15 },
  );
}, 60_000);
