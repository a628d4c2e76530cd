// The client's tree of namespace classes, and the exported names every operation claims.
import { GeneratorError } from '../errors.js';
import { functionName, typeIdentifier } from '../naming/identifiers.js';
import { pointerOf } from '../../../src/openapi/refs.js';
import type { Locate, NamespaceModel, OperationModel } from './types.js';

export function buildNamespaces(
  operations: OperationModel[],
  locate: Locate,
  problems: GeneratorError[],
): NamespaceModel {
  const root: NamespaceModel = { name: '', path: [], className: 'GeneratedClient', namespaces: [], operations: [] };
  // `issue.properties` and `issueProperties` would both be IssuePropertiesNamespace: the second
  // one made gets a number. Operations come sorted, so the numbering is stable.
  const classNames = new Set<string>();
  const className = (path: string[]): string => {
    const stem = typeIdentifier(path);
    let name = `${stem}Namespace`;
    for (let i = 2; classNames.has(name); i++) name = `${stem}${i}Namespace`;
    classNames.add(name);
    return name;
  };
  for (const op of operations) {
    let node = root;
    for (const part of op.namespacePath) {
      let child = node.namespaces.find((n) => n.name === part);
      if (!child) {
        const path = [...node.path, part];
        child = { name: part, path, className: className(path), namespaces: [], operations: [] };
        node.namespaces.push(child);
      }
      node = child;
    }
    node.operations.push(op);
  }
  // A method and a nested namespace of one name would be the same property.
  const walk = (node: NamespaceModel): void => {
    for (const op of node.operations) {
      if (node.namespaces.some((n) => n.name === op.methodName)) {
        problems.push(
          new GeneratorError(
            'duplicate-method-name',
            `${op.method.toUpperCase()} ${op.path} becomes ${op.name}, which is also a namespace of other methods; give it an x-fern-sdk-method-name`,
            locate(pointerOf('paths', op.path, op.method)),
          ),
        );
      }
    }
    node.namespaces.forEach(walk);
  };
  walk(root);
  return root;
}

/** Two operations whose exported names would be the same (`a_b` and `aB`). */
export function checkTypeNames(
  operations: OperationModel[],
  root: NamespaceModel,
  locate: Locate,
  problems: GeneratorError[],
): void {
  const owners = new Map<string, string>();
  const claim = (identifier: string, owner: string, pointer: string) => {
    const previous = owners.get(identifier);
    if (previous && previous !== owner) {
      problems.push(
        new GeneratorError(
          'duplicate-type-name',
          `${owner} and ${previous} both need the exported name ${identifier}; give one an x-fern-sdk-method-name`,
          locate(pointer),
        ),
      );
    }
    owners.set(identifier, owner);
  };
  const classes = (ns: NamespaceModel): void => {
    claim(ns.className, `namespace ${ns.path.join('.') || '(root)'}`, '#/paths');
    ns.namespaces.forEach(classes);
  };
  classes(root);
  for (const op of operations) {
    const pointer = pointerOf('paths', op.path, op.method);
    for (const suffix of ['Body', 'Request', 'Response', 'Result', 'Operation'])
      claim(`${op.typeName}${suffix}`, op.name, pointer);
    claim(functionName(op), op.name, pointer);
  }
}
