// Turns spec names (path segments, tags) into TypeScript identifiers, and checks them.
//
// Reserved words (`delete`, `return`, `import`, `new`, `default`, `void`, …) are legal class
// member names in JavaScript, so `seam.accessCodes.delete()` is fine. Only names that really break
// are guarded: `constructor` (a class member of that name is the constructor), `then` (it would
// make a namespace or the client look like a promise to `await`), the members every object has
// from Object.prototype (`toString`, `valueOf`, `hasOwnProperty`, `__proto__`, …: a namespace
// named so would replace what every caller and library expects of an object), and, at the top
// level, the members the hand-written client adds (src/client.ts: `api`, the escape hatch).
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Words that cannot name a function declaration (they can name a method). */
export const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function ' +
    'if import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval'
  ).split(' '),
);

/** Members every generated class has, or that a namespace must not have. */
const GUARDED_MEMBERS = new Set(['then', ...Object.getOwnPropertyNames(Object.prototype)]);
/** Members of the client class itself (src/client.ts), which top-level methods must not shadow. */
export const CLIENT_MEMBERS = new Set(['api', 'endpoint', 'use', 'eject']);

/** `word` with a leading acronym in lower case: `GET` → `get`, `URLShortener` → `urlShortener`, `AddTags` → `addTags`. */
const lowerFirst = (word: string): string => {
  const acronym = /^[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/.exec(word)?.[0] ?? word.charAt(0);
  return acronym.toLowerCase() + word.slice(acronym.length);
};

export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? lowerFirst(w) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

export function pascalCase(name: string): string {
  const c = camelCase(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** Why `name` cannot be a method or property name, or undefined when it can. */
export function identifierProblem(name: string): string | undefined {
  if (!IDENTIFIER.test(name)) return `"${name}" is not a valid identifier`;
  return undefined;
}

/** Why `name` cannot be a member at this level (`topLevel`: of the client itself). */
export function memberProblem(name: string, topLevel: boolean): string | undefined {
  if (GUARDED_MEMBERS.has(name)) {
    const why =
      name === 'then'
        ? 'it would make the object thenable'
        : name === 'constructor'
          ? 'it is the class constructor'
          : 'every object has it from Object.prototype';
    return `"${name}" cannot be a member name (${why})`;
  }
  if (topLevel && CLIENT_MEMBERS.has(name)) return `"${name}" is a member of the client itself`;
  return undefined;
}

/** The standalone function of an operation (generated/client.ts): its type name in camelCase. */
export function functionName(op: { typeName: string }): string {
  const name = op.typeName.charAt(0).toLowerCase() + op.typeName.slice(1);
  return RESERVED_WORDS.has(name) ? `${name}Operation` : name;
}

/** The PascalCase stem of exported names for a dotted name (`_3dSecure` stays legal as `_3dSecure…`). */
export function typeIdentifier(parts: string[]): string {
  const stem = pascalCase(parts.join('_'));
  return /^[A-Za-z]/.test(stem) ? stem : `_${stem}`;
}
