// What the client emitters write for a list that answers one page at a time (the model's
// pagination, scripts/generator/model/pagination.ts): its method returns a PagePromise, and its
// descriptor carries the PageRule that src/runtime/paginate.ts follows.
import type { OperationModel } from '../../model/index.js';

// As emit-client.ts quotes: JSON's escapes (control characters included), in single quotes.
const quote = (text: string): string =>
  `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

/** The operation pages and the client can ask for the next page (its role says): its method returns a PagePromise. */
export const pages = (op: OperationModel): boolean => op.role.paginated;

/** A method's return type: for a list that pages, the first page's value, iterable over its items. */
export const returnType = (op: OperationModel, promise: string): string =>
  pages(op) ? `PagePromise<${op.typeName}Result, ${op.typeName}Item>` : `${promise}<${op.typeName}Result>`;

/** A method's one line: `core.request(…)`, or `listPages(core, …)` for a list that pages. */
export const callOf = (op: OperationModel, core: string, arg: string): string =>
  pages(op)
    ? `listPages(${core}, ${op.typeName}Operation, ${arg}, options)`
    : `${core}.request(${op.typeName}Operation, ${arg}, options)`;

/** The name of the item type of a list that pages, if it is one. */
export const itemType = (op: OperationModel): string[] => (pages(op) ? [`${op.typeName}Item`] : []);

/** The descriptor's PageRule (src/runtime/operation.ts), from the model's pagination. */
export function pageRule(op: OperationModel): string {
  const p = op.pagination!;
  const list = (names: string[]) => `[${names.map(quote).join(', ')}]`;
  const fields = [
    `items: ${list(p.items)}`,
    `cursor: ${quote(p.cursor!)}`,
    ...(p.nextFromLast ? [`nextFromLast: ${quote(p.nextFromLast)}`] : [`next: ${list(p.next ?? [])}`]),
    ...(p.hasMore ? [`hasMore: ${list(p.hasMore)}`] : []),
  ];
  return `{ ${fields.join(', ')} }`;
}

/**
 * The lines a docs sample adds for a list that pages, after its first-page call `call`: every
 * item with `for await`, then page by page with `.pages()`. Compiled with the other samples.
 */
export const pagingSample = (op: OperationModel, call: string): string[] =>
  pages(op)
    ? [
        '',
        '// Every item of every page: each request carries the same filters, until the API says no page follows.',
        `for await (const item of ${call}) console.log(item);`,
        '',
        '// Page by page, with the cursor of the next one (resume with `.pages({ from: cursor })`).',
        `for await (const page of ${call}.pages()) console.log(page.items.length, page.nextCursor);`,
      ]
    : [];

/** The docs line that says how a list pages. */
export function pagingNote(op: OperationModel): string {
  if (!op.pagination) return '';
  const p = op.pagination;
  if (!pages(op))
    return 'The API answers one page at a time, but the request takes no cursor: the client resolves to the first page only.\n';
  const limit = p.limit
    ? `, the page size in \`${p.limit.name}\`${p.limit.default !== undefined ? ` (default ${p.limit.default}${p.limit.maximum !== undefined ? `, at most ${p.limit.maximum}` : ''})` : ''}`
    : '';
  return `Answers one page at a time (the cursor goes in \`${p.cursor}\`${limit}). \`await\` gives the first page; \`for await\` over the call gives every item of every page, and \`.pages()\` each page with its \`nextCursor\`.\n`;
}
