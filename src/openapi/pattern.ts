// A schema's `pattern`, run in linear time. JavaScript's RegExp backtracks: `^(a+)+$` on forty
// `a`s and a `!` runs for hours, and a spec is untrusted. RE2 (here re2js, its pure JavaScript
// port) matches in time linear in the input whatever the pattern, and refuses the few features
// that need backtracking (lookarounds, backreferences), which no spec of the corpus uses. The
// generator's example checks and samples and the fake's validation all run patterns through here.
import { RE2JS } from 're2js';

/** What a pattern needs to be: what ajv's `code.regExp` engine returns. */
export interface LinearPattern {
  test(text: string): boolean;
  toString(): string;
}

/** A pattern RE2 cannot run; its message names the pattern and why. */
export class UnsupportedPattern extends Error {
  override name = 'UnsupportedPattern';
}

// A spec has a few hundred patterns at most (Stripe's has 59): each is compiled once.
const compiled = new Map<string, LinearPattern | UnsupportedPattern>();

/**
 * The pattern as JavaScript reads it (ECMA-262 syntax, as JSON Schema says), compiled to RE2.
 * Throws UnsupportedPattern for one RE2 cannot take.
 */
export function linearPattern(source: string): LinearPattern {
  let found = compiled.get(source);
  if (!found) {
    try {
      const re = RE2JS.compile(RE2JS.translateRegExp(source));
      found = { test: (text) => re.test(text), toString: () => `/${source}/` };
    } catch (err) {
      const why = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : String(err);
      found = new UnsupportedPattern(
        `pattern ${JSON.stringify(source)} cannot be matched in linear time (${why}); lookarounds and backreferences are not supported`,
      );
    }
    compiled.set(source, found);
  }
  if (found instanceof UnsupportedPattern) throw found;
  return found;
}

/** ajv's `code: { regExp }`: every `pattern` and `patternProperties` of a schema compiled by linearPattern. */
export const linearRegExp = Object.assign((pattern: string): LinearPattern => linearPattern(pattern), {
  code: 'linearPattern',
});
