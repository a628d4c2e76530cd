// Names every group of methods, and settles clashes: the other strategy, then path parameters,
// else a located error naming the fixes. Names that would break a class are guarded.
import { GeneratorError, type Locate } from '../errors.js';
import { urlPathOf } from '../../../src/openapi/url-path.js';
import { deriveName, type DerivedName, type NameContext, type NamingInput, type NamingTarget } from './derive.js';
import { identifierProblem, memberProblem, pascalCase } from './identifiers.js';

/** Renames a derived name that would break its class (`then` → `then_`), with a warning. */
function guardName(name: DerivedName, raw: NamingTarget, locate: Locate, warnings: string[]): DerivedName {
  const parts = [...name.namespacePath, name.methodName];
  const guarded = parts.map((part, i) => {
    const problem = memberProblem(part, i === 0);
    if (!problem) return part;
    warnings.push(
      `${locate(raw.pointer)} renamed-method: ${problem}, so ${parts.join('.')} uses "${part}_"; set x-fern-sdk-method-name to choose another`,
    );
    return `${part}_`;
  });
  for (const part of guarded) {
    const problem = identifierProblem(part);
    if (problem)
      throw new GeneratorError('invalid-method-name', `${problem}; set x-fern-sdk-method-name`, locate(raw.pointer));
  }
  return { ...name, namespacePath: guarded.slice(0, -1), methodName: guarded.at(-1)! };
}

const dottedName = (name: DerivedName): string => [...name.namespacePath, name.methodName].join('.');

/**
 * Names every group. Where two names derived by the chosen strategy clash (GET /pets/{id} and
 * GET /pets/{id}/{version} both reading as pets.get), those operations are named by the other
 * strategy instead; a clash left after that is a located error naming the fixes.
 */
export function nameGroups<Group extends readonly NamingTarget[]>(
  locate: Locate,
  groups: Group[],
  context: NameContext,
  roles: ReadonlyMap<Group, NamingInput['role']>,
  warnings: string[],
  problems: GeneratorError[],
): Map<Group, DerivedName> {
  const spec = { locate };
  const derive = (group: Group, ctx: NameContext): DerivedName => {
    const { path, method, op, pointer, extensions } = group[0]!;
    const input: NamingInput = {
      path,
      method,
      op,
      ...(extensions.vendorName ? { vendorName: extensions.vendorName } : {}),
      role: roles.get(group)!,
    };
    const where = (key?: string) => spec.locate(key ? `${pointer}/${key}` : pointer);
    const name = deriveName(input, ctx, where);
    if (name.source === 'method') {
      warnings.push(
        `${where()} unnamed-operation: neither the path nor an operationId names ${method.toUpperCase()} ${path}, so it is ${name.methodName}(), after its HTTP method; set x-fern-sdk-method-name (and x-fern-sdk-group-name) to choose`,
      );
    }
    return guardName(name, group[0]!, spec.locate, warnings);
  };
  const names = new Map<Group, DerivedName>();
  for (const group of groups) {
    try {
      names.set(group, derive(group, context));
    } catch (err) {
      if (err instanceof GeneratorError) problems.push(err);
      else throw err;
    }
  }
  const byName = (): Map<string, Group[]> => {
    const out = new Map<string, Group[]>();
    for (const [group, name] of names) out.set(dottedName(name), [...(out.get(dottedName(name)) ?? []), group]);
    return out;
  };
  const other: NameContext = { ...context, strategy: context.strategy === 'path' ? 'operationId' : 'path' };
  // A method named like a namespace (`a.b` beside `a.b.c`) clashes too.
  const namespaces = new Set(
    [...names.values()].flatMap((n) => n.namespacePath.map((_, i) => n.namespacePath.slice(0, i + 1).join('.'))),
  );
  const clashes = [...byName().entries()]
    .filter(([name, list]) => list.length > 1 || namespaces.has(name))
    .map(([, list]) => list);
  for (const clashing of clashes) {
    // A name the spec gives outright is never a reason to rename another operation.
    if (clashing.some((g) => names.get(g)!.source !== context.strategy)) continue;
    for (const group of clashing) {
      if (names.get(group)!.source !== context.strategy) continue;
      const renamed = derive(group, other);
      if (renamed.source !== other.strategy) continue;
      const before = dottedName(names.get(group)!);
      warnings.push(
        `${spec.locate(group[0]!.pointer)} renamed-method: ${before} is taken by another operation under ${context.strategy} naming, ` +
          `so ${group[0]!.method.toUpperCase()} ${group[0]!.path} is ${dottedName(renamed)} (from its ${other.strategy}); set x-fern-sdk-method-name (and x-fern-sdk-group-name) to choose`,
      );
      names.set(group, renamed);
    }
  }
  // Still clashing, and every name derived: told apart by the path parameters each has and the
  // others lack (`PUT /connectors` stays connectors.update, `PUT /connectors/{id}` becomes
  // connectors.updateById), as the spec gives nothing better to go by.
  const derivedSources = new Set<string>(['path', 'operationId', 'method']);
  for (const [, clashing] of byName()) {
    if (clashing.length < 2 || clashing.some((g) => !derivedSources.has(names.get(g)!.source))) continue;
    const paramsOf = (g: Group) => [...urlPathOf(g[0]!.path).matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const shared = paramsOf(clashing[0]!).filter((p) => clashing.every((g) => paramsOf(g).includes(p)));
    const own = new Map(clashing.map((g) => [g, paramsOf(g).filter((p) => !shared.includes(p))] as const));
    // One operation may keep the name: the one with no parameter of its own, if there is one such.
    if ([...own.values()].filter((ps) => ps.length === 0).length > 1) continue;
    for (const group of clashing) {
      const params = own.get(group)!;
      const suffix = params.map((p) => pascalCase(p)).join('And');
      if (!suffix) continue;
      const before = names.get(group)!;
      const renamed = { ...before, methodName: `${before.methodName}By${suffix}` };
      warnings.push(
        `${spec.locate(group[0]!.pointer)} renamed-method: ${dottedName(before)} is taken by another operation, ` +
          `so ${group[0]!.method.toUpperCase()} ${group[0]!.path} is ${dottedName(renamed)} (after its path parameters); set x-fern-sdk-method-name (and x-fern-sdk-group-name) to choose`,
      );
      names.set(group, renamed);
    }
  }
  for (const [name, clashing] of byName()) {
    if (clashing.length < 2) continue;
    const list = clashing.map((g) => `${g[0]!.method.toUpperCase()} ${g[0]!.path}`).join(' and ');
    for (const group of clashing) {
      problems.push(
        new GeneratorError(
          'duplicate-method-name',
          `${list} ${clashing.length === 2 ? 'both' : 'all'} become ${name}; give one an x-fern-sdk-method-name, mark them as alternatives with one x-operation-group, or choose another --naming`,
          spec.locate(group[0]!.pointer),
        ),
      );
      names.delete(group);
    }
  }
  return names;
}
