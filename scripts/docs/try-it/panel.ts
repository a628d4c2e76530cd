// The docs page's "Try it" panel: every operation, its parameters and body filled from the spec's
// examples and editable, sent to the project's own fake running in the page (stateful, validating,
// offline), or to the real API with a key the reader pastes. Beside a failed answer it names the
// error the client would throw, made by the client's own code (src/runtime), so the two cannot
// differ. It runs in the browser, bundled into the page by scripts/docs/build.ts. It names no vendor:
// the profile the generator wrote with (try-it.json) gives the error envelope and the fake's rules.
import type { TryItProfile } from '../../../src/profiles/try-it-profile.js';
import { DEFAULTS } from '../../../src/runtime/options.js';
import { isPathSegment } from '../../../src/runtime/params.js';
import { readCapped } from '../../../src/runtime/read-body.js';
import { redactText } from '../../../src/runtime/redact.js';
import type { CoreFakeOptions } from '../../../src/testing/fake.js';
import type { TryItOperation } from '../../generator/plugins/html-site/try-it.js';
import { errorLine } from './error-line.js';

export interface TryItConfig {
  /** The profile's part of the panel (its try-it.ts), chosen by the bundle from try-it.json. */
  profile: TryItProfile;
  /** The spec the page's fake serves, and the generator's manifest of it (generated/operations.ts): its routes are read, never derived again. */
  fake: Pick<CoreFakeOptions, 'spec' | 'operations' | 'routes' | 'resources' | 'seeds'>;
  serverUrl: string;
  operations: TryItOperation[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

const STYLE = `
#try-it-toggle { position: fixed; right: 16px; bottom: 88px; z-index: 1000; padding: 10px 16px; border-radius: 20px; border: 0; background: #1e5fb4; color: #fff; font: 600 14px system-ui, sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
#try-it { position: fixed; right: 0; top: 0; bottom: 0; width: min(480px, 100vw); z-index: 1001; background: #fff; color: #222; box-shadow: -2px 0 12px rgba(0,0,0,.2); font: 14px system-ui, sans-serif; display: flex; flex-direction: column; }
#try-it[hidden] { display: none; }
#try-it header { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px; border-bottom: 1px solid #ddd; }
#try-it .body { padding: 10px 14px; overflow: auto; flex: 1; }
#try-it label { display: block; margin: 8px 0 2px; font-weight: 600; }
#try-it input, #try-it select, #try-it textarea { width: 100%; box-sizing: border-box; font: 13px ui-monospace, monospace; padding: 6px; }
#try-it textarea { min-height: 140px; }
#try-it pre { white-space: pre-wrap; word-break: break-word; background: #f5f5f5; padding: 8px; max-height: 40vh; overflow: auto; }
#try-it .note { color: #555; font-size: 12px; }
#try-it .error-class { color: #a40000; font-weight: 600; }
#try-it button.send { margin-top: 10px; padding: 8px 14px; background: #1e5fb4; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
`;

/** The operation Redoc shows, from its URL: `#/<tag>/<operationId, lower-cased>`. */
const shownOperation = (): string | undefined => decodeURIComponent(location.hash).split('/').pop()?.toLowerCase();

export function mountTryIt(config: TryItConfig): void {
  const { fake, token, fromExample } = config.profile.fake({ ...config.fake, actionAttempts: { pollsToFinish: 0 } });
  // The key for the real API lives in this closure only: never stored, never logged.
  let apiKey = '';

  // What the spec's examples name exists in the fake, as in a reader's workspace: every id the
  // docs' samples pass (the generator's seeds), and what the fake's rules read from a body (a
  // device, a group's common_code_key). From then on the reader's own calls change it (a delete,
  // then a get, is a 404).
  fake.seed.examples();
  for (const op of config.operations) {
    try {
      if (op.body && fromExample) fromExample(JSON.parse(op.body));
    } catch {
      // a body that is not JSON names nothing
    }
  }
  document.head.append(el('style', { textContent: STYLE }));
  const panel = el('section', { id: 'try-it', hidden: true });
  panel.setAttribute('aria-label', 'Try it');
  const toggle = el('button', { id: 'try-it-toggle', textContent: 'Try it' });
  const select = el('select', { id: 'try-it-operation' });
  for (const op of config.operations)
    select.append(
      el('option', { value: op.operationId, textContent: `${op.name} — ${op.method.toUpperCase()} ${op.path}` }),
    );
  const target = el('select', { id: 'try-it-target' });
  target.append(
    el('option', { value: 'fake', textContent: 'The fake, in this page (no account needed)' }),
    el('option', { value: 'real', textContent: `The real API (${config.serverUrl})` }),
  );
  const key = el('input', { id: 'try-it-key', type: 'password', autocomplete: 'off', placeholder: 'Your API key' });
  const keyRow = el(
    'form',
    { hidden: true, onsubmit: (e: Event) => e.preventDefault() },
    el('label', { htmlFor: 'try-it-key', textContent: 'API key' }),
    key,
    el('p', {
      className: 'note',
      textContent: 'Kept in this page\u2019s memory only: never stored, never logged, gone when you leave.',
    }),
  );
  const fields = el('div', { id: 'try-it-fields' });
  const send = el('button', { className: 'send', id: 'try-it-send', textContent: 'Send' });
  const result = el('div', { id: 'try-it-result' });
  const close = el('button', { textContent: '\u2715', title: 'Close' });
  panel.append(
    el('header', {}, el('strong', { textContent: 'Try it' }), close),
    el(
      'div',
      { className: 'body' },
      el('label', { htmlFor: 'try-it-operation', textContent: 'Operation' }),
      select,
      el('label', { htmlFor: 'try-it-target', textContent: 'Send to' }),
      target,
      keyRow,
      fields,
      send,
      result,
    ),
  );
  document.body.append(toggle, panel);

  const current = () => config.operations.find((o) => o.operationId === select.value)!;
  const inputs = new Map<string, HTMLInputElement>();
  let bodyArea: HTMLTextAreaElement | undefined;
  const showOperation = () => {
    const op = current();
    inputs.clear();
    fields.replaceChildren();
    for (const p of op.params) {
      const input = el('input', { id: `try-it-param-${p.name}`, value: p.value });
      inputs.set(p.name, input);
      fields.append(el('label', { htmlFor: input.id, textContent: `${p.name} (${p.in})` }), input);
    }
    bodyArea =
      op.body === undefined ? undefined : el('textarea', { id: 'try-it-body', value: op.body, spellcheck: false });
    if (bodyArea)
      fields.append(
        el('label', { htmlFor: 'try-it-body', textContent: `Body (${op.mediaType ?? 'application/json'})` }),
        bodyArea,
      );
    result.replaceChildren();
  };
  const follow = () => {
    const shown = shownOperation();
    const op = config.operations.find((o) => o.operationId.toLowerCase() === shown);
    if (op && select.value !== op.operationId) {
      select.value = op.operationId;
      showOperation();
    }
  };

  toggle.addEventListener('click', () => {
    panel.hidden = false;
    follow();
  });
  close.addEventListener('click', () => (panel.hidden = true));
  select.addEventListener('change', showOperation);
  target.addEventListener('change', () => (keyRow.hidden = target.value !== 'real'));
  key.addEventListener('input', () => {
    apiKey = key.value;
  });
  window.addEventListener('hashchange', follow);

  send.addEventListener('click', async () => {
    const op = current();
    const real = target.value === 'real';
    let path = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = { authorization: `Bearer ${real ? apiKey : token}` };
    for (const p of op.params) {
      const value = inputs.get(p.name)!.value;
      // As the client refuses them: `..` would reach the parent resource, an empty one the collection.
      if (p.in === 'path' && !isPathSegment(value)) {
        result.replaceChildren(
          el('p', {
            className: 'error-class',
            id: 'try-it-error-class',
            textContent: `${p.name} must be a non-empty path segment other than "." and "..": nothing was sent.`,
          }),
        );
        return;
      }
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
      else if (p.in === 'query' && value !== '') query.set(p.name, value);
      else if (p.in === 'header' && value !== '') headers[p.name] = value;
    }
    const body = bodyArea?.value;
    if (body !== undefined) headers['content-type'] = op.mediaType ?? 'application/json';
    const url = `${real ? config.serverUrl : fake.endpoint}${path}${query.size > 0 ? `?${query}` : ''}`;
    result.replaceChildren(el('p', { className: 'note', textContent: 'Sending…' }));
    try {
      // As the client: no redirect is followed (the key and body would go to wherever it points).
      const response = await (real ? fetch : fake.fetch)(url, {
        method: op.method.toUpperCase(),
        headers,
        redirect: 'manual',
        ...(body === undefined ? {} : { body }),
      });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        result.replaceChildren(
          el('p', {
            className: 'error-class',
            id: 'try-it-error-class',
            textContent:
              'The API answered with a redirect, which is not followed (nor is it by the client): check the server URL.',
          }),
        );
        return;
      }
      // The pasted key, wherever an answer echoes it (the raw answer below, and the error line).
      const secrets = real ? [apiKey] : [];
      // Read as the client reads it, within its default maxResponseBytes: a larger answer is not read on.
      const cap = DEFAULTS.maxResponseBytes;
      const tooLarge = () => new Error(`the answer is larger than ${cap} bytes, the most the client reads`);
      const text = redactText((await readCapped(response, cap, tooLarge)) as string, secrets);
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // shown as text
      }
      const shown = el('pre', {
        id: 'try-it-response',
        textContent: typeof parsed === 'string' ? parsed : JSON.stringify(parsed, null, 2),
      });
      const status = el('p', { id: 'try-it-status', textContent: `HTTP ${response.status}` });
      const parts: Node[] = [status, shown];
      if (!response.ok) {
        // The client's own table: the same function makes the error a call would throw.
        parts.splice(
          1,
          0,
          el('p', {
            className: 'error-class',
            id: 'try-it-error-class',
            textContent: errorLine(config.profile.runtime, secrets, response, parsed),
          }),
        );
      }
      result.replaceChildren(...parts);
    } catch (err) {
      result.replaceChildren(
        el('p', { className: 'error-class', textContent: `No answer: ${(err as Error).message}` }),
      );
    }
  });

  select.value = config.operations[0]?.operationId ?? '';
  showOperation();
}
