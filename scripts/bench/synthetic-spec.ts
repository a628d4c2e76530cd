// A synthetic OpenAPI 3.1 spec of N operations that passes the project's own lint rules: bodies
// of about 15 properties, half of them from shared components, shared error responses, examples.
import { stringify } from 'yaml';

const str = (description: string) => ({ type: 'string', description });

export function syntheticSpec(operations: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    const ns = `resource_${Math.floor(i / 10)}`;
    const action = `action_${i % 10}`;
    const id = `resource${Math.floor(i / 10)}Action${i % 10}`;
    paths[`/${ns}/${action}`] = {
      post: {
        operationId: id,
        tags: ['synthetic'],
        summary: `Run ${action} on ${ns}`,
        description: `Runs ${action} on ${ns}; synthetic operation ${i} for the generator benchmark.`,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: `Body of ${id}.`,
                required: ['thing_id'],
                properties: {
                  thing_id: { type: 'string', format: 'uuid', description: 'ID of the thing.' },
                  common: { $ref: '#/components/schemas/CommonFields' },
                  label: str('Label.'),
                  note: str('Note.'),
                  count: { type: 'integer', minimum: 0, description: 'Count.' },
                  enabled: { type: 'boolean', default: true, description: 'Enabled.' },
                  mode: { type: 'string', enum: ['a', 'b', 'c'], description: 'Mode.' },
                  tags: { type: 'array', items: { type: 'string' }, description: 'Tags.' },
                },
              },
              examples: { basic: { summary: 'Basic', value: { thing_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' } } },
            },
          },
        },
        responses: {
          '200': { $ref: '#/components/responses/Ok' },
          '400': { $ref: '#/components/responses/Error' },
        },
      },
    };
  }
  const spec = {
    openapi: '3.1.0',
    info: {
      title: `Synthetic API (${operations} operations)`,
      version: '1.0.0',
      description: 'Generated for the benchmark.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'https://api.synthetic.test' }],
    tags: [{ name: 'synthetic', description: 'Synthetic operations.' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A bearer token.' } },
      schemas: {
        CommonFields: {
          type: 'object',
          description: 'Fields many bodies share.',
          properties: Object.fromEntries(
            ['starts_at', 'ends_at', 'created_by', 'reason', 'source', 'channel', 'locale', 'timezone'].map((n) => [
              n,
              str(`The ${n}.`),
            ]),
          ),
        },
        Thing: {
          type: 'object',
          description: 'A thing.',
          required: ['thing_id'],
          properties: {
            thing_id: str('ID.'),
            name: str('Name.'),
            created_at: { type: 'string', format: 'date-time', description: 'Created.' },
          },
        },
        ErrorBody: {
          type: 'object',
          description: 'Error envelope.',
          required: ['ok', 'error'],
          properties: {
            ok: { const: false, description: 'Always false.' },
            error: {
              type: 'object',
              description: 'The error.',
              required: ['type'],
              properties: { type: str('Kind.'), message: str('Text.') },
            },
          },
        },
      },
      responses: {
        Ok: {
          description: 'OK.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: 'Success.',
                required: ['ok'],
                properties: {
                  ok: { const: true, description: 'Always true.' },
                  thing: { $ref: '#/components/schemas/Thing' },
                },
              },
              examples: { ok: { summary: 'OK', value: { ok: true } } },
            },
          },
        },
        Error: {
          description: 'Bad input.',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/ErrorBody' },
              examples: {
                bad: { summary: 'Bad', value: { ok: false, error: { type: 'invalid_input', message: 'Bad' } } },
              },
            },
          },
        },
      },
    },
  };
  return stringify(spec);
}
