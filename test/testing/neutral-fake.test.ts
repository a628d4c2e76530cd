// The fake's core names no vendor: under NEUTRAL_RULES it serves any spec with nothing of Seam's:
// no access codes or devices in its state or its seeds, Seam's tokens refused, no events made even
// where the spec describes Seam's. Seam's fake (createFakeSeam) lays all of that over the same core.
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { parse } from 'yaml';
import { createSeamHandlers } from '../../src/msw.js';
import { defaultSpec } from '../../src/testing/spec.js';
import {
  createFake,
  createFakeSeam,
  FAKE_CREDENTIALS,
  NEUTRAL_RULES,
  seamFakeRules,
  type FakeRules,
} from '../../src/testing/index.js';

const petstore = parse(readFileSync('test/fixtures/petstore-3.0.yaml', 'utf8'));

it('a neutral fake of Petstore answers from the spec, with only generic state and seeds, and no events', async () => {
  const fake = createFake({ spec: petstore, rules: NEUTRAL_RULES });
  const answer = await fake.fetch(`${fake.endpoint}/pets/search?q=rex`);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(Object.keys(fake.state).sort()).toEqual(['actionAttempts', 'collections']);
  expect(Object.keys(fake.seed).sort()).toEqual(['actionAttempt', 'examples']);
  expect(fake.credentials).toEqual(NEUTRAL_RULES.credentials);
  expect(fake.events).toEqual([]);
});

it("a neutral fake of the package's own spec refuses Seam's tokens and its state names no access code", async () => {
  const fake = createFake({ spec: defaultSpec, rules: NEUTRAL_RULES });
  const update = (token: string) =>
    fake.fetch(`${fake.endpoint}/access_codes/update_multiple`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ common_code_key: 'k' }),
    });
  expect((await update(FAKE_CREDENTIALS.apiKey)).status).toBe(401);
  const answer = await update(NEUTRAL_RULES.credentials!.apiKey!);
  expect(answer.status).toBe(200);
  expect(answer.headers.has('seam-request-id')).toBe(false);
  expect(fake.state).not.toHaveProperty('accessCodes');
  expect(fake.state).not.toHaveProperty('devices');
  expect(fake.seed).not.toHaveProperty('accessCode');
});

it("rules without events make none, though the spec describes the event and a behaviour reports Seam's change", async () => {
  // The same behaviour under each rules: it reports what Seam's update reports.
  const reportChange: FakeRules['behaviours'][string] = (store) => {
    store.onChange?.({ kind: 'access_code_updated', item: { access_code_id: 'c1', device_id: 'd1' }, changed: [] });
    return { status: 200, body: { ok: true } };
  };
  const send = (fake: ReturnType<typeof createFake>, token: string) =>
    fake.fetch(`${fake.endpoint}/access_codes/update_multiple`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ common_code_key: 'k' }),
    });
  const neutral = createFake({
    spec: defaultSpec,
    rules: { ...NEUTRAL_RULES, behaviours: { accessCodesUpdateMultiple: reportChange } },
  });
  expect((await send(neutral, NEUTRAL_RULES.credentials!.apiKey!)).status).toBe(200);
  expect(neutral.events).toEqual([]);
  expect(neutral.state.collections.has('/events')).toBe(false);

  const seam = createFake({
    spec: defaultSpec,
    rules: { ...seamFakeRules, behaviours: { accessCodesUpdateMultiple: reportChange } },
  });
  expect((await send(seam, FAKE_CREDENTIALS.apiKey)).status).toBe(200);
  expect(seam.events).toEqual([expect.objectContaining({ event_type: 'access_code.changed', access_code_id: 'c1' })]);
  expect([...seam.state.collections.get('/events')!.values()]).toEqual(seam.events);
});

it("Seam's fake is the same core with Seam's layer: its conveniences and its events", async () => {
  const fake = createFakeSeam({ spec: defaultSpec });
  const code = fake.seed.accessCode({ name: 'Front door' });
  expect(fake.state.accessCodes.get(code.access_code_id)?.name).toBe('Front door');
  expect(fake.state.devices.has(code.device_id)).toBe(true);
  expect(fake.state.collections.get('/access_codes')!.get(code.access_code_id)).toMatchObject({ name: 'Front door' });
  const answer = await fake.fetch(`${fake.endpoint}/access_codes/update`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${FAKE_CREDENTIALS.apiKey}` },
    body: JSON.stringify({ access_code_id: code.access_code_id, name: 'Back door' }),
  });
  expect(answer.status).toBe(200);
  expect(fake.events.map((e) => e.event_type)).toEqual(['access_code.changed']);
});

it("the core's fake of Petstore answers under MSW too, at the spec's server", async () => {
  const fake = createFake({ spec: petstore, rules: NEUTRAL_RULES });
  const msw = setupServer(...createSeamHandlers(fake));
  msw.listen({ onUnhandledRequest: 'error' });
  try {
    const answer = await fetch('https://pets.example.test/pets/search?q=rex');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.requests.map((r) => r.path)).toEqual(['/pets/search']);
  } finally {
    msw.close();
  }
});
