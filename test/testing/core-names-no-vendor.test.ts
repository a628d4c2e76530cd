// The fake's core (src/testing/, apart from index.ts, the package's Seam entry that re-exports
// Seam's layer) names no vendor: no Seam, no access code, in its code (comments may cite Seam as an
// example). Seam's rules, events, access codes and createFakeSeam are src/profiles/seam/fake*.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/paths.js';

const CORE = join(ROOT, 'src/testing');
const VENDOR = /seam|access_?code|accesscode/i;

/** The file's names and literals, as the parser reads them: its code without its comments. */
function codeOf(text: string): string {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const tokens: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) ||
      ts.isPrivateIdentifier(node) ||
      ts.isLiteralExpression(node) ||
      ts.isTemplateLiteralToken(node)
    )
      tokens.push(node.getText(source));
    node.forEachChild(visit);
  };
  visit(source);
  return tokens.join(' ');
}

const files = (readdirSync(CORE, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => join(CORE, f));

it('the core has files to check, and the check sees a vendor name in code but not in a comment', () => {
  expect(files.length).toBeGreaterThan(20);
  expect(codeOf("// Seam's\nconst a = 'seam-request-id';")).toMatch(VENDOR);
  expect(codeOf("// Seam's access_code\nconst a = 1; /* accessCodes */")).not.toMatch(VENDOR);
});

it.each(files.map((f) => [relative(ROOT, f), f]))('%s names no vendor in its code', (_name, file) => {
  const code = codeOf(readFileSync(file, 'utf8'));
  expect(code.match(new RegExp(`.{0,40}${VENDOR.source}.{0,40}`, 'i'))?.[0]).toBeUndefined();
});
