// The model finds the lists that answer one page at a time, from any spec: Seam's `pagination`
// object, a next-cursor field, Stripe's `has_more`, and what x-pagination or Speakeasy's
// x-speakeasy-pagination declare; on Seam's own published spec, every one of its paged methods.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel } from '../../scripts/generator/model/index.js';
import { ROOT } from '../helpers/paths.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const answer = (properties: Json) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties } } } },
});
const body = (properties: Json) => ({ content: { 'application/json': { schema: { type: 'object', properties } } } });
const model = (ops: Record<string, Json>) =>
  buildModel({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: Object.fromEntries(Object.entries(ops).map(([path, op]) => [path, { post: { summary: path, ...op } }])),
  } as Json);
const paginationOf = (ops: Record<string, Json>) => model(ops).operations[0]!.pagination;

const list = { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } };
const string = { type: 'string' };

describe("Seam's published spec (@seamapi/types/connect)", () => {
  let doc: Json;
  let seam: ReturnType<typeof buildModel>;
  beforeAll(() => {
    // The module that holds it, read by Node itself (the package entry also loads zod schemas).
    const module = pathToFileURL(join(ROOT, 'node_modules/@seamapi/types/lib/seam/connect/openapi.js')).href;
    const script = 'const { default: doc } = await import(process.argv[1]); process.stdout.write(JSON.stringify(doc));';
    doc = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script, module], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
    seam = buildModel(doc);
  }, 60_000);

  it('marks all 44 methods whose answer pages, and no other', () => {
    // Read off the spec without the model: every method whose success answer holds a page's flags.
    const expected: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        const text = JSON.stringify(op.responses?.['200'] ?? {});
        if (text.includes('#/components/schemas/pagination') || /"(has_next_page|has_more)"/.test(text))
          expected.push(`${method.toUpperCase()} ${path}`);
      }
    }
    const found = seam.operations
      .filter((o) => o.pagination)
      .flatMap((o) => [o.method, ...o.alternativeMethods].map((m) => `${m.toUpperCase()} ${o.path}`));
    expect(found.sort()).toEqual(expected.sort());
    expect(found).toHaveLength(44);
  });

  it("reads Seam's convention on each list, and says which answer pages with no cursor to ask for the next", () => {
    const paged = seam.operations.filter((o) => o.pagination);
    const accessCodes = paged.find((o) => o.path === '/access_codes/list')!;
    expect(accessCodes.pagination).toEqual({
      source: "Seam's pagination",
      items: ['access_codes'],
      next: ['pagination', 'next_page_cursor'],
      hasMore: ['pagination', 'has_next_page'],
      cursor: 'page_cursor',
      limit: { name: 'limit', default: 55000 },
    });
    // get_timeline answers `pagination: { has_more, next_cursor }` but takes no cursor (its `after` is a date).
    expect(paged.filter((o) => !o.pagination!.cursor).map((o) => o.path)).toEqual(['/access_codes/get_timeline']);
    expect(seam.warnings.filter((w) => w.includes('unpaged-list'))).toEqual([
      expect.stringContaining('~1access_codes~1get_timeline'),
    ]);
    expect(paged.filter((o) => o.pagination!.cursor).every((o) => o.pagination!.cursor === 'page_cursor')).toBe(true);
    expect(paged.find((o) => o.path === '/seam/console/v1/timelines/get')!.pagination!.items).toEqual([
      'timeline',
      'groups',
    ]);
  });
});

it('a next cursor at the top or in one object, with or without a has-more flag', () => {
  expect(
    paginationOf({
      '/a/list': { requestBody: body({ cursor: string }), responses: answer({ items: list, next_cursor: string }) },
    }),
  ).toMatchObject({
    items: ['items'],
    next: ['next_cursor'],
    cursor: 'cursor',
  });
  expect(
    paginationOf({
      '/a/list': {
        requestBody: body({ page_token: string }),
        responses: answer({
          results: list,
          meta: { type: 'object', properties: { nextPageToken: string, hasMore: { type: 'boolean' } } },
        }),
      },
    }),
  ).toMatchObject({
    items: ['results'],
    next: ['meta', 'nextPageToken'],
    hasMore: ['meta', 'hasMore'],
    cursor: 'page_token',
  });
});

