// Holds spec/openapi.yaml to the facts the API has. Removing or loosening any of them fails here.
import { deref, loadSpec, type Json } from '../helpers/spec.js';

const spec = loadSpec();
const UPDATE = '/access_codes/update';
const UPDATE_MULTIPLE = '/access_codes/update_multiple';

const bodySchema = (op: Json): Json => deref(spec, deref(spec, op.requestBody).content['application/json'].schema);
const responseSchema = (op: Json, status: string): Json =>
  deref(spec, deref(spec, op.responses[status]).content['application/json'].schema);

const ALL_AUTH_MODES = [
  { api_key: [] },
  { client_session_token: [] },
  { personal_access_token: [], seam_workspace: [] },
  { console_session_token: [], seam_workspace: [] },
];

describe.each([
  { path: UPDATE, primary: 'post', alternatives: ['put', 'patch'] },
  { path: UPDATE_MULTIPLE, primary: 'post', alternatives: ['patch'] },
])('$path methods', ({ path, primary, alternatives }) => {
  const item = spec.paths[path];
  const methods = Object.keys(item).filter((k) => !k.startsWith('x-'));

  it(`accepts exactly ${[primary, ...alternatives].join(', ')}`, () => {
    expect(methods.sort()).toEqual([primary, ...alternatives].sort());
  });

  it('marks every method as one operation group named by the primary operationId', () => {
    const group = item[primary]['x-operation-group'];
    expect(group).toBe(item[primary].operationId);
    for (const m of alternatives) expect(item[m]['x-operation-group']).toBe(group);
  });

  it('shares the request body and responses across the alternatives', () => {
    for (const m of alternatives) {
      expect(item[m].requestBody).toEqual(item[primary].requestBody);
      expect(item[m].responses).toEqual(item[primary].responses);
    }
  });

  it.each([primary, ...alternatives])('%s lists every auth mode and the documented errors', (m) => {
    expect(item[m].security).toEqual(ALL_AUTH_MODES);
    expect(Object.keys(item[m].responses).sort()).toEqual(['200', '400', '401', '404', '429', '5XX']);
  });
});

// [property, exact schema facts]. Each row is compared with toMatchObject, and the set of rows
// must equal the set of properties, so a removed, added or loosened property all fail.
const UPDATE_PROPERTIES: Array<[string, Json]> = [
  ['access_code_id', { type: 'string', format: 'uuid' }],
  ['allow_external_modification', { type: 'boolean', default: false }],
  ['attempt_for_offline_device', { type: 'boolean', default: true }],
  ['code', { type: 'string', minLength: 4, maxLength: 9, pattern: '^\\d+$' }],
  ['device_id', { type: 'string', format: 'uuid' }],
  ['ends_at', { type: 'string', format: 'date-time' }],
  ['is_external_modification_allowed', { type: 'boolean', default: false }],
  ['is_managed', { type: 'boolean' }],
  ['is_offline_access_code', { type: 'boolean' }],
  ['is_one_time_use', { type: 'boolean' }],
  ['max_time_rounding', { type: 'string', enum: ['1hour', '1day', '1h', '1d'], default: '1hour' }],
  ['name', { type: 'string' }],
  ['prefer_native_scheduling', { type: 'boolean', default: true }],
  ['preferred_code_length', { type: 'number' }],
  ['starts_at', { type: 'string', format: 'date-time' }],
  ['sync', { type: 'boolean', default: false }],
  ['type', { type: 'string', enum: ['ongoing', 'time_bound'] }],
  ['use_backup_access_code_pool', { type: 'boolean' }],
  ['use_offline_access_code', { type: 'boolean', deprecated: true }],
];

const UPDATE_MULTIPLE_PROPERTIES: Array<[string, Json]> = [
  ['common_code_key', { type: 'string', minLength: 1 }],
  ['starts_at', { type: 'string', format: 'date-time' }],
  ['ends_at', { type: 'string', format: 'date-time' }],
  ['name', { type: 'string' }],
];

