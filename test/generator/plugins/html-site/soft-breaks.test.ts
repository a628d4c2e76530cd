// The HTML docs' spec joins a paragraph's wrapped lines with a space (Redoc's search index would
// run the words together), and leaves every Markdown block as it is.
import fc from 'fast-check';
import { softBreaksAsSpaces } from '../../../../scripts/generator/plugins/html-site/emit-openapi.js';

it('joins the lines of a paragraph, and keeps lists, tables, headings, code and blank lines', () => {
  const text = [
    'Changes one code: its PIN, name or offline',
    'settings.',
    '',
    '- first',
    '- second',
    '',
    '| a | b |',
    '| - | - |',
    '',
    '```',
    'keep',
    'this',
    '```',
    '# Heading',
    'Line with a hard break  ',
    'next',
  ].join('\n');
  expect(softBreaksAsSpaces(text)).toBe(
    [
      'Changes one code: its PIN, name or offline settings.',
      '',
      '- first',
      '- second',
      '',
      '| a | b |',
      '| - | - |',
      '',
      '```',
      'keep',
      'this',
      '```',
      '# Heading',
      'Line with a hard break  ',
      'next',
    ].join('\n'),
  );
});

it('never changes the words, only the whitespace between lines', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(fc.constantFrom('', '- item', '```', '| x |', '    code'), fc.stringMatching(/^[a-z][a-z ]{0,20}$/)),
        { maxLength: 12 },
      ),
      (lines) => {
        const text = lines.join('\n');
        return softBreaksAsSpaces(text).replace(/\s+/g, ' ').trim() === text.replace(/\s+/g, ' ').trim();
      },
    ),
  );
});
