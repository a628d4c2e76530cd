// The project spec grown by operations of other shapes than today's (a GET with query parameters,
// a DELETE with a path parameter), on paths the real spec will never have: what a bundle pays
// when the API grows, measured by `npm run bench:size`.
import { writeSpecCopy } from '../../test/helpers/broken-spec.js';
import type { Json } from '../../test/helpers/spec.js';

export function grownSpec(): string {
  return writeSpecCopy((s: Json) => {
    const base = {
      security: s.paths['/action_attempts/get'].post.security,
      tags: ['access_codes'],
      responses: structuredClone(s.paths['/action_attempts/get'].post.responses),
    };
    s.paths['/bench_fixture_codes/list'] = {
      get: {
        ...base,
        operationId: 'benchFixtureCodesList',
        summary: 'List codes',
        description: 'Lists codes, filtered by query parameters.',
        parameters: [
          { name: 'device_id', in: 'query', required: true, description: 'Device.', schema: { type: 'string' } },
          { name: 'ids', in: 'query', description: 'IDs.', schema: { type: 'array', items: { type: 'string' } } },
        ],
      },
    };
    s.paths['/bench_fixture_codes/{id}'] = {
      delete: {
        ...base,
        operationId: 'benchFixtureCodesDelete',
        summary: 'Delete a code',
        description: 'Deletes one code by the ID in its path.',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'ID.', schema: { type: 'string' } }],
      },
    };
  });
}
