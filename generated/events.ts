// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
import type { components } from './schema.js';

/**
 * Every event the spec describes (#/components/schemas/event), told apart by `event_type`.
 */
export type ApiEvent = components["schemas"]["event"];

/**
 * The `event_type` of every event the spec describes.
 */
export type EventType = ApiEvent["event_type"];

/**
 * An event whose `event_type` this version of the package does not know (one a newer API added):
 * passed through as it came, never refused. Narrow with `isKnownEvent` before a switch on `event_type`.
 */
export interface UnknownEvent {
  readonly event_type: string;
  readonly [field: string]: unknown;
}

/**
 * What a webhook may deliver: a known event, or an unknown one from a newer API.
 */
export type AnyEvent = ApiEvent | UnknownEvent;

/**
 * An [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) was changed.
 */
export type AccessCodeChangedEvent = Extract<ApiEvent, { event_type: "access_code.changed" }>;

/**
 * The pin code of an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) was changed on the device.
 */
export type AccessCodeCodeChangedEvent = Extract<ApiEvent, { event_type: "access_code.code_changed" }>;

/**
 * An [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) was set on a device.
 */
export type AccessCodeSetOnDeviceEvent = Extract<ApiEvent, { event_type: "access_code.set_on_device" }>;

/**
 * There was an unusually long delay in setting an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) on a device.
 */
export type AccessCodeDelayInSettingOnDeviceEvent = Extract<ApiEvent, { event_type: "access_code.delay_in_setting_on_device" }>;

/**
 * An [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) failed to be set on a device.
 */
export type AccessCodeFailedToSetOnDeviceEvent = Extract<ApiEvent, { event_type: "access_code.failed_to_set_on_device" }>;

/**
 * Each known event type, in spec order.
 */
export const eventTypes: readonly EventType[] = ["access_code.changed","access_code.code_changed","access_code.set_on_device","access_code.delay_in_setting_on_device","access_code.failed_to_set_on_device"];

/**
 * The fields every event requires, and the JSON type of each (s string, n number, b boolean, o object,
 * a array, * anything; `?`: null allowed too): the webhook verifier's light check, for unknown event types too.
 */
export const commonEventFields: { readonly [field: string]: string } = {"event_id":"s","workspace_id":"s","created_at":"s","occurred_at":"s","access_code_id":"s","device_id":"s","connected_account_id":"s","event_type":"s"};

/**
 * What each known event type requires besides the common fields, in the same notation.
 */
export const eventFields: { readonly [eventType: string]: { readonly [field: string]: string } } = {
  "access_code.changed": {},
  "access_code.code_changed": {"from":"o","to":"o","description":"s"},
  "access_code.set_on_device": {"code":"s"},
  "access_code.delay_in_setting_on_device": {"connected_account_errors":"a","connected_account_warnings":"a","device_errors":"a","device_warnings":"a","access_code_errors":"a","access_code_warnings":"a"},
  "access_code.failed_to_set_on_device": {"connected_account_errors":"a","connected_account_warnings":"a","device_errors":"a","device_warnings":"a","access_code_errors":"a","access_code_warnings":"a"},
};

/**
 * Whether `event` is one of the events the spec describes; then a switch on `event_type` narrows it.
 */
export function isKnownEvent(event: AnyEvent): event is ApiEvent {
  return Object.prototype.hasOwnProperty.call(eventFields, event.event_type);
}

/**
 * Whether `event` is `access_code.changed`.
 */
export function isAccessCodeChangedEvent(event: AnyEvent): event is AccessCodeChangedEvent {
  return event.event_type === "access_code.changed";
}

/**
 * Whether `event` is `access_code.code_changed`.
 */
export function isAccessCodeCodeChangedEvent(event: AnyEvent): event is AccessCodeCodeChangedEvent {
  return event.event_type === "access_code.code_changed";
}

/**
 * Whether `event` is `access_code.set_on_device`.
 */
export function isAccessCodeSetOnDeviceEvent(event: AnyEvent): event is AccessCodeSetOnDeviceEvent {
  return event.event_type === "access_code.set_on_device";
}

/**
 * Whether `event` is `access_code.delay_in_setting_on_device`.
 */
export function isAccessCodeDelayInSettingOnDeviceEvent(event: AnyEvent): event is AccessCodeDelayInSettingOnDeviceEvent {
  return event.event_type === "access_code.delay_in_setting_on_device";
}

/**
 * Whether `event` is `access_code.failed_to_set_on_device`.
 */
export function isAccessCodeFailedToSetOnDeviceEvent(event: AnyEvent): event is AccessCodeFailedToSetOnDeviceEvent {
  return event.event_type === "access_code.failed_to_set_on_device";
}
