// Step 4: the operation model. One in-memory description of every operation, built once from the
// bundled spec; the client emitter and the docs emitter both read it and never the spec.
//
// The spec extensions it reads, and what each means, are listed in extensions.ts; naming ones in
// naming/derive.ts.
import { GeneratorError, GeneratorErrors } from '../errors.js';
import { isNode, isObjectNode, type OpenApiDocument } from '../document.js';
import { nameContext } from '../naming/derive.js';
import { nameGroups } from '../naming/resolve.js';
import { readSdk } from './info-extensions.js';
import { checkOperationIds, groupOperations } from './grouping.js';
import { checkTypeNames, buildNamespaces } from './namespaces.js';
import { buildOperation } from './operations.js';
import { classifyOperations } from './classify.js';
import { inferResources } from './resources.js';
import { SpecReader } from './reader.js';
import { neutral } from '../profiles.js';
import type { ApiModel, Locate, ModelOptions, OperationModel } from './types.js';

export * from './types.js';
export { functionName } from '../naming/identifiers.js';

/**
 * The operation that returns an action attempt by its id (Seam's /action_attempts/get), found from
 * the spec: it starts none itself, takes a required `action_attempt_id`, and resolves to one object
 * with `action_attempt_id` and `status`. The client polls it while waiting, and it waits when a
 * call asks; a spec without one has methods that never wait.
 */
function markActionAttemptPoll(operations: OperationModel[]): void {
  const fieldsOf = (op: OperationModel) =>
    new Set([...op.result.fields, ...op.success.variants.flatMap((v) => v.properties.map((p) => p.name))]);
  const takesId = (op: OperationModel) =>
    [...op.parameters, ...(op.requestBody?.properties ?? [])].some((p) => p.name === 'action_attempt_id' && p.required);
  const candidates = operations.filter((op) => {
    if (op.actionAttemptType !== undefined || op.result.list || op.success.kind !== 'json' || !takesId(op))
      return false;
    const fields = fieldsOf(op);
    return fields.has('action_attempt_id') && fields.has('status');
  });
  const poll = candidates.find((op) => op.role.action === 'get') ?? candidates[0];
  if (poll) poll.pollsActionAttempts = true;
}

export function buildModel(doc: OpenApiDocument, locate: Locate = (p) => p, options: ModelOptions = {}): ApiModel {
  const problems: GeneratorError[] = [];
  const warnings: string[] = [];
  const spec = new SpecReader(doc, locate);
  const { sdk, naming } = readSdk(doc, locate, options);
  const groups = groupOperations(doc, locate, problems);
  checkOperationIds(groups, locate, problems);
  const paths = Object.keys(isObjectNode(doc.paths) ? doc.paths : {});
  const roles = classifyOperations(groups, paths);
  const names = nameGroups(locate, groups, nameContext(paths, naming), roles, warnings, problems);

  const operations: OperationModel[] = [];
  for (const [group, name] of names) {
    try {
      operations.push(buildOperation(spec, group, name, roles.get(group)!, warnings));
    } catch (err) {
      if (err instanceof GeneratorError) problems.push(err);
      else throw err;
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const schemas = doc.components?.schemas;
  inferResources(operations, isObjectNode(schemas) ? schemas : {});
  markActionAttemptPoll(operations);
  const root = buildNamespaces(operations, locate, problems);
  checkTypeNames(operations, root, locate, problems);
  if (problems.length > 0) throw new GeneratorErrors(problems);

  const securitySchemes = doc.components?.securitySchemes;
  const schemes = isObjectNode(securitySchemes) ? securitySchemes : {};
  return {
    title: String(doc.info?.title ?? 'API'),
    version: String(doc.info?.version ?? '0.0.0'),
    description: String(doc.info?.description ?? '').trim(),
    serverUrl: String(doc.servers?.[0]?.url ?? 'http://localhost').replace(/\/+$/, ''),
    sdk,
    naming,
    profile: options.profile ?? neutral,
    securitySchemes: Object.fromEntries(
      Object.entries(schemes).map(([key, raw]) => {
        // Read only for what the docs say of it, each field unknown until checked: a scheme written
        // as a $ref is shown as written.
        const s = isNode(raw) ? raw : undefined;
        return [
          key,
          {
            type: s?.type === 'http' ? `HTTP ${s.scheme}` : String(s?.type),
            description: String(s?.description ?? '').trim(),
            header: s?.type === 'http' ? 'Authorization' : String((s && 'name' in s ? s.name : undefined) ?? ''),
          },
        ];
      }),
    ),
    operations,
    root,
    warnings,
  };
}
