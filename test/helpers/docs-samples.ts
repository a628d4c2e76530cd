// The code samples of generated docs pages, as a reader copies them, and a cURL sample run against
// a loopback server in place of the API's.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Lexer, type Tokens } from 'marked';

/** The operation pages of a docs folder (events.md, when there is one, documents events, not a call). */
export const operationPages = (docs: string): string[] =>
  readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'index.md' && f !== 'events.md');

/** The code blocks of one language on a page, in order. */
export const codeBlocks = (file: string, lang: string): string[] =>
  new Lexer()
    .lex(readFileSync(file, 'utf8'))
    .flatMap((t) => (t.type === 'code' && (t as Tokens.Code).lang === lang ? [(t as Tokens.Code).text] : []));

/** The cURL sample of a page, pointed at `url` instead of the API's `serverUrl`. */
export function curlSample(docs: string, page: string, serverUrl: string, url: string): string {
  const [command] = codeBlocks(join(docs, page), 'sh');
  if (!command?.includes(serverUrl)) throw new Error(`${page}: no cURL sample for ${serverUrl}`);
  return command.replace(serverUrl, url);
}

/** Runs a cURL sample with the token in its environment variable; the HTTP status and the body. */
export async function runCurl(command: string, env: Record<string, string>): Promise<{ status: number; body: string }> {
  // Asynchronous: the server answering curl may run in this process.
  const { stdout } = await promisify(execFile)('bash', ['-c', `${command} -w '\\n%{http_code}'`], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ...env },
  });
  const lines = stdout.trimEnd().split('\n');
  return { status: Number(lines.at(-1)), body: lines.slice(0, -1).join('\n') };
}
