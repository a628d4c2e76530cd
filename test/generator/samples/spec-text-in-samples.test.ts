// Spec text in every sample context: an example string holding a line break, a quote, a backslash
// or a ``` fence stays a string in the TypeScript samples (they parse, and the literal is the
// example), and stays code in the Markdown page (it cannot close the sample's fence, so nothing
// after it renders as Markdown or HTML).
import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import ts from 'typescript';
import { operationPage } from '../../../scripts/generator/plugins/markdown/emit-docs.js';
import { fetchExample, functionExample, typescriptExample } from '../../../scripts/generator/samples/index.js';
import { buildModel } from '../../../scripts/generator/model/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec documents and answers, walked freely by the test
type Json = any;

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

function modelWith(example: Json) {
  return buildModel({
    openapi: '3.1.0',
    info: {
      title: 'Samples',
      version: '1.0.0',
      'x-sdk': {
        package: 'pets-sdk',
        client: 'PetsClient',
        instance: 'pets',
        tokenEnv: 'PETS_TOKEN',
        core: 'createPetsCore',
        fetchClient: 'createPetsFetch',
      },
    },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/pets/create': {
        post: {
          operationId: 'petsCreate',
          summary: 'Create a pet',
          description: 'Makes one.',
          requestBody: {
            content: { 'application/json': { schema: { type: 'object', additionalProperties: true }, example } },
          },
          responses: { '200': { description: 'OK' } },
        },
      },
    },
  } as Json);
}

/** The value of the first object literal argument of the sample's call, evaluated as the JavaScript it is. */
function literalOf(source: string): { problems: string[]; value: unknown } {
  const file = ts.createSourceFile('sample.ts', source, ts.ScriptTarget.ES2022, true);
  const problems = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (!found && ts.isObjectLiteralExpression(node)) found = node;
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Only literals (strings, numbers, objects, arrays) in it: evaluating it runs nothing else.
  const value = found ? new Function(`return (${found.getText(file)});`)() : undefined;
  return { problems, value };
}

const codeBlocks = (tokens: Token[]): string[] =>
  tokens.filter((t): t is Tokens.Code => t.type === 'code').map((t) => t.text);

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'line\nbreak',
    'a\r\nb',
    '```\n# Heading\n<script>alert(1)</script>',
    "it's",
    'back\\slash',
    '"quoted"',
    '\u2028\u2029',
    '````',
    '~~~\nx',
    '${x}',
    '`tick`',
  ),
  fc
    .array(fc.constantFrom('\n', '`', '```', "'", '"', '\\', 'a', ' ', '<!--', '</script>'), { maxLength: 12 })
    .map((parts) => parts.join('')),
);

it('an example string with line breaks, quotes or fences gives TypeScript samples that parse and hold the example, in code blocks it cannot close (property)', () => {
  fc.assert(
    fc.property(nasty, nasty, (name, key) => {
      const example = { name, [key]: name };
      const model = modelWith(example);
      const op = model.operations[0]!;
      const requestExample = op.requestBody?.examples[0];
      const samples = [
        typescriptExample(model, op, requestExample),
        functionExample(model, op, requestExample)!,
        fetchExample(model, op, requestExample)!,
      ];
      for (const sample of samples) {
        const { problems, value } = literalOf(sample);
        expect(problems).toEqual([]);
        // The fetch sample holds it under `body`; the others hold it as the argument.
        expect((value as Json).body ?? value).toEqual(example);
      }
      const blocks = codeBlocks(marked.lexer(operationPage(model, op)));
      for (const sample of samples) expect(blocks).toContain(sample);
    }),
    { numRuns: RUNS, seed: 31 },
  );
});
