// Markdown the docs pages are built from, whatever spec text lands in it: shared by the Markdown
// pages (plugins/markdown/) and the events page (plugins/events/).
import type { PropertyModel } from './model/index.js';

/** One GFM table cell: a `|` even inside backticks ends a cell, and a line break the row. */
export const cell = (text: string): string =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** Inline code that no backtick in it can close. */
export const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';

/**
 * A fenced code block that its content cannot close: the fence is longer than any run of
 * backticks in it (CommonMark closes a fence only with one at least as long). Spec text reaches
 * samples (an example string with a line break and a ``` after it), and must stay code.
 */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}\n`;
}

/** A table of properties (or parameters, `withIn`): name, type, required, default, constraints, description. */
export function propertyTable(props: PropertyModel[], withIn = false): string {
  if (props.length === 0) return '_None._\n';
  const head = withIn
    ? '| name | in | type | required | default | constraints | description |\n| --- | --- | --- | --- | --- | --- | --- |'
    : '| name | type | required | default | constraints | description |\n| --- | --- | --- | --- | --- | --- |';
  const rows = props.map((p) => {
    const name = p.deprecated ? `~~${code(p.name)}~~ (deprecated)` : code(p.name);
    const cells = [
      name,
      ...(withIn ? [(p as PropertyModel & { in: string }).in] : []),
      code(p.type),
      p.required ? 'yes' : 'no',
      p.default !== undefined ? code(JSON.stringify(p.default)) : '',
      p.constraints.join('<br>'),
      p.description,
    ];
    // Every cell escaped: a `|` even inside backticks ends a GFM table cell.
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  return [head, ...rows].join('\n') + '\n';
}