describe.each([
  { path: UPDATE, rows: UPDATE_PROPERTIES, required: ['access_code_id'] },
  { path: UPDATE_MULTIPLE, rows: UPDATE_MULTIPLE_PROPERTIES, required: ['common_code_key'] },
])('$path request body', ({ path, rows, required }) => {
  const schema = bodySchema(spec.paths[path].post);

  it('has exactly the documented properties, closed to others', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(rows.map(([n]) => n).sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it(`requires only ${required.join(', ')}`, () => {
    expect(schema.required).toEqual(required);
  });

  it.each(rows)('%s has its type, constraints and default', (name, facts) => {
    const prop = schema.properties[name];
    expect(prop).toMatchObject(facts);
    // Facts not in the row must not creep in (a default or deprecation nobody decided on).
    for (const key of ['default', 'deprecated', 'enum', 'format', 'pattern', 'minLength', 'maxLength']) {
      if (!(key in facts)) expect(prop).not.toHaveProperty(key);
    }
    expect(prop.description?.length).toBeGreaterThan(10);
  });
});

describe('cross-field rules are stated in the descriptions', () => {
  const props = bodySchema(spec.paths[UPDATE].post).properties;
  it('ends_at must be after starts_at and in the future', () => {
    expect(props.ends_at.description).toMatch(/future/);
    expect(props.ends_at.description).toMatch(/after `starts_at`/);
    expect(bodySchema(spec.paths[UPDATE_MULTIPLE].post).properties.ends_at.description).toMatch(
      /future and\s+after `starts_at`/,
    );
  });
  it('type: ongoing removes the time bounds', () => {
    expect(props.type.description).toMatch(/`ongoing`.*removes its time\s+bounds/s);
  });
});

describe('responses', () => {
  it('update answers { ok: true, action_attempt } with a status-discriminated union', () => {
    const body = responseSchema(spec.paths[UPDATE].post, '200');
    expect(body.required).toEqual(['ok', 'action_attempt']);
    expect(body.properties.ok).toMatchObject({ const: true });
    const attempt = deref(spec, body.properties.action_attempt);
    expect(attempt.discriminator.propertyName).toBe('status');
    expect(Object.keys(attempt.discriminator.mapping).sort()).toEqual(['error', 'pending', 'success']);
    const variants = attempt.oneOf.map((v: Json) => deref(spec, v));
    for (const v of variants) {
      expect(v.properties.action_type).toEqual(expect.objectContaining({ const: 'UPDATE_ACCESS_CODE' }));
      expect(v.properties.action_attempt_id).toMatchObject({ type: 'string', format: 'uuid' });
    }
    const byStatus = Object.fromEntries(variants.map((v: Json) => [v.properties.status.const, v]));
    expect(deref(spec, byStatus.success.properties.result.properties.access_code).required).toEqual(
      expect.arrayContaining(['access_code_id', 'device_id']),
    );
    expect(deref(spec, byStatus.error.properties.error).required).toEqual(['type', 'message']);
  });

  it('update_multiple answers { ok: true }', () => {
    const body = responseSchema(spec.paths[UPDATE_MULTIPLE].post, '200');
    expect(body.required).toEqual(['ok']);
    expect(body.properties.ok).toMatchObject({ const: true });
  });

  it.each(['400', '401', '404', '429', '5XX'])('%s uses the { ok: false, error } envelope', (status) => {
    const body = responseSchema(spec.paths[UPDATE].post, status);
    expect(body.required).toEqual(['ok', 'error']);
    expect(body.properties.ok).toMatchObject({ const: false });
    const error = deref(spec, body.properties.error);
    expect(error.required).toEqual(expect.arrayContaining(['type', 'message']));
    expect(Object.keys(error.properties)).toEqual(
      expect.arrayContaining(['type', 'message', 'request_id', 'validation_errors']),
    );
  });

  it('400 is invalid_input with validation_errors keyed by field', () => {
    const error = deref(spec, responseSchema(spec.paths[UPDATE].post, '400').properties.error);
    expect(error.properties.type).toMatchObject({ const: 'invalid_input' });
    expect(error.required).toContain('validation_errors');
    const tree = deref(spec, error.properties.validation_errors);
    expect(tree.required).toEqual(['_errors']);
    expect(tree.additionalProperties).toEqual({ $ref: '#/components/schemas/ValidationErrors' });
  });

  it('404 documents access_code_not_found and device_not_found', () => {
    const examples = deref(spec, spec.paths[UPDATE].post.responses['404']).content['application/json'].examples;
    const types = Object.values(examples).map((e: Json) => e.value.error.type);
    expect(types.sort()).toEqual(['access_code_not_found', 'device_not_found']);
  });

  it('429 carries Retry-After', () => {
    expect(deref(spec, spec.paths[UPDATE].post.responses['429']).headers).toHaveProperty('retry-after');
  });
});

describe('security schemes', () => {
  const schemes = spec.components.securitySchemes;
  it.each(['api_key', 'client_session_token', 'personal_access_token', 'console_session_token'])(
    '%s is a bearer token',
    (name) => expect(schemes[name]).toMatchObject({ type: 'http', scheme: 'bearer' }),
  );
  it('the workspace travels in the seam-workspace header', () => {
    expect(schemes.seam_workspace).toMatchObject({ type: 'apiKey', in: 'header', name: 'seam-workspace' });
  });
});

describe('examples', () => {
  it.each([UPDATE, UPDATE_MULTIPLE])('%s has request and response examples for every status', (path) => {
    const op = spec.paths[path].post;
    expect(Object.keys(deref(spec, op.requestBody).content['application/json'].examples).length).toBeGreaterThan(0);
    for (const status of Object.keys(op.responses)) {
      const media = deref(spec, op.responses[status]).content['application/json'];
      expect(Object.keys(media.examples).length).toBeGreaterThan(0);
    }
  });
});

describe('seed disagreements are settled where users read them', () => {
  it.each([
    ['methods', /PUT and PATCH are accepted alternatives/],
    ['the update response', /UPDATE_ACCESS_CODE/],
    ['starts_as', /`starts_as`.*misprint of `starts_at`/],
    ['update_multiple signature', /misprint of `POST \/access_codes\/update_multiple`/],
    ['404 type', /`access_code_not_found`; `device_not_found` is for an unknown `device_id`/],
    ['code length', /4 to 9 digits/],
  ])('%s', (_topic, pattern) => {
    expect(spec.info.description).toMatch(pattern);
  });

  it('servers and tags', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.servers).toEqual([expect.objectContaining({ url: 'https://connect.getseam.com' })]);
    expect(spec.tags.map((t: Json) => t.name)).toContain('access_codes');
  });
});
