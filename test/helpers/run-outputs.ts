// `node scripts/run.mjs test/helpers/run-outputs.ts`: runs the generator's pipeline in this process
// (jest cannot load Redocly's ES modules) with several lists of outputs, and prints as JSON, for
// each run, the steps it reported, the files each output returned (with a hash of each) and the
// error it ended with, if any. test/generator/plugins/every-output-a-timed-step.test.ts reads it.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { runPipeline } from '../../scripts/generator/pipeline.js';
import { OUTPUTS, type OutputPlugin } from '../../scripts/generator/plugins/index.js';
import { PROFILES } from '../../scripts/generator/profiles.js';

// The package's own build: Seam's profile, as `npm run generate` uses it.
const PROJECT = { spec: 'spec/openapi.yaml', config: 'redocly.yaml', profile: PROFILES.seam };
const FIXTURE = { spec: 'test/fixtures/test_fixture_crud.yaml', config: 'test/fixtures/redocly.yaml' };

// What next year's MCP server would add: its own folder, exporting a plugin like this one.
const mcp: OutputPlugin = {
  name: 'mcp-server',
  writes: ['mcp.ts'],
  emit: (model, { headers }) =>
    new Map([
      ['mcp.ts', `${headers.ts}\nexport const tools = ${JSON.stringify(model.operations.map((op) => op.name))};\n`],
    ]),
};
const client = OUTPUTS.find((o) => o.name === 'client')!;
const broken: OutputPlugin = {
  name: 'cli',
  writes: ['cli.ts'],
  emit: () => {
    throw new Error('no commands');
  },
};

const RUNS: Record<
  string,
  { spec: string; config: string; outputs?: readonly OutputPlugin[]; profile?: (typeof PROFILES)[string] }
> = {
  default: PROJECT,
  'one more': { ...FIXTURE, outputs: [...OUTPUTS, mcp] },
  'mcp only': { ...FIXTURE, outputs: [mcp] },
  'client twice': { ...FIXTURE, outputs: [client, { ...client, name: 'client again' }] },
  broken: { ...FIXTURE, outputs: [broken] },
};

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

async function main(): Promise<void> {
  const report: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(RUNS)) {
    const steps: Array<[string, number]> = [];
    const wrote: Record<string, Record<string, string>> = {};
    // Each output as configured, recording what it returned.
    const outputs = (run.outputs ?? OUTPUTS).map((o): OutputPlugin => ({
      ...o,
      emit: async (model, options) => {
        const files = await o.emit(model, options);
        wrote[o.name] = Object.fromEntries([...files].map(([file, text]) => [file, sha(text)]));
        return files;
      },
    }));
    try {
      const { files } = await runPipeline({
        specPath: run.spec,
        outDir: 'generated',
        redoclyConfigPath: run.config,
        runtimeEntry: resolve('src/runtime/index.ts'),
        outputs,
        ...(run.profile ? { profile: run.profile } : {}),
        onStep: (step, ms) => steps.push([step, ms]),
      });
      report[name] = {
        steps,
        wrote,
        files: Object.fromEntries([...files].map(([file, text]) => [file, file === 'mcp.ts' ? text : sha(text)])),
      };
    } catch (err) {
      report[name] = { steps, wrote, error: (err as Error).message };
    }
  }
  console.log(JSON.stringify({ outputs: OUTPUTS.map((o) => ({ name: o.name, writes: o.writes })), report }));
}

void main();
