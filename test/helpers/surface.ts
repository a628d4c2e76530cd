/** The method signatures of a generated client.ts, one a line, in the order they are emitted. */
export function methodSurface(client: string): string {
  const lines: string[] = [];
  let namespace = '';
  for (const line of client.split('\n')) {
    const cls = /^export class (\w+)/.exec(line);
    if (cls) namespace = cls[1]!;
    const method = /^ {2}([\w$]+)\((.*)\): (\w*Promise<.*>) \{$/.exec(line);
    if (method) lines.push(`${namespace}.${method[1]}(${method[2]}): ${method[3]}`);
  }
  // A signature this no longer reads must fail the snapshot, not empty it.
  if (lines.length === 0 && client.includes('.request('))
    throw new Error('methodSurface: the client has methods, but none matched');
  return lines.join('\n');
}
