// Spec patterns run in linear time (src/openapi/pattern.ts, shared by the fake's validator and the
// generator's example checks and samples): they agree with JavaScript's RegExp wherever both run
// a pattern, and the ones RE2 refuses are refused with a message that names them.
import fc from 'fast-check';
import { linearPattern, UnsupportedPattern } from '../../src/openapi/pattern.js';
import { sampleOf } from '../../src/openapi/sample.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Small patterns of the forms specs use: classes, groups, alternation, repeats, anchors, escapes. */
const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    { maxDepth: 2, depthIdentifier: 'pattern' },
    fc.constantFrom('a', 'b', '.', '\\d', '\\w', '\\s', '[a-c]', '[^a]', '\\.', '-', '\\u00e9', 'é'),
    tie('group') as fc.Arbitrary<string>,
  ),
  group: fc
    .array(tie('piece') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })
    .chain((alts) => fc.constantFrom(`(${alts.join('|')})`, `(?:${alts.join('')})`)),
  piece: fc
    .tuple(tie('atom') as fc.Arbitrary<string>, fc.constantFrom('', '*', '+', '?', '{2}', '{1,3}', '+?'))
    .map(([a, q]) => a + q),
  pattern: fc
    .tuple(fc.boolean(), fc.array(tie('piece') as fc.Arbitrary<string>, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([s, p, e]) => `${s ? '^' : ''}${p.join('')}${e ? '$' : ''}`),
})).pattern;

it('matches what JavaScript RegExp (with the u flag, as ajv compiles patterns) matches (property)', () => {
  fc.assert(
    fc.property(
      pattern,
      fc
        .array(fc.constantFrom('a', 'b', 'c', '1', ' ', '.', '-', 'é', '_', '\n'), { maxLength: 8 })
        .map((c) => c.join('')),
      (source, text) => {
        expect([source, text, linearPattern(source).test(text)]).toEqual([
          source,
          text,
          new RegExp(source, 'u').test(text),
        ]);
      },
    ),
    { numRuns: RUNS, seed: 31 },
  );
});

it('runs a pattern that backtracks exponentially in RegExp on a long almost-match at once', () => {
  // In RegExp, ^(a+)+$ against 40 a's and a '!' tries 2^40 ways; the test would time out.
  expect(linearPattern('^(a+)+$').test(`${'a'.repeat(40)}!`)).toBe(false);
  expect(linearPattern('^(\\d+)+x$').test(`${'1'.repeat(5000)}!`)).toBe(false);
  expect(linearPattern('^(a|aa)+$').test('a'.repeat(5000))).toBe(true);
});

it('refuses lookarounds and backreferences with a message naming the pattern', () => {
  for (const source of ['^(?=a)a', '(?!x)y', '(?<=a)b', '(a)\\1']) {
    expect(() => linearPattern(source)).toThrow(UnsupportedPattern);
    expect(() => linearPattern(source)).toThrow(`pattern ${JSON.stringify(source)} cannot be matched in linear time`);
  }
});

it('a sample of a schema whose pattern RE2 refuses is still a string, and a format named like an Object.prototype member is no format', () => {
  expect(typeof sampleOf({ type: 'string', pattern: '^(?=a)a+$' }, (n) => n)).toBe('string');
  for (const format of ['constructor', 'toString', '__proto__'])
    expect(typeof sampleOf({ type: 'string', format }, (n) => n)).toBe('string');
});