it("Stripe's has_more beside `data`: the next cursor is the last item's id, sent as starting_after", () => {
  expect(
    paginationOf({
      '/charges': {
        requestBody: body({ starting_after: string, limit: { type: 'integer', default: 10, maximum: 100 } }),
        responses: answer({ data: list, has_more: { type: 'boolean' } }),
      },
    }),
  ).toEqual({
    source: "Stripe's has_more",
    items: ['data'],
    nextFromLast: 'id',
    hasMore: ['has_more'],
    cursor: 'starting_after',
    limit: { name: 'limit', default: 10, maximum: 100 },
  });
});

it('is not fooled: a whole list, a next URL, a date called `after`', () => {
  expect(
    paginationOf({
      '/a/list': { requestBody: body({ limit: { type: 'integer' } }), responses: answer({ items: list }) },
    }),
  ).toBeUndefined();
  expect(
    paginationOf({
      '/a/list': {
        requestBody: body({ cursor: string }),
        responses: answer({ items: list, next: { type: 'string', format: 'uri' } }),
      },
    }),
  ).toBeUndefined();
  expect(
    paginationOf({
      '/a/list': {
        requestBody: body({ after: { type: 'string', format: 'date-time' } }),
        responses: answer({ data: list, has_more: { type: 'boolean' } }),
      },
    }),
  ).toBeUndefined();
});

it('x-pagination declares where no convention tells, or turns detection off; x-speakeasy-pagination is read as Speakeasy defines it', () => {
  const irregular = {
    requestBody: body({ from: string, n: { type: 'integer' } }),
    responses: answer({
      things: list,
      paging: { type: 'object', properties: { following: string, more: { type: 'boolean' } } },
    }),
  };
  expect(paginationOf({ '/a/list': irregular })).toBeUndefined();
  expect(
    paginationOf({
      '/a/list': {
        ...irregular,
        'x-pagination': {
          results: '$.things',
          nextCursor: '$.paging.following',
          hasMore: '$.paging.more',
          cursor: 'from',
          limit: 'n',
        },
      },
    }),
  ).toEqual({
    source: 'x-pagination',
    items: ['things'],
    next: ['paging', 'following'],
    hasMore: ['paging', 'more'],
    cursor: 'from',
    limit: { name: 'n' },
  });
  expect(
    paginationOf({
      '/a/list': {
        ...irregular,
        'x-speakeasy-pagination': {
          type: 'cursor',
          inputs: [{ name: 'from', in: 'requestBody', type: 'cursor' }],
          outputs: { results: '$.things', nextCursor: '$.things[-1].id' },
        },
      },
    }),
  ).toEqual({ source: 'x-speakeasy-pagination', items: ['things'], nextFromLast: 'id', cursor: 'from' });
  expect(
    paginationOf({
      '/a/list': {
        requestBody: body({ cursor: string }),
        responses: answer({ items: list, next_cursor: string }),
        'x-pagination': false,
      },
    }),
  ).toBeUndefined();
  const offset = model({
    '/a/list': {
      ...irregular,
      'x-speakeasy-pagination': {
        type: 'offsetLimit',
        inputs: [{ name: 'n', in: 'requestBody', type: 'page' }],
        outputs: { results: '$.things' },
      },
    },
  });
  expect(offset.operations[0]!.pagination).toBeUndefined();
  expect(offset.warnings).toEqual([expect.stringMatching(/x-speakeasy-pagination of type "offsetLimit" is not read/)]);
});

it('a declaration that names no request field, or a path it cannot follow, is a located error', () => {
  const responses = answer({ things: list });
  expect(() =>
    model({ '/a/list': { responses, 'x-pagination': { results: '$.things', nextCursor: '$.next', cursor: 'nope' } } }),
  ).toThrow(/x-pagination must name the request field that takes the cursor; "nope"/);
  expect(() =>
    model({
      '/a/list': {
        requestBody: body({ c: string }),
        responses,
        'x-pagination': { results: 'things', nextCursor: '$.next', cursor: 'c' },
      },
    }),
  ).toThrow(/results must be a path such as/);
  expect(() => model({ '/a/list': { requestBody: body({ c: string }), responses, 'x-pagination': ['no'] } })).toThrow(
    /x-pagination must be false or an object/,
  );
});
