// Reading, linting and bundling the spec.
// Uses @redocly/openapi-core 2.x, the engine of the Redocly CLI 2.x that `npm run lint:spec` runs.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  BaseResolver,
  bundle,
  getLineColLocation,
  lintDocument,
  loadConfig,
  ResolveError,
  YamlParseError,
  type Config,
  type Document,
} from '@redocly/openapi-core';
import { GeneratorError, GeneratorErrors } from './errors.js';

export type OpenApiDocument = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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
  const pointer = location.pointer ? ` (${location.pointer})` : '';
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
  const resolver = new BaseResolver(config.resolve);
  let document: Awaited<ReturnType<typeof resolver.resolveDocument>>;
  try {
    document = await resolver.resolveDocument(null, specPath, true);
  } catch (err) {
    // js-yaml throws `reason in "file" (line:col)`; keep the reason and point at the place.
    const message = (err as Error).message;
    const at = /\((\d+):(\d+)\)\s*$/.exec(message.split('\n')[0] ?? '');
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
  return { config, document, resolver };
}

/** Lints with the Redocly rules; throws every error, returns the warnings. */
export async function lintSpec({ document, config, resolver }: LoadedSpec): Promise<string[]> {
  const problems = await lintDocument({ document, config, externalRefResolver: resolver });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new GeneratorErrors(errors.map((p) => new GeneratorError(p.ruleId, p.message, describeLocation(p))));
  }
  return problems.map((p) => `${describeLocation(p)} ${p.ruleId}: ${p.message}`);
}

export async function bundleSpec({ document, config }: LoadedSpec): Promise<OpenApiDocument> {
  const result = await bundle({ doc: document, config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new GeneratorErrors(errors.map((p) => new GeneratorError(p.ruleId, p.message, describeLocation(p))));
  }
  return result.bundle.parsed as OpenApiDocument;
}
