// Compares two specs: Redocly's classification plus the client-surface view. Each side is read as
// the generator reads a spec (its readSpec: bundled, then the model, with no lint: a release's spec
// is compared as it was released) and written as JSON, so YAML aliases are expanded and a refactor
// that changes nothing on the wire (an alias spelled out, a multi-file spec) reports nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSpec, loadRedoclyConfig, resolveSpec, type OpenApiDocument } from '../generator/load.js';
import { readSpec } from '../generator/read.js';
import { methodsByComponent } from './reach.js';
import { redoclyDiff } from './redocly-diff.js';
import { buildReport, type DiffReport } from './report.js';
import { compareSurface, type Side } from './surface.js';

/** A spec bundled into one alias-free document. */
export async function bundleFile(projectRoot: string, path: string): Promise<OpenApiDocument> {
  const config = await loadRedoclyConfig(`${projectRoot}/redocly.yaml`);
  return bundleSpec(await resolveSpec(path, config));
}

export async function compareSpecs(projectRoot: string, basePath: string, revisionPath: string): Promise<DiffReport> {
  const dir = mkdtempSync(join(tmpdir(), 'seam-spec-diff-'));
  const side = async (path: string, name: string): Promise<Side & { file: string }> => {
    const { bundled: doc, model } = await readSpec({
      specPath: path,
      redoclyConfigPath: `${projectRoot}/redocly.yaml`,
      lint: false,
    });
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(doc));
    return { doc, model, reach: methodsByComponent(doc, model), file };
  };
  // Redocly's diff reads files, so both sides are written out; the folder goes when the diff is done.
  try {
    const [base, revision] = [await side(basePath, 'base'), await side(revisionPath, 'revision')];
    const diff = redoclyDiff(projectRoot, base.file, revision.file);
    return buildReport(diff, base, revision, compareSurface(base, revision, diff.changes));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
