// What the client relies on in openapi-fetch (pinned in package.json), each held by a named test, so
// that an upgrade that changes one fails here: its `Middleware` type and the way its createClient()
// runs middleware, which SeamClient runs the same way (the same hooks, in the same order, with the
// same return semantics), and createClient() with use() itself, for seam-connect-client/fetch.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { useTestServer } from '../helpers/client.js';
import { FAKE_CREDENTIALS } from '../../src/testing/index.js';

const t = useTestServer();

type Trace = string[];

/** Middleware that writes what it is called with into `trace`, and answers as `script` says. */
function tracing(name: string, trace: Trace, script: { request?: 'replace' | 'answer'; error?: 'recover' | 'replace'; response?: 'replace' } = {}): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      trace.push(`${name}.onRequest ${request.method} ${schemaPath} foo=${request.headers.get('foo')}`);
      if (script.request === 'replace') {
        const replaced = new Request(request, { headers: new Headers(request.headers) });
        replaced.headers.set('foo', name);
        return replaced;
      }
      if (script.request === 'answer') return Response.json({ ok: true, from: name });
      return undefined;
    },
    onResponse({ response }) {
      trace.push(`${name}.onResponse ${response.status}`);
      return script.response === 'replace' ? Response.json({ ok: true, from: name }) : undefined;
    },
    onError() {
      trace.push(`${name}.onError`);
      if (script.error === 'recover') return Response.json({ ok: true, from: name });
      if (script.error === 'replace') return new Error(`replaced by ${name}`);
      return undefined;
    },
  };
}

/** The same middleware through openapi-fetch's createClient and through SeamClient: what each saw, and how the call ended. */
async function both(make: (trace: Trace) => Middleware[], options: { drop?: boolean } = {}): Promise<{ theirs: Trace; ours: Trace }> {
  const theirs: Trace = [];
  const ours: Trace = [];
  t.server().seed.accessCode({ common_code_key: 'group' });
  const body = { common_code_key: 'group' };
  if (options.drop) t.server().drop('accessCodesUpdateMultiple');
  const client = createClient<paths>({ baseUrl: t.server().url, headers: { authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` } });
  client.use(...make(theirs));
  await client.POST('/access_codes/update_multiple', { body }).then(
    ({ data }) => theirs.push(`resolved ${JSON.stringify(data)}`),
    (err: Error) => theirs.push(`rejected ${err.message}`),
  );
  if (options.drop) t.server().drop('accessCodesUpdateMultiple');
  await t
    .client({ maxRetries: 0 })
    .use(...make(ours))
    .accessCodes.updateMultiple(body)
    .then(
      (data) => ours.push(`resolved ${JSON.stringify(data)}`),
      (err: Error) => ours.push(`rejected ${err.message}`),
    );
  return { theirs, ours };
}

it('onRequest runs in order and onResponse in reverse, as in openapi-fetch', async () => {
  const { theirs, ours } = await both((trace) => [tracing('a', trace), tracing('b', trace)]);
  expect(ours).toEqual(theirs);
  expect(ours).toEqual([
    'a.onRequest POST /access_codes/update_multiple foo=null',
    'b.onRequest POST /access_codes/update_multiple foo=null',
    'b.onResponse 200',
    'a.onResponse 200',
    'resolved {"ok":true}',
  ]);
});

it('a Request from onRequest replaces the request for the hooks after it, as in openapi-fetch', async () => {
  const { theirs, ours } = await both((trace) => [tracing('a', trace, { request: 'replace' }), tracing('b', trace)]);
  expect(ours).toEqual(theirs);
  expect(ours[1]).toBe('b.onRequest POST /access_codes/update_multiple foo=a');
});

it('a Response from onRequest answers the call and skips the rest, as in openapi-fetch', async () => {
  const { theirs, ours } = await both((trace) => [tracing('a', trace, { request: 'answer' }), tracing('b', trace)]);
  expect(ours).toEqual(theirs);
  expect(ours).toEqual(['a.onRequest POST /access_codes/update_multiple foo=null', 'resolved {"ok":true,"from":"a"}']);
});

it('a Response from onResponse replaces the answer for the hooks before it, as in openapi-fetch', async () => {
  const { theirs, ours } = await both((trace) => [tracing('a', trace), tracing('b', trace, { response: 'replace' })]);
  expect(ours).toEqual(theirs);
  expect(ours.at(-1)).toBe('resolved {"ok":true,"from":"b"}');
});

it('onError runs in reverse on a failed fetch; a Response recovers, and onResponse then runs, as in openapi-fetch', async () => {
  const { theirs, ours } = await both((trace) => [tracing('a', trace), tracing('b', trace, { error: 'recover' })], { drop: true });
  expect(ours).toEqual(theirs);
  expect(ours.slice(2)).toEqual(['b.onError', 'b.onResponse 200', 'a.onResponse 200', 'resolved {"ok":true,"from":"b"}']);
});

it('an Error from onError replaces the error, and the next onError still runs, as in openapi-fetch', async () => {
  const { theirs, ours } = await both((trace) => [tracing('a', trace), tracing('b', trace, { error: 'replace' })], { drop: true });
  expect(ours).toEqual(theirs);
  expect(ours.slice(2)).toEqual(['b.onError', 'a.onError', 'rejected replaced by b']);
});
