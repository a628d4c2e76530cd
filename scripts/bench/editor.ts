// A consumer's editor with the whole Seam API: `tsc --strict` on a file that calls one method,
// against the generated client's declarations (emitted by `tsc --declaration`, as a built package
// ships them) and against @seamapi/http, Seam's own SDK (pinned in test/corpus/package.json).
// Part of `npm run bench:generate -- --corpus`; `-- --corpus --editor` runs it alone.
//
// The machine is shared, so the two commands alternate (ours, theirs, then theirs, ours: each side
// goes first as often) for at least 5 rounds, and each side's median is printed: wall time from
// spawn to exit, CPU time (user + system, less sensitive to other tenants' load than wall time),
// and peak RSS, all of the tsc process itself, read at its exit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { requireCorpus } from '../../test/corpus/specs.js';

export interface EditorRun {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

interface Footprint {
  files: number;
  lines: number;
  bytes: number;
}

export interface EditorResult {
  ours: EditorRun[];
  theirs: EditorRun[];
  /** The declaration files each side's program reads (TypeScript's own lib files left out). */
  footprint: { ours: Footprint; theirs: Footprint };
}

// Loaded into tsc's process with --import: at exit, writes its CPU time and peak RSS to stderr.
const USAGE_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write("\\nbench-usage "+JSON.stringify({cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,peakRssMb:u.maxRSS/1024})+"\\n")})';

const COMPILER_OPTIONS = {
  strict: true,
  skipLibCheck: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022', 'DOM'],
  types: [],
};

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** tsc in a process of its own; stops the benchmark on any error (a type error included). */
function tsc(root: string, args: string[], cwd: string): { stdout: string; run: EditorRun } {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', USAGE_HOOK, resolve(root, 'node_modules/typescript/bin/tsc'), ...args],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wallMs = performance.now() - started;
  const usage = /^bench-usage (.*)$/m.exec(child.stderr ?? '')?.[1];
  if (child.status !== 0 || !usage)
    throw new Error(`bench editor: tsc ${args.join(' ')} failed:\n${child.stdout ?? ''}${child.stderr ?? child.error}`);
  return { stdout: child.stdout, run: { wallMs, ...(JSON.parse(usage) as { cpuMs: number; peakRssMb: number }) } };
}

/** Files, lines and bytes of what a program reads besides TypeScript's own lib files. */
function footprint(root: string, tsconfig: string, cwd: string): Footprint {
  const files = tsc(root, ['-p', tsconfig, '--listFilesOnly'], cwd)
    .stdout.split('\n')
    .filter((f) => f && !f.includes('/typescript/lib/'));
  let lines = 0;
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    lines += text.split('\n').length;
  }
  return { files: files.length, lines, bytes };
}

/**
 * Emits the declarations of the client generated in `generatedDir` into `editorDir`, writes the
 * two consumer files, and times tsc on each for `rounds` alternating rounds.
 */
export function benchEditor(root: string, generatedDir: string, editorDir: string, rounds: number): EditorResult {
  // @seamapi/http is read from the corpus's own install: without it, say how to get it.
  requireCorpus(root);
  rmSync(editorDir, { recursive: true, force: true });
  mkdirSync(editorDir, { recursive: true });
  const declConfig = join(editorDir, 'tsconfig.decl.json');
  writeFileSync(
    declConfig,
    JSON.stringify({
      compilerOptions: {
        ...COMPILER_OPTIONS,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: 'decl',
        rootDir: root,
      },
      files: [join(generatedDir, 'client.ts')],
    }),
  );
  tsc(root, ['-p', declConfig], editorDir);
  const declared = `./decl/${relative(root, generatedDir).split('\\').join('/')}/client.js`;
  const consumer = (importLine: string, type: string) =>
    `${importLine}\ndeclare const seam: ${type};\nconst code = await seam.accessCodes.get({ access_code_id: 'x' });\nconsole.log(code.name);\nexport {};\n`;
  writeFileSync(
    join(editorDir, 'ours.ts'),
    consumer(`import type { GeneratedClient } from '${declared}';`, 'GeneratedClient'),
  );
  writeFileSync(
    join(editorDir, 'theirs.ts'),
    consumer(`import type { SeamHttp } from '@seamapi/http/connect';`, 'SeamHttp'),
  );
  const sides = ['ours', 'theirs'] as const;
  const config = (who: string) => join(editorDir, `tsconfig.${who}.json`);
  for (const who of sides)
    writeFileSync(
      config(who),
      JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, noEmit: true }, files: [`${who}.ts`] }),
    );
  const result: EditorResult = {
    ours: [],
    theirs: [],
    footprint: {
      ours: footprint(root, config('ours'), editorDir),
      theirs: footprint(root, config('theirs'), editorDir),
    },
  };
  for (let round = 0; round < rounds; round++) {
    for (const who of round % 2 === 0 ? sides : [...sides].reverse())
      result[who].push(tsc(root, ['-p', config(who)], editorDir).run);
  }
  return result;
}

/** The Markdown table of one result: each side's medians, the ratios, and every round. */
export function editorTable(result: EditorResult): string {
  const m = (who: 'ours' | 'theirs', key: keyof EditorRun) => median(result[who].map((r) => r[key]));
  const ratio = (key: keyof EditorRun) => `${(m('ours', key) / m('theirs', key)).toFixed(2)}×`;
  const row = (label: string, who: 'ours' | 'theirs') => {
    const f = result.footprint[who];
    return `| ${label} | ${m(who, 'wallMs').toFixed(0)} | ${m(who, 'cpuMs').toFixed(0)} | ${m(who, 'peakRssMb').toFixed(0)} | ${f.files} | ${f.lines} | ${(f.bytes / 1e6).toFixed(2)} |`;
  };
  const each = (who: 'ours' | 'theirs') =>
    result[who].map((r) => `${r.wallMs.toFixed(0)}/${r.cpuMs.toFixed(0)}`).join(', ');
  return [
    `| client | median ms wall | median ms CPU | median peak RSS MB | declaration files | lines | MB |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('this client (declarations)', 'ours'),
    row('@seamapi/http', 'theirs'),
    `| ratio | ${ratio('wallMs')} | ${ratio('cpuMs')} | ${ratio('peakRssMb')} | | | |`,
    '',
    `${result.ours.length} alternating rounds. Each round, wall/CPU ms: this client ${each('ours')}; @seamapi/http ${each('theirs')}.`,
  ].join('\n');
}
