// Reading a spec into the model: the steps every run shares (read, check, lint, bundle, lint
// examples, model), each timed. The generator's pipeline runs them before its outputs; spec-diff
// reads each side with them. Imports no output, so reading stays light.
import { relative, resolve } from 'node:path';
import { checkDocument } from './check-document.js';
import { GeneratorError, GeneratorErrors } from './errors.js';
import { lintExamples, takeOverExamplesRule } from './examples.js';
import { bundleSpec, formatLocation, lintSpec, loadRedoclyConfig, resolveSpec, type OpenApiDocument } from './load.js';
import { buildModel, type ApiModel } from './model/index.js';
import type { NamingStrategy } from './naming/derive.js';
import type { Profile } from '../../src/profiles/profile.js';
import { checkPatterns } from './patterns.js';

export const posix = (p: string): string => p.split('\\').join('/');

/** What reading a spec needs: the spec, the lint rules, the naming strategy, and whether to lint. */
export interface ReadOptions {
  specPath: string;
  redoclyConfigPath: string;
  /** How method names are derived (naming/derive.ts); overrides the spec's `info.x-sdk.naming`. */
  naming?: NamingStrategy;
  /** The vendor's choices the outputs write with (profiles.ts): neutral when not given. */
  profile?: Profile;
  /** Called after each step with its name and milliseconds. */
  onStep?: (step: string, ms: number) => void;
  /** Off for a spec read as it was released (spec-diff's base): today's lint rules may be newer than it. */
  lint?: boolean;
}

/** The spec read into the model: the bundled document, the model, and how to locate a pointer in the spec. */
export interface ReadSpec {
  bundled: OpenApiDocument;
  model: ApiModel;
  locate: (pointer: string) => string;
  warnings: string[];
}

/** A step that fails for a reason no check foresaw still names the spec and the step: never a bare stack trace. */
export function stepper(specPath: string, onStep: ReadOptions['onStep']) {
  return async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    let result: T;
    try {
      result = await work();
    } catch (err) {
      if (err instanceof GeneratorError || err instanceof GeneratorErrors) throw err;
      throw new GeneratorError(
        'internal-error',
        `the ${name} step failed: ${(err as Error)?.message ?? String(err)}`,
        posix(relative(process.cwd(), specPath)),
      );
    }
    onStep?.(name, performance.now() - started);
    return result;
  };
}

/**
 * The reading steps every run shares (read, check, lint, bundle, lint examples, model), and the
 * only way into the model: the generator's outputs and spec-diff's two sides read it so.
 */
export async function readSpec(options: ReadOptions): Promise<ReadSpec> {
  const specPath = resolve(options.specPath);
  const step = stepper(specPath, options.onStep);
  const config = await loadRedoclyConfig(resolve(options.redoclyConfigPath));
  const loaded = await step('read', () => resolveSpec(specPath, config));
  checkDocument(loaded);
  // The lint is Redocly's, but examples are checked after bundling, which is much faster (examples.ts).
  const examplesRule = takeOverExamplesRule(loaded);
  const lint = options.lint !== false;
  const warnings = lint ? await step('lint', () => lintSpec(loaded)) : [];
  const bundled = await step('bundle', () => bundleSpec(loaded));
  // Every pattern must run in linear time before any example or sample is matched against it.
  if (lint)
    warnings.push(
      ...(await step(
        'lint examples',
        () => (checkPatterns(bundled, loaded.document.source), lintExamples(bundled, loaded, examplesRule)),
      )),
    );
  const { source } = loaded.document;
  const locate = (pointer: string): string => formatLocation({ source, pointer, reportOnKey: true });
  const model = await step('model', () =>
    buildModel(bundled, locate, {
      ...(options.naming ? { naming: options.naming } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
    }),
  );
  warnings.push(...model.warnings);
  return { bundled, model, locate, warnings };
}
