// Lighter types for the same API: every body, answer and parameter list that openapi-typescript
// writes more than once in `operations` is written once, and the later copies name the first.
//
// Why: an editor parses the whole schema.ts before it can answer anything. Seam's spec gives PUT,
// PATCH and POST of one operation (and POST and GET of a read) their own copy of the same body and
// answers, so its `operations` held each of them up to three times with every description as JSDoc:
// about 0.5 MB of 2.6 MB. A copy that names the first (`operations["accessCodesUpdatePut"]`) is the
// same type, with its descriptions once. test/generator/compact-operations.test.ts holds every
// operation and path of Seam's spec to the same type as before.
//
// openapi-typescript is pinned, and its printer writes one member per line at fixed indentation
// (4 spaces for an operation, 8 for its parts). A member of any other shape leaves the text as it
// is: nothing is compacted that is not read whole.

const OPERATION = /^ {4}("(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*): \{$/;
// A parameter list is short and reads best where it is; bodies and answers are what repeat at length.
const PART = /^ {8}(requestBody\??|responses): \{$/;

/** `operations["name"]` for a member name as openapi-typescript prints it (quoted or not). */
const operationRef = (name: string): string => `operations[${name.startsWith('"') ? name : JSON.stringify(name)}]`;

/** The reference that stands for a part equal to one of `owner`'s. */
function partRef(part: string, owner: string): string {
  const ref = `${operationRef(owner)}["${part.replace('?', '')}"]`;
  // An optional body's type read by index includes `undefined`; NonNullable gives back exactly the
  // type the optional member had (also under exactOptionalPropertyTypes).
  return part === 'requestBody?' ? `NonNullable<${ref}>` : ref;
}

/** The index just past the member that opens at `start` and closes with `close`, or -1. */
function closing(lines: string[], start: number, end: number, close: string): number {
  for (let i = start + 1; i < end; i++) if (lines[i] === close) return i;
  return -1;
}

/** Compacts the body of `export interface operations { … }`; null if any member is not as expected. */
function compactMembers(lines: string[], start: number, end: number): string[] | null {
  const out: string[] = [];
  const wholeOwner = new Map<string, string>();
  const partOwner = new Map<string, string>();
  for (let i = start; i < end;) {
    const name = OPERATION.exec(lines[i]!)?.[1];
    if (name === undefined) return null;
    const last = closing(lines, i, end, '    };');
    if (last < 0) return null;
    const inner = lines.slice(i + 1, last);
    const whole = inner.join('\n');
    const owner = wholeOwner.get(whole);
    if (owner !== undefined) {
      out.push(`    ${name}: ${operationRef(owner)};`);
    } else {
      wholeOwner.set(whole, name);
      out.push(lines[i]!);
      for (let k = 0; k < inner.length;) {
        const part = PART.exec(inner[k]!)?.[1];
        const partEnd = part === undefined ? -1 : closing(inner, k, inner.length, '        };');
        if (part === undefined || partEnd < 0) {
          out.push(inner[k]!);
          k++;
          continue;
        }
        const key = `${part}\n${inner.slice(k + 1, partEnd).join('\n')}`;
        const partOwnerName = partOwner.get(key);
        if (partOwnerName !== undefined) out.push(`        ${part}: ${partRef(part, partOwnerName)};`);
        else {
          partOwner.set(key, name);
          out.push(...inner.slice(k, partEnd + 1));
        }
        k = partEnd + 1;
      }
      out.push(lines[last]!);
    }
    i = last + 1;
  }
  return out;
}

/** In `paths`, a method's JSDoc that repeats the one just before it in the same path is dropped. */
function dropRepeatedPathDocs(lines: string[], start: number, end: number): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (/^ {4}\S/.test(line)) previous = undefined;
    if (!line.startsWith('        /**')) {
      out.push(line);
      continue;
    }
    let last = i;
    while (last < end && !lines[last]!.endsWith('*/')) last++;
    const block = lines.slice(i, last + 1).join('\n');
    if (block !== previous) out.push(...lines.slice(i, last + 1));
    previous = block;
    i = last;
  }
  return out;
}

/** The lines strictly inside `export interface <name> {` … `}`, or null. */
function interfaceBody(lines: string[], name: string): { start: number; end: number } | null {
  const open = lines.indexOf(`export interface ${name} {`);
  if (open < 0) return null;
  const close = lines.indexOf('}', open + 1);
  return close < 0 ? null : { start: open + 1, end: close };
}

/** openapi-typescript's output with each repeated operation, part and path JSDoc written once. */
export function compactOperations(text: string): string {
  let lines = text.split('\n');
  const paths = interfaceBody(lines, 'paths');
  if (paths)
    lines = [
      ...lines.slice(0, paths.start),
      ...dropRepeatedPathDocs(lines, paths.start, paths.end),
      ...lines.slice(paths.end),
    ];
  const operations = interfaceBody(lines, 'operations');
  if (!operations) return lines.join('\n');
  const members = compactMembers(lines, operations.start, operations.end);
  if (!members) return lines.join('\n');
  return [...lines.slice(0, operations.start), ...members, ...lines.slice(operations.end)].join('\n');
}
