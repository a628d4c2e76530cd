// Turns spec names (path segments, tags) into TypeScript identifiers, and checks them.

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with implements interface let package private protected public static ' +
    'yield await arguments eval constructor prototype __proto__'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words
    .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

export function pascalCase(name: string): string {
  const c = camelCase(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** Why `name` cannot be a method or property name, or undefined when it can. */
export function identifierProblem(name: string): string | undefined {
  if (!IDENTIFIER.test(name)) return `"${name}" is not a valid identifier`;
  if (RESERVED.has(name)) return `"${name}" is a reserved word`;
  return undefined;
}
