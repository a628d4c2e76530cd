// After the signature, the body: checked against the spec's required fields of its event type
// (generated/events.ts), typed as that event, and an event type from a newer API passed through.
import {
  signWebhook,
  verifyWebhook,
  isKnownEvent,
  isAccessCodeSetOnDeviceEvent,
  eventTypes,
  type AnyEvent,
  type UnknownEvent,
} from '../../src/webhooks/index.js';

const SECRET = `whsec_${Buffer.from('a test secret of 32 bytes, ok.').toString('base64')}`;
const COMMON = {
  event_id: '8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70',
  workspace_id: 'w',
  created_at: '2030-01-01T00:00:00Z',
  occurred_at: '2030-01-01T00:00:00Z',
  access_code_id: 'a',
  device_id: 'd',
  connected_account_id: 'c',
};

async function deliver(event: unknown, options?: { validate?: boolean }): Promise<AnyEvent> {
  const body = JSON.stringify(event);
  return verifyWebhook(body, await signWebhook(body, SECRET, { id: 'msg_1' }), SECRET, options);
}

describe('the body of a verified delivery', () => {
  test('a known event comes back typed, and its guard and a switch narrow it', async () => {
    const event = await deliver({ ...COMMON, event_type: 'access_code.set_on_device', code: '4444' });
    expect(isKnownEvent(event)).toBe(true);
    if (!isAccessCodeSetOnDeviceEvent(event)) throw new Error('not narrowed');
    const code: string = event.code;
    expect(code).toBe('4444');
    if (isKnownEvent(event)) {
      switch (event.event_type) {
        case 'access_code.set_on_device': {
          const again: string = event.code;
          expect(again).toBe('4444');
          break;
        }
        default:
          throw new Error('wrong branch');
      }
    }
  });

  test('an event type a newer API added passes through as an unknown event', async () => {
    const event = await deliver({ ...COMMON, event_type: 'access_code.teleported', planet: 'Mars' });
    expect(isKnownEvent(event)).toBe(false);
    const unknown = event as UnknownEvent;
    expect(unknown.planet).toBe('Mars');
    expect(eventTypes).not.toContain('access_code.teleported');
  });

  test.each([
    ['a required field missing', { ...COMMON, event_type: 'access_code.set_on_device' }, /field "code"/],
    [
      'a required field of the wrong type',
      { ...COMMON, event_type: 'access_code.set_on_device', code: 4444 },
      /field "code"/,
    ],
    [
      'a null where the spec allows none',
      { ...COMMON, event_type: 'access_code.set_on_device', code: null },
      /field "code"/,
    ],
    [
      'a common field missing, on an unknown event type',
      { event_type: 'brand.new', event_id: 'e' },
      /field "workspace_id"/,
    ],
    ['no event_type', { ...COMMON }, /no string event_type/],
    ['an array, not an object', [COMMON], /not a JSON object/],
    [
      'an inherited field only',
      JSON.parse(
        `{"__proto__": {"code": "1"}, ${JSON.stringify({ ...COMMON, event_type: 'access_code.set_on_device' }).slice(1, -1)}}`,
      ),
      /field "code"/,
    ],
  ])('%s is invalid_payload', async (_name, body, message) => {
    await expect(deliver(body)).rejects.toMatchObject({
      name: 'SeamWebhookVerificationError',
      reason: 'invalid_payload',
      message: expect.stringMatching(message),
    });
  });

  test('validate: false returns the parsed body unchecked', async () => {
    await expect(deliver({ event_type: 'access_code.set_on_device' }, { validate: false })).resolves.toEqual({
      event_type: 'access_code.set_on_device',
    });
  });

  test('a body that is not JSON is invalid_payload, even unvalidated', async () => {
    const body = 'not json';
    await expect(
      verifyWebhook(body, await signWebhook(body, SECRET, { id: 'm' }), SECRET, { validate: false }),
    ).rejects.toMatchObject({ reason: 'invalid_payload' });
  });
});
