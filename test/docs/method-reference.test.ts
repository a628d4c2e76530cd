// The reference describes the method, not only the HTTP call: each documented operation's Markdown
// page, its HTML docs entry and the JSDoc of every overload (client method and standalone function)
// say what the method resolves to after waiting, how to opt out, and every error class it can
// throw, each as `@throws`. What the page says it resolves to is what the client really resolves to
// against the fake. Which operations wait and which errors they answer come from the spec's model,
// so an operation added to the spec is held here with no edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Tokens } from 'marked';
import ts from 'typescript';
import { ROOT } from '../helpers/paths.js';
import {
  buildModel,
  functionName,
  type NamespaceModel,
  type OperationModel,
} from '../../scripts/generator/model/index.js';
import { clientErrorClasses, documented } from '../../scripts/generator/method-reference.js';
import { exampleArgument } from '../../scripts/generator/samples/index.js';
import { THROWN_ERRORS } from '../../src/runtime/thrown.js';
import { seam } from '../../src/profiles/seam/index.js';
import * as entry from '../../src/index.js';
import { SeamClient, SeamError } from '../../src/index.js';
import { createFakeSeam, FAKE_CREDENTIALS } from '../../src/testing/index.js';

const model = buildModel(JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8')), undefined, {
  profile: seam,
});
const html = JSON.parse(readFileSync(join(ROOT, 'generated/openapi.yaml'), 'utf8').replace(/^#.*\n/, ''));
const ops = documented(model);
const attempts = ops.filter((op) => op.role.returnsAttempt);
const page = (op: OperationModel): string => readFileSync(join(ROOT, 'generated/docs', op.docsFile), 'utf8');
const waitingOnly = THROWN_ERRORS.filter((t) => t.waiting).map((t) => t.error.name);

/** Every class the method can throw: the class of each documented error answer, and the runtime's own. */
const expectedClasses = (op: OperationModel): string[] => [
  ...new Set([
    ...op.errors.flatMap((e) => clientErrorClasses(e, seam)),
    ...THROWN_ERRORS.filter((t) => !t.waiting || op.role.returnsAttempt).map((t) => t.error.name),
  ]),
];

/** The class names of the "What it throws" table of a Markdown text. */
function thrownTable(markdown: string): string[] {
  const tables = new Lexer({ gfm: true }).lex(markdown).filter((t): t is Tokens.Table => t.type === 'table');
  const table = tables.find((t) => t.header[0]?.text === 'error class');
  if (!table) throw new Error('no "error class" table');
  return table.rows.flatMap((row) => row[0]!.text.split(/,\s*/).map((c) => c.replace(/`/g, '')));
}

/**
 * The JSDoc of each signature a reader's editor can show for `name`: the overloads when there are
 * some, else the one declaration; in `className` for a method.
 */
function jsdocs(file: string, name: string, className?: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const scope = className
    ? source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === className)
        ?.members
    : source.statements;
  const declarations = (scope ?? []).filter(
    (n) => (ts.isMethodDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name?.getText() === name,
  ) as Array<ts.MethodDeclaration | ts.FunctionDeclaration>;
  const overloads = declarations.filter((d) => !d.body);
  return (overloads.length > 0 ? overloads : declarations).map((d) =>
    ts
      .getJSDocCommentsAndTags(d)
      .map((doc) => doc.getText())
      .join('\n'),
  );
}

function namespaceOf(op: OperationModel, ns: NamespaceModel = model.root): NamespaceModel | undefined {
  if (ns.path.join('.') === op.namespacePath.join('.')) return ns;
  return ns.namespaces.map((child) => namespaceOf(op, child)).find(Boolean);
}
const throwsTags = (doc: string): string[] =>
  [...doc.matchAll(/@throws \{([\w |]+)\}/g)].flatMap((m) => m[1]!.split(' | '));

it('the spec has operations that wait and operations that do not, so both kinds are held', () => {
  expect(attempts.length).toBeGreaterThan(0);
  expect(ops.length).toBeGreaterThan(attempts.length);
});

it('every class the reference names is a SeamError the package exports', () => {
  for (const name of new Set(ops.flatMap(expectedClasses))) {
    const cls = (entry as Record<string, unknown>)[name];
    expect({ name, exported: typeof cls }).toEqual({ name, exported: 'function' });
    expect((cls as { prototype: unknown }).prototype).toBeInstanceOf(SeamError);
  }
});

describe.each(ops.map((op) => [op.name, op] as const))('%s', (_name, op) => {
  const markdown = page(op);
  const description: string = html.paths[op.path][op.method].description;

  it('its page says what the method does before the HTTP call, and lists every class it can throw', () => {
    const method = markdown.indexOf(`## What \`${model.sdk.instance}.${op.name}()\` resolves to`);
    expect(method).toBeGreaterThan(0);
    expect(markdown.indexOf('## The HTTP call')).toBeGreaterThan(method);
    expect(new Set(thrownTable(markdown))).toEqual(new Set(expectedClasses(op)));
  });

  it('its HTML docs entry says the same, above the HTTP view', () => {
    expect(description.indexOf('resolves to')).toBeLessThan(description.indexOf('The HTTP call'));
    expect(new Set(thrownTable(description))).toEqual(new Set(expectedClasses(op)));
  });

  it('the JSDoc of every overload, method and standalone function, has a @throws for every class', () => {
    const docs = [
      ...jsdocs('generated/client.ts', op.methodName, namespaceOf(op)!.className),
      ...jsdocs('generated/functions.ts', functionName(op)),
    ];
    expect(docs.length).toBeGreaterThanOrEqual(op.role.returnsAttempt ? 8 : 2);
    for (const doc of docs) {
      expect(new Set(throwsTags(doc))).toEqual(new Set(expectedClasses(op)));
      if (op.role.returnsAttempt) expect(doc).toContain('waitForActionAttempt: false');
    }
  });

  if (op.role.returnsAttempt) {
    it('waits: says so, says how to opt out, and names the waiting and transport errors', () => {
      for (const text of [markdown, description]) {
        expect(text).toContain('{ waitForActionAttempt: false }');
        expect(text).toContain(`${op.typeName}Waited`);
        for (const name of [
          'SeamActionAttemptFailedError',
          'SeamActionAttemptTimeoutError',
          'SeamTimeoutError',
          'SeamConnectionError',
        ]) {
          expect(thrownTable(text)).toContain(name);
        }
      }
    });

    it('resolves to what its page shows, and to the answer as sent with the opt-out', async () => {
      const shown = JSON.parse(/resolves to[\s\S]*?```json\n([\s\S]*?)\n```/.exec(markdown)![1]!);
      const fake = createFakeSeam({ actionAttempts: { pollsToFinish: 1 } });
      const seam = new SeamClient({ fetch: fake.fetch, apiKey: FAKE_CREDENTIALS.apiKey });
      const example = op.requestBody?.examples[0];
      const argument = exampleArgument(op, example);
      if (argument && typeof argument === 'object') fake.seed.fromExample(argument as Record<string, unknown>);
      type Namespace = Record<string, unknown>;
      const namespace = op.namespacePath.reduce<Namespace>(
        (ns, part) => ns[part] as Namespace,
        seam as unknown as Namespace,
      );
      const call = (options?: object) =>
        (namespace[op.methodName] as (...args: unknown[]) => Promise<Record<string, unknown>>).call(
          namespace,
          ...(argument === undefined ? [] : [argument]),
          ...(options ? [options] : []),
        );
      const waited = await call();
      expect(waited.status).toBe(shown.status);
      expect(Object.keys(waited).sort()).toEqual(Object.keys(shown).sort());
      const sent = await call({ waitForActionAttempt: false });
      expect(sent.status).not.toBe(shown.status);
    });
  } else {
    it('does not wait, and names no waiting error', () => {
      expect(markdown).not.toContain('waitForActionAttempt: false');
      for (const name of waitingOnly) expect(thrownTable(markdown)).not.toContain(name);
    });
  }
});

// Each method's JSDoc names the runtime's own classes on one `@throws` line; the when-text, the same
// on every method, is on each class's own JSDoc, so hovering the class in an editor still explains it.
describe('the runtime errors, explained once on their own class', () => {
  const errors = ts.createSourceFile(
    'errors.ts',
    readFileSync(join(ROOT, 'src/runtime/errors.ts'), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const classDoc = (name: string): string => {
    const cls = errors.statements.find(
      (s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === name,
    );
    return ts
      .getJSDocCommentsAndTags(cls!)
      .map((d) => d.getText())
      .join('\n')
      .replace(/\s*\n\s*\*\s*/g, ' ');
  };

  it.each(THROWN_ERRORS.map((t) => [t.error.name, t] as const))(
    '%s: its JSDoc says when a method throws it',
    (name, t) => {
      expect(classDoc(name)).toContain(t.when);
      if (t.retried) expect(classDoc(name)).toContain('Tried again first, up to `maxRetries` times');
    },
  );

  it('no method repeats that text: its JSDoc names the runtime classes on one @throws line', () => {
    const client = readFileSync(join(ROOT, 'generated/client.ts'), 'utf8');
    for (const t of THROWN_ERRORS) expect(client).not.toContain(t.when);
    for (const op of ops) {
      for (const doc of jsdocs('generated/client.ts', op.methodName, namespaceOf(op)!.className)) {
        const runtimeLines = doc
          .split('\n')
          .filter((line) =>
            THROWN_ERRORS.some((t) => line.includes(`{${t.error.name} |`) || line.includes(`| ${t.error.name}}`)),
          );
        expect(runtimeLines).toHaveLength(1);
      }
    }
  });
});
