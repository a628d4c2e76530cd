// The whole generator, step by step: read, lint, bundle, lint examples, model, events model, then
// each configured output (plugins/index.ts) in turn. Writes nothing; returns the files and each
// step's time. Used by the CLI and the benchmark.
//
// The lint runs on the main thread before anything else: running it in a worker beside the other
// steps was measured on the 2-core machines this project uses and gained nothing.
import { relative, resolve } from 'node:path';
import { GeneratorError } from './errors.js';
import { posix, readSpec, stepper } from './read.js';
import type { ApiModel } from './model/index.js';
import type { NamingStrategy } from './naming/derive.js';
import type { Profile } from '../../src/profiles/profile.js';
import type { FileSet } from './output.js';
import { buildEventsModel } from './plugins/events/model.js';
import { OUTPUTS, type Headers, type OutputPlugin } from './plugins/index.js';

export interface PipelineOptions {
  specPath: string;
  outDir: string;
  redoclyConfigPath: string;
  /** Absolute path of the runtime entry (src/runtime/index.ts) that the client imports. */
  runtimeEntry: string;
  /** How method names are derived (naming/derive.ts); overrides the spec's `info.x-sdk.naming`. */
  naming?: NamingStrategy;
  /** The vendor's choices the outputs write with (profiles.ts): neutral when not given. */
  profile?: Profile;
  /** The outputs to write, in order (plugins/index.ts); each is a step of its own. */
  outputs?: readonly OutputPlugin[];
  /** Called after each step with its name and milliseconds: the reading steps, then one per output. */
  onStep?: (step: string, ms: number) => void;
}

export interface PipelineResult {
  files: FileSet;
  model: ApiModel;
  warnings: string[];
}

function headers(specPath: string): Headers {
  // Escaped onto one line: a file name may hold a newline, which would end the header's comment
  // and put the rest of the name into the file as code; `-->` would end the Markdown comment.
  const source = posix(relative(process.cwd(), specPath))
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/-->/g, '--\\>');
  const text = `Generated from ${source} by scripts/generate.ts. Do not edit: change the spec or the generator, then run \`npm run generate\`.`;
  return { ts: `// ${text}`, md: `<!-- ${text} -->`, yaml: `# ${text}`, text };
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const specPath = resolve(options.specPath);
  const step = stepper(specPath, options.onStep);
  const { bundled, model, locate, warnings } = await readSpec(options);
  const events = await step('events model', () => buildEventsModel(bundled, locate));

  let runtimeImport = posix(relative(resolve(options.outDir), options.runtimeEntry)).replace(/\.ts$/, '.js');
  if (!runtimeImport.startsWith('.')) runtimeImport = `./${runtimeImport}`;
  const outputOptions = { document: bundled, locate, headers: headers(specPath), runtimeImport, events };
  const files: FileSet = new Map();
  for (const output of options.outputs ?? OUTPUTS) {
    const written = await step(output.name, () => output.emit(model, outputOptions));
    for (const [file, text] of written) {
      // Two outputs writing one file would leave whichever ran last: a mistake in the list.
      if (files.has(file))
        throw new GeneratorError(
          'internal-error',
          `the ${output.name} output writes ${file}, which another output writes too`,
          posix(relative(process.cwd(), specPath)),
        );
      files.set(file, text);
    }
  }
  return { files, model, warnings };
}
