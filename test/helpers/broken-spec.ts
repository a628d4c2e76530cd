import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadSpec, type Json } from './spec.js';

/** Writes a copy of the project spec, changed by `mutate`, to a fresh temp dir; returns its path. */
export function writeSpecCopy(mutate: (spec: Json) => void, name = 'openapi.yaml'): string {
  const spec = structuredClone(loadSpec());
  mutate(spec);
  const path = join(mkdtempSync(join(tmpdir(), 'seam-spec-')), name);
  // Written without YAML aliases: shared nodes spelled out in full.
  writeFileSync(path, stringify(spec, { aliasDuplicateObjects: false }));
  return path;
}
