// generated/openapi.yaml: the bundled spec as the HTML docs show it: the documented operations, one
// entry each, with x-codeSamples (the client's method, its standalone function, openapi-fetch and
// cURL) drawn from the same examples as the Markdown pages, and each error answer saying which
// error the client throws. `npm run docs` renders it to HTML with Redocly.
//
// The body is JSON, which is YAML too: the file can start with the do-not-edit comment, and
// JSON.stringify takes 25 ms on a 1000-operation spec where the fastest YAML writer (js-yaml) took
// 260 ms. Redocly reads it as the YAML it is.
import {
  followRef,
  isObjectNode,
  webhooksOf,
  type OpenApiDocument,
  type PathItem,
  type Referenced,
} from '../../document.js';
import type { ApiModel } from '../../model/index.js';
import { clientErrorClasses, documented, methodSection } from '../../method-reference.js';
import { curlExample, fetchExample, functionExample, typescriptExample } from '../../samples/index.js';

// A line that starts a Markdown block of its own (a list item, heading, quote, table row, fence or
// indented code) keeps its line break; any other single break inside a paragraph is a space.
const BLOCK_START = /^(\s{4}|\t|[-*+] |\d+[.)] |#|>|\||```|~~~)/;

/**
 * A description with its soft line breaks as spaces. Markdown renders them as spaces already, but
 * Redoc's search index joins the lines, so a spec wrapped at 100 columns showed "offlinesettings".
 */
export function softBreaksAsSpaces(text: string): string {
  const lines = text.split('\n');
  let fenced = false;
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1]!, lines[i]!];
    if (/^(```|~~~)/.test(prev.trim())) fenced = !fenced;
    const joins =
      !fenced &&
      prev.trim() !== '' &&
      line.trim() !== '' &&
      !BLOCK_START.test(line) &&
      !BLOCK_START.test(prev) &&
      !prev.endsWith('  ');
    out += joins ? ` ${line.trimStart()}` : `\n${line}`;
  }
  return out;
}

/** Every `description` string of the document, soft breaks as spaces (in place). */
function unwrapDescriptions(node: unknown): void {
  if (Array.isArray(node)) node.forEach(unwrapDescriptions);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'description' && typeof value === 'string') record[key] = softBreaksAsSpaces(value);
      else unwrapDescriptions(value);
    }
  }
}

/**
 * A path item that is a `$ref` to another (`/support/ip-address: {$ref: '#/paths/~1ip-address'}`)
 * gets a copy of its own, so that what is changed on it (its samples, a method left out) is its own.
 */
function ownPathItem(doc: OpenApiDocument, path: string): PathItem {
  const paths: Record<string, Referenced<PathItem>> = doc.paths ?? {};
  const written = paths[path];
  // The model's operations were read from these path items: each is there, and leads to an object.
  const item = followRef(doc, written).node!;
  if (item === written) return item;
  return (paths[path] = structuredClone(item));
}

/**
 * `webhookHandler`: the events output's complete handler, shown on the first webhook, so that the
 * HTML docs have the "Receiving webhooks" section the Markdown events page has.
 */
export function emitOpenApi(
  bundled: OpenApiDocument,
  model: ApiModel,
  header: string,
  webhookHandler?: string,
): string {
  const doc = structuredClone(bundled);
  // The rendered docs leave out what the Markdown leaves out (x-undocumented, x-draft); the client,
  // its types and the fake keep every operation (generated/openapi.json).
  for (const op of model.operations) {
    if (op.undocumented === undefined) continue;
    const item = ownPathItem(doc, op.path);
    for (const method of [op.method, ...op.alternativeMethods]) delete item[method];
  }
  for (const op of documented(model)) {
    const item = ownPathItem(doc, op.path);
    const target = item[op.method]!; // the model's operation: read from here
    // One entry per operation: the methods an x-operation-group (or one Fern name) makes one are
    // said on it, not listed beside it.
    if (op.alternativeMethods.length > 0) {
      const others = op.alternativeMethods.map((m) => m.toUpperCase());
      for (const m of op.alternativeMethods) delete item[m];
      target.description =
        `${target.description ?? ''}\n\nAlso accepted as ${others.join(' and ')} on this path, with the same body and answer; the client sends ${op.method.toUpperCase()}.`.trim();
    }
    // What the method does for its caller (resolves to, opting out of the wait, every error class),
    // above the HTTP view the rest of the page is.
    // The title and deprecation the Markdown docs and the client show (x-title, x-deprecated), in
    // the fields Redoc reads: its heading and sidebar entry, and its "Deprecated" badge.
    if (op.summary) target.summary = op.summary;
    if (op.deprecated) target.deprecated = true;
    // Redoc's badge says "Deprecated"; what to use instead (x-deprecated's text) goes first in the text.
    const deprecation = op.deprecationNote ? `> **Deprecated.** ${op.deprecationNote}\n\n` : '';
    target.description =
      `${deprecation}${methodSection(model, op, '####')}\n#### The HTTP call\n\n${target.description ?? ''}`.trim();
    // A sample for each way in: the client's method, its standalone function, openapi-fetch, cURL.
    const example = op.requestBody?.examples[0];
    // Redoc shows one sample per `lang`, and only those redocly.yaml lists, matched with its label.
    const sample = (lang: string, label: string, source: string | undefined) =>
      source === undefined ? [] : [{ lang, label, source }];
    target['x-codeSamples'] = [
      ...sample('TypeScript', model.sdk.client, typescriptExample(model, op, example)),
      ...sample('TypeScript-function', 'Function', functionExample(model, op, example)),
      ...sample('TypeScript-fetch', 'openapi-fetch', fetchExample(model, op, example)),
      ...sample('curl', 'cURL', curlExample(model, op, example)),
    ];
    // Each error answer says what the client throws for it, from the runtime's own table.
    for (const error of op.errors) {
      const response = followRef(doc, target.responses?.[error.status]).node;
      if (!isObjectNode(response)) continue;
      const classes = clientErrorClasses(error, model.profile)
        .map((c) => `\`${c}\``)
        .join(' or ');
      target.responses[error.status] = {
        ...response,
        description: `${response.description ?? ''}\n\nThe client throws ${classes}.`.trim(),
      };
    }
  }
  const hooks = webhooksOf(doc);
  const firstHook = webhookHandler && hooks && typeof hooks === 'object' ? Object.keys(hooks)[0] : undefined;
  if (hooks && firstHook !== undefined) {
    const item = structuredClone(followRef(doc, hooks[firstHook]).node);
    if (item !== undefined) hooks[firstHook] = item;
    if (isObjectNode(item) && isObjectNode(item.post)) {
      const how =
        "Each delivery carries `svix-id`, `svix-timestamp` and `svix-signature`. Verify it with `verifyWebhook(rawBody, headers, secret)` of the package's `webhooks` entry, on the raw body, then switch on `event_type`:";
      item.post.description =
        `${item.post.description ?? ''}\n\n#### Receiving webhooks\n\n${how}\n\n\`\`\`ts\n${webhookHandler}\n\`\`\``.trim();
    }
  }
  unwrapDescriptions(doc);
  return `${header}\n${JSON.stringify(doc, null, 2)}\n`;
}
