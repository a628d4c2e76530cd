// `node scripts/run.mjs test/helpers/schema-types.ts <spec> <redocly config> <out dir>`: the schema
// types of one spec as openapi-typescript prints them (raw.ts) and as the generator writes them,
// compacted (compact.ts). Run as its own process: Redocly is ESM, which jest's CommonJS runtime
// cannot load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleSpec, loadRedoclyConfig, resolveSpec } from '../../scripts/generator/load.js';
import { emitSchemaTypes } from '../../scripts/generator/plugins/schema/emit-schema.js';

async function main(): Promise<void> {
  const [spec, configPath, out] = process.argv.slice(2);
  const config = await loadRedoclyConfig(resolve(configPath!));
  const bundled = await bundleSpec(await resolveSpec(resolve(spec!), config));
  const locate = (pointer: string) => pointer;
  mkdirSync(out!, { recursive: true });
  writeFileSync(join(out!, 'raw.ts'), emitSchemaTypes(bundled, locate, { compact: false }));
  writeFileSync(join(out!, 'compact.ts'), emitSchemaTypes(bundled, locate));
}

void main();
