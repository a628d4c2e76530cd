// Compiled (never run) by test/generator/shapes.test.ts against the client generated from
// test/fixtures/shapes.yaml: what each method accepts and resolves to. Each @ts-expect-error line
// must be an error, or tsc fails on the unused directive.
import { DEFAULTS } from '../../../src/runtime/index.js';
import { GeneratedClient } from '../../.out/shapes/client.js';
import { clientCore } from '../../helpers/client-core.js';

const shapes = new GeneratedClient(
  clientCore({ ...DEFAULTS, endpoint: 'http://127.0.0.1:1', headers: {}, secrets: [] }),
);

export async function usage(): Promise<void> {
  // Query parameters, one of them required: the argument is required too.
  const pets: Array<{ id: string; name: string }> = await shapes.pets.list({ sort: 'name', limit: 2, tags: ['a'] });
  // @ts-expect-error sort is required
  await shapes.pets.list();
  // @ts-expect-error not one of the enum values
  await shapes.pets.list({ sort: 'size' });
  // Every parameter optional: so is the argument.
  await shapes.pets.count();
  await shapes.pets.count({ tag: 'x' });
  // Path, header and cookie parameters side by side.
  await shapes.pets.get({ pet_id: 'p1', 'X-Trace': 't', session: 's' });
  // @ts-expect-error the path parameter is required
  await shapes.pets.get({ 'X-Trace': 't' });
  // A oneOf body: the fields of one variant beside the path parameter.
  const updated: { kind: 'cat'; lives: number } | { kind: 'dog'; good: boolean } = await shapes.pets.update({
    pet_id: 'p1',
    kind: 'cat',
    lives: 9,
  });
  // @ts-expect-error a cat has no `good`
  await shapes.pets.update({ pet_id: 'p1', kind: 'cat', good: true });
  // 204: resolves void.
  const removed: void = await shapes.pets.delete({ pet_id: 'p1' });
  // Binary in, text out; text in, text out; binary out.
  const receipt: string = await shapes.pets.photo.update({ pet_id: 'p1', body: new Blob([]) });
  const html: string = await shapes.pets.notes({ pet_id: 'p1', body: '# hi' });
  const photo: Blob = await shapes.pets.photo.get({ pet_id: 'p1' });
  // Multipart: a Blob for the file part.
  await shapes.uploads.create({ file: new Blob(['x']), purpose: 'test' });
  // @ts-expect-error purpose is required
  await shapes.uploads.create({ file: new Blob(['x']) });
  // A form body with nested fields.
  await shapes.forms.charge({ amount: 1, metadata: { a: 'b' }, items: [{ price: 'p' }] });
  // A body that is not an object sits under `body`, beside the query parameter.
  const found: string[] = await shapes.search.create({ q: 'rex', body: ['brown'] });
  // No 2xx: the default answer, or void.
  const pong: { pong?: boolean } = await shapes.legacy.ping();
  const nothing: void = await shapes.legacy.teapot();
  // A reserved word, a guarded name and vendor names.
  await shapes.accessCodes.delete({ access_code_id: 'ac_1' });
  await shapes.things.then_();
  await shapes.vendor.fern.makeThing();
  await shapes.vendor.speakeasy.fetchAll();
  void [pets, updated, removed, receipt, html, photo, found, pong, nothing];
}
