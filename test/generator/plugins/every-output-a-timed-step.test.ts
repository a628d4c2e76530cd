// The pipeline is a loop over the configured outputs (scripts/generator/plugins/index.ts): each
// output is one timed step, reported through onStep, and the run's files are exactly what the
// outputs wrote. So a new output (an MCP server, a CLI) is one folder and one line in that list.
// The runs happen in test/helpers/run-outputs.ts, a process of its own: jest cannot load Redocly.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../../helpers/paths.js';

interface Run {
  steps: Array<[string, number]>;
  wrote: Record<string, Record<string, string>>;
  files?: Record<string, string>;
  error?: string;
}
let outputs: Array<{ name: string; writes: string[] }>;
let report: Record<string, Run>;

beforeAll(() => {
  const stdout = execFileSync(process.execPath, ['scripts/run.mjs', 'test/helpers/run-outputs.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  ({ outputs, report } = JSON.parse(stdout) as { outputs: typeof outputs; report: typeof report });
}, 120_000);

const names = (run: Run): string[] => run.steps.map(([name]) => name);
const matches = (pattern: string, file: string): boolean =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`).test(file);
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('on the project spec, with the configured outputs', () => {
  it('the outputs are the schema, client, functions, HTML site, fake manifest, events and Markdown', () => {
    expect(outputs.map((o) => o.name)).toEqual([
      'schema',
      'client',
      'functions',
      'html-site',
      'fake-manifest',
      'events',
      'markdown',
    ]);
  });

  it('each output is one timed step, after the steps that read the spec, in the order of the list', () => {
    const run = report.default!;
    expect(names(run)).toEqual([
      'read',
      'lint',
      'bundle',
      'lint examples',
      'model',
      'events model',
      ...outputs.map((o) => o.name),
    ]);
    for (const [, ms] of run.steps) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
  });

  it('each output writes what it declares, and the run writes nothing else', () => {
    const run = report.default!;
    for (const output of outputs) {
      const files = Object.keys(run.wrote[output.name] ?? {});
      expect([output.name, files.length > 0]).toEqual([output.name, true]);
      for (const file of files)
        expect([output.name, file, output.writes.some((p) => matches(p, file))]).toEqual([output.name, file, true]);
    }
    expect(Object.keys(run.files!).sort()).toEqual(
      Object.values(run.wrote)
        .flatMap((files) => Object.keys(files))
        .sort(),
    );
  });

  it('the files are generated/ as committed (the loop changed no byte)', () => {
    for (const [file, hash] of Object.entries(report.default!.files!)) {
      expect([file, hash]).toEqual([file, sha(readFileSync(resolve(ROOT, 'generated', file), 'utf8'))]);
    }
  });
});

describe('a list of outputs other than the default', () => {
  it('runs one more output (an MCP server) as one more timed step, and writes its files beside the others', () => {
    const run = report['one more']!;
    expect(names(run).slice(-2)).toEqual(['markdown', 'mcp-server']);
    expect(run.files!['mcp.ts']).toMatch(
      /^\/\/ Generated from .* Do not edit.*\nexport const tools = \["testFixturePets.create",/,
    );
    expect(Object.keys(run.files!)).toEqual(
      expect.arrayContaining(['schema.ts', 'client.ts', 'functions.ts', 'operations.ts']),
    );
  });

  it('runs only the outputs it lists', () => {
    const run = report['mcp only']!;
    expect(names(run).filter((name) => outputs.some((o) => o.name === name))).toEqual([]);
    expect(Object.keys(run.files!)).toEqual(['mcp.ts']);
  });

  it('refuses two outputs that write the same file, naming the output and the file', () => {
    expect(report['client twice']!.error).toBe(
      'the client again output writes client.ts, which another output writes too',
    );
  });

  it('names an output that fails as the step that failed', () => {
    expect(report.broken!.error).toBe('the cli step failed: no commands');
  });
});
