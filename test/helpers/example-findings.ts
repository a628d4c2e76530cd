// `node scripts/run.mjs test/helpers/example-findings.ts <spec> <redocly config>`: the examples
// check's findings on one spec, with its shortcut (scripts/generator/vouch.ts) and with ajv alone,
// as JSON. Run as its own process: Redocly is ESM, which jest's CommonJS runtime cannot load.
import { resolve } from 'node:path';
import { lintExamples, takeOverExamplesRule } from '../../scripts/generator/examples.js';
import { bundleSpec, loadRedoclyConfig, resolveSpec } from '../../scripts/generator/load.js';

async function main(): Promise<void> {
  const [spec, configPath] = process.argv.slice(2);
  const config = await loadRedoclyConfig(resolve(configPath!));
  const loaded = await resolveSpec(resolve(spec!), config);
  const rule = takeOverExamplesRule(loaded);
  const bundled = await bundleSpec(loaded);
  delete process.env.SEAM_EXAMPLES_FULL_CHECK;
  const shortcut = lintExamples(bundled, loaded, rule).sort();
  process.env.SEAM_EXAMPLES_FULL_CHECK = '1';
  const full = lintExamples(bundled, loaded, rule).sort();
  console.log(JSON.stringify({ shortcut, full }));
}

void main();
