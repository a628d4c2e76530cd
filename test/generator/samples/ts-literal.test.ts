// A docs sample's argument, written as TypeScript source, must mean the same value when a reader
// runs it: every field an own property, the object's prototype untouched.
import { tsLiteral } from '../../../scripts/generator/samples/arguments.js';

/** Runs the literal as a reader's copy of the sample would. */
const evaluate = (source: string): unknown => new Function(`return (${source});`)();

test('a __proto__ field in an example stays an own field of the sample argument, not its prototype', () => {
  const example = JSON.parse('{"__proto__": {"polluted": true}, "name": "front door"}');
  const source = tsLiteral(example);
  const value = evaluate(source) as Record<string, unknown>;
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(Object.keys(value)).toEqual(['__proto__', 'name']);
  expect(JSON.stringify(value)).toBe(JSON.stringify(example));
  expect((value as { polluted?: unknown }).polluted).toBeUndefined();
});

test('nested objects, arrays and quoted keys round-trip through the literal', () => {
  const example = JSON.parse('{"a-b": [1, {"__proto__": 2, "c": "it\'s"}], "ok": null}');
  expect(JSON.stringify(evaluate(tsLiteral(example)))).toBe(JSON.stringify(example));
});
