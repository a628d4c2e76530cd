// Compares two spec files: Redocly's classification plus the client-surface view.
import { bundleSpec, loadRedoclyConfig, resolveSpec } from '../generator/load.js';
import { buildModel } from '../generator/model.js';
import { redoclyDiff } from './redocly-diff.js';
import { buildReport, type DiffReport } from './report.js';
import { compareSurface } from './surface.js';

export async function compareSpecs(projectRoot: string, basePath: string, revisionPath: string): Promise<DiffReport> {
  const config = await loadRedoclyConfig(`${projectRoot}/redocly.yaml`);
  const model = async (path: string) => buildModel(await bundleSpec(await resolveSpec(path, config)));
  const [base, revision] = [await model(basePath), await model(revisionPath)];
  const diff = redoclyDiff(projectRoot, basePath, revisionPath);
  return buildReport(diff, base, revision, compareSurface(base, revision, diff.changes));
}
