// Reading, linting and bundling the spec; check-document.ts refuses what no lint makes sense of.
// Uses @redocly/openapi-core 2.x, the engine of the Redocly CLI 2.x that `npm run lint:spec` runs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import {
  BaseResolver,
  bundle,
  createConfig,
  getLineColLocation,
  lintDocument,
  loadConfig,
  ResolveError,
  YamlParseError,
  type Config,
  type Document,
} from '@redocly/openapi-core';
import { GeneratorError, GeneratorErrors } from './errors.js';
import { checkSpecText, MAX_SPEC_BYTES, OfflineResolver, remoteRefs } from './limits.js';

import type { OpenApiDocument } from './document.js';

export type { OpenApiDocument };

export interface LoadedSpec {
  config: Config;
  document: Document;
  resolver: BaseResolver;
}

export async function loadRedoclyConfig(configPath: string): Promise<Config> {
  if (!existsSync(configPath)) {
    throw new GeneratorError('config-not-found', `Redocly config ${configPath} does not exist`);
  }
  try {
    return await loadConfig({ configPath });
  } catch (err) {
    throw new GeneratorError('config-invalid', `cannot load ${configPath}: ${(err as Error).message}`);
  }
}

type Problem = Awaited<ReturnType<typeof lintDocument>>[number];

/** `file:line:col (pointer)` for a place in a spec, as every generator error names it. */
export function formatLocation(location: Parameters<typeof getLineColLocation>[0]): string {
  const file = relative(process.cwd(), location.source.absoluteRef).split('\\').join('/');
  // A key may hold a newline or other control character: show it escaped, on one line.
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  const shown = location.pointer?.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  const pointer = shown ? ` (${shown})` : '';
  try {
    const { start } = getLineColLocation(location);
    return `${file}:${start.line}:${start.col}${pointer}`;
  } catch {
    return `${file}${pointer}`;
  }
}

const describeLocation = (problem: Problem): string => (problem.location[0] ? formatLocation(problem.location[0]) : '');

/** Reads and parses the spec (YAML or JSON), reporting syntax errors with their line and column. */
export async function resolveSpec(specPath: string, config: Config): Promise<LoadedSpec> {
  if (!existsSync(specPath)) throw new GeneratorError('spec-not-found', `spec ${specPath} does not exist`);
  // Refused before it is read: a file far over the bound would otherwise be held whole first.
  if (statSync(specPath).size > MAX_SPEC_BYTES) {
    throw new GeneratorError(
      'spec-too-large',
      `the file is larger than ${MAX_SPEC_BYTES} bytes, the most the generator reads`,
      `${relative(process.cwd(), specPath)}:1:1`,
    );
  }
  let text: string;
  try {
    text = readFileSync(specPath, 'utf8');
  } catch (err) {
    throw new GeneratorError('unreadable-spec', (err as Error).message.split('\n')[0]!, specPath);
  }
  checkSpecText(specPath, text);
  const resolver = new OfflineResolver(config.resolve);
  let document: Awaited<ReturnType<typeof resolver.resolveDocument>>;
  try {
    document = await resolver.resolveDocument(null, specPath, true);
  } catch (err) {
    // js-yaml throws `reason in "file" (line:col)`; keep the reason and point at the place.
    const message = (err as Error).message;
    let at = /\((\d+):(\d+)\)\s*$/.exec(message.split('\n')[0] ?? '');
    if (!at && /single document/.test(message)) {
      // js-yaml names no place for a second document: point at its `---`.
      const lines = readFileSync(specPath, 'utf8').split('\n');
      const second = lines.findIndex(
        (line, i) =>
          /^---/.test(line) && lines.slice(0, i).some((l) => l.trim() && !l.startsWith('#') && !/^---/.test(l)),
      );
      if (second >= 0) at = ['', String(second + 1), '1'] as unknown as RegExpExecArray;
    }
    throw new GeneratorError(
      'invalid-yaml',
      (message.split('\n')[0] ?? message).replace(/ in ".*$/, ''),
      `${relative(process.cwd(), specPath)}${at ? `:${at[1]}:${at[2]}` : ''}`,
    );
  }
  if (document instanceof YamlParseError) {
    throw new GeneratorError(
      'invalid-yaml',
      document.originalError.message.split('\n')[0] ?? 'cannot parse',
      `${relative(process.cwd(), specPath)}:${document.line + 1}:${document.col + 1}`,
    );
  }
  if (document instanceof ResolveError) {
    throw new GeneratorError('unreadable-spec', document.originalError.message, specPath);
  }
  const remote = remoteRefs(document.parsed);
  if (remote.length > 0) {
    throw new GeneratorErrors(
      remote.map(
        ({ pointer, ref }) =>
          new GeneratorError(
            'remote-ref',
            `$ref ${ref} is a URL: the generator never reaches the network; download the file and refer to it by path`,
            formatLocation({ source: document.source, pointer, reportOnKey: false }),
          ),
      ),
    );
  }
  return { config, document, resolver };
}

/**
 * Some malformed documents crash one of Redocly's rules (`servers: [null]` does). The structure
 * check alone usually says where the document is malformed: its findings are reported instead.
 */
async function explainLintCrash(
  document: Document,
  resolver: BaseResolver,
  crash: Error,
): Promise<GeneratorErrors | GeneratorError> {
  try {
    const structOnly = await createConfig({ rules: { struct: 'error' } });
    const problems = (await lintDocument({ document, config: structOnly, externalRefResolver: resolver })).filter(
      (p) => p.severity === 'error',
    );
    if (problems.length > 0)
      return new GeneratorErrors(problems.map((p) => new GeneratorError(p.ruleId, p.message, describeLocation(p))));
  } catch {
    // The structure check crashed too: say what is known.
  }
  const file = relative(process.cwd(), document.source.absoluteRef);
  return new GeneratorError(
    'lint-crashed',
    `Redocly's lint failed on this document (${crash.message}) and its structure check found nothing to point at`,
    `${file}:1:1`,
  );
}

/** Lints with the Redocly rules; throws every error, returns the warnings. */
export async function lintSpec({ document, config, resolver }: LoadedSpec): Promise<string[]> {
  let problems: Problem[];
  try {
    problems = await lintDocument({ document, config, externalRefResolver: resolver });
  } catch (err) {
    throw await explainLintCrash(document, resolver, err as Error);
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new GeneratorErrors(errors.map((p) => new GeneratorError(p.ruleId, p.message, describeLocation(p))));
  }
  return problems.map((p) => `${describeLocation(p)} ${p.ruleId}: ${p.message}`);
}

export async function bundleSpec({ document, config, resolver }: LoadedSpec): Promise<OpenApiDocument> {
  // With the offline resolver: bundling on its own would make one that fetches.
  const result = await bundle({ doc: document, config, dereference: false, externalRefResolver: resolver });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new GeneratorErrors(errors.map((p) => new GeneratorError(p.ruleId, p.message, describeLocation(p))));
  }
  return result.bundle.parsed as OpenApiDocument;
}
