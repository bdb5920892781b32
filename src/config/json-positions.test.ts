import fc from 'fast-check';
import { MAX_JSON_DEPTH, parseJson, parseJsonLazily } from './json-positions.js';
import { escapePointerToken, pointerToPath, splitPointer } from './pointer.js';

describe('parseJson values', () => {
  const valid: [string, unknown][] = [
    ['{}', {}],
    ['[]', []],
    ['  {"a": 1, "b": [true, false, null], "c": {"d": "e"}}  ', { a: 1, b: [true, false, null], c: { d: 'e' } }],
    ['"\\u00e9\\n\\t\\"\\\\\\/"', 'é\n\t"\\/'],
    ['-0.5e+3', -500],
    ['0', 0],
    ['\ufeff{"bom": true}', { bom: true }],
    ['"\\ud83d\\ude00"', '😀'],
    ['{"a":1,"a":2}', { a: 2 }],
  ];
  test.each(valid)('%j parses like JSON.parse', (text, expected) => {
    const r = parseJson(text);
    expect(r.error).toBeUndefined();
    expect(r.value).toEqual(expected);
  });
});

describe('parseJson positions', () => {
  const text = ['{', '  "migrations": {', '    "000001": {"depends_on": ["000000", "x"]},', '    "é😀": [1, {"k": 2}]', '  }', '}'].join('\n');
  const cases: [string, number, number, number][] = [
    ['', 1, 1, 0],
    ['/migrations', 2, 3, 15],
    ['/migrations/000001', 3, 5, 13],
    ['/migrations/000001/depends_on', 3, 16, 28],
    ['/migrations/000001/depends_on/0', 3, 31, 39],
    ['/migrations/000001/depends_on/1', 3, 41, 44],
    // Multi-byte characters count as one column each (an emoji is one, not two).
    ['/migrations/é😀', 4, 5, 9],
    ['/migrations/é😀/0', 4, 12, 13],
    ['/migrations/é😀/1', 4, 15, 23],
    ['/migrations/é😀/1/k', 4, 16, 19],
  ];
  test.each(cases)('%s at %i:%i', (pointer, line, column, endColumn) => {
    const r = parseJson(text);
    expect(r.error).toBeUndefined();
    const pos = r.positions.get(pointer);
    expect(pos).toMatchObject({ line, column });
    if (endColumn !== 0) expect(pos?.endColumn).toBe(endColumn);
  });

  test('root array positions', () => {
    const r = parseJson('\n  [1,\n 2]');
    expect(r.positions.get('')).toEqual({ line: 2, column: 3 });
    expect(r.positions.get('/1')).toMatchObject({ line: 3, column: 2 });
  });

  test('keys with / and ~ are escaped in pointers', () => {
    const r = parseJson('{"a/b": {"c~d": 1}}');
    expect(r.positions.get('/a~1b/c~0d')).toMatchObject({ line: 1, column: 10 });
  });
});

describe('parseJson syntax errors', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['empty file', '', 1, 1, /empty/],
    ['only spaces', '  \n ', 2, 2, /empty/],
    ['truncated object', '{\n  "a": 1', 2, 9, /end of file.*',' or '}'/],
    ['truncated array', '{"a": [1, 2', 1, 12, /end of file.*',' or '\]'/],
    ['truncated after key', '{"a"', 1, 5, /end of file.*':'/],
    ['truncated string', '{"a": "abc', 1, 11, /end of file inside the string that starts at line 1, column 7/],
    ['trailing comma in object', '{"a": 1,\n}', 1, 8, /Trailing comma/],
    ['trailing comma in array', '[1, 2, ]', 1, 6, /Trailing comma/],
    ['missing comma', '{"a": 1 "b": 2}', 1, 9, /',' or '}'/],
    ['single quotes', "{'a': 1}", 1, 2, /key in double quotes/],
    ['single-quoted value', "{\"a\": 'x'}", 1, 7, /double quotes/],
    ['unquoted key', '{a: 1}', 1, 2, /key in double quotes/],
    ['comment', '{// no\n}', 1, 2, /character '\/'/],
    ['bad literal', '[tru]', 1, 2, /a JSON value/],
    ['leading zero', '[01]', 1, 2, /leading zeros/],
    ['bad escape', '"a\\qb"', 1, 3, /Invalid escape '\\q'/],
    ['bad unicode escape', '"\\u12G4"', 1, 2, /four hex digits/],
    ['raw newline in string', '"a\nb"', 1, 3, /line break/],
    ['control character', '"a\u0001"', 1, 3, /U\+0001/],
    ['garbage after value', '{} x', 1, 4, /after the end/],
    ['two roots', '{}\n{}', 2, 1, /after the end/],
    ['missing fraction digits', '[1.]', 1, 4, /digit after the decimal point/],
    ['missing exponent digits', '[1e]', 1, 4, /digit in the exponent/],
    ['lone minus', '[-]', 1, 3, /a digit/],
    // Columns after multi-byte characters count characters, not bytes or UTF-16 units.
    ['error after emoji', '{"😀é": 1,, }', 1, 10, /key in double quotes/],
    ['error on a later line after multi-byte text', '{\n  "名前": "値",\n  "x": ]\n}', 3, 8, /a JSON value/],
  ];
  test.each(cases)('%s', (_name, text, line, column, message) => {
    const r = parseJson(text);
    expect(r.value).toBeUndefined();
    expect(r.error).toMatchObject({ line, column });
    expect(r.error?.message).toMatch(message);
  });

  test('nesting deeper than the limit is an error, not a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = parseJson(deep);
    expect(r.error?.message).toMatch(`Nesting deeper than ${MAX_JSON_DEPTH}`);
    expect(r.error).toMatchObject({ line: 1, column: MAX_JSON_DEPTH + 1 });
    const objects = '{"a":'.repeat(100_000);
    expect(parseJson(objects).error?.message).toMatch(/Nesting deeper/);
  });

  test('nesting at the limit parses', () => {
    const r = parseJson('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH));
    expect(r.error).toBeUndefined();
  });
});

describe('parseJson safety', () => {
  test('__proto__ keys are own properties and never change a prototype', () => {
    const r = parseJson('{"__proto__": {"polluted": true}, "a": {"__proto__": []}}');
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
    expect((v as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(v)).toEqual(['__proto__', 'a']);
  });

  test('duplicate keys are reported at the second occurrence; the later value wins', () => {
    const r = parseJson('{\n  "a": 1,\n  "b": {"x": 1, "x": 2},\n  "a": 3\n}');
    expect(r.value).toEqual({ a: 3, b: { x: 2 } });
    expect(r.duplicates).toEqual([
      { key: 'x', pointer: '/b/x', line: 3, column: 17 },
      { key: 'a', pointer: '/a', line: 4, column: 3 },
    ]);
  });
});

describe('pointers', () => {
  const paths: [string, unknown, string][] = [
    ['', undefined, '$'],
    ['/migrations/000002/depends_on/0', { migrations: { '000002': { depends_on: ['1'] } } }, '$.migrations.000002.depends_on[0]'],
    ['/a b/0', { 'a b': { 0: 1 } }, '$["a b"].0'],
    ['/x', undefined, '$.x'],
  ];
  test.each(paths)('pointerToPath(%j)', (pointer, root, expected) => {
    expect(pointerToPath(pointer, root)).toBe(expected);
  });

  test('escape and split round-trip', () => {
    const tokens = ['a/b', 'c~d', '', '~1'];
    expect(splitPointer(tokens.map((t) => `/${escapePointerToken(t)}`).join(''))).toEqual(tokens);
  });
});

describe('parseJson agrees with JSON.parse (property-based)', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 300);

  test('every JSON text parses to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        const r = parseJson(text);
        expect(r.error).toBeUndefined();
        expect(r.value).toEqual(JSON.parse(text));
      }),
      { numRuns: runs },
    );
  });

  test('any text: never throws, fails exactly when JSON.parse fails, errors point inside the text', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.jsonValue({ maxDepth: 4 }).chain((v) =>
        fc.tuple(fc.constant(JSON.stringify(v)), fc.nat(), fc.string({ maxLength: 3 })).map(([t, i, s]) => {
          const at = t.length === 0 ? 0 : i % t.length;
          return t.slice(0, at) + s + t.slice(at + (i % 3));
        }),
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        // A byte-order mark is accepted here (editors write it) but not by JSON.parse.
        fc.pre(!text.startsWith('\ufeff'));
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        const r = parseJson(text);
        expect(r.error === undefined).toBe(ok);
        if (r.error) {
          const lines = text.split('\n');
          expect(r.error.line).toBeGreaterThanOrEqual(1);
          expect(r.error.line).toBeLessThanOrEqual(lines.length);
          expect(r.error.column).toBeGreaterThanOrEqual(1);
          expect(r.error.column).toBeLessThanOrEqual([...lines[r.error.line - 1]!].length + 1);
        }
      }),
      { numRuns: runs * 3 },
    );
  });
});

describe('parseJsonLazily', () => {
  test.each([
    ['a plain object', '{\n  "a": [1, {"b": "x"}],\n  "c": null\n}'],
    ['a byte-order mark', '\ufeff{"a": 1}'],
    ['strings holding colons, braces and escaped quotes', '{"a": "x: {y} [z] \\" :", "b:c": {"d": "\\\\"}}'],
    ['__proto__ as a key', '{"__proto__": {"polluted": true}, "a": 1}'],
    ['a duplicated key, nested', '{"a": {"x": 1, "x": 2}}'],
    ['a duplicated key at the top', '{"a": 1,\n "a": 2}'],
    ['a trailing comma', '{"a": 1,}'],
    ['an unterminated string', '{"a": "x'],
    ['a leading zero', '{"a": 01}'],
    ['deeper than allowed', '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)],
    ['empty', ''],
  ])('%s: the same as parseJson', (_what, text) => {
    const full = parseJson(text);
    const lazy = parseJsonLazily(text);
    expect({ value: lazy.value, duplicates: lazy.duplicates, error: lazy.error }).toEqual({ value: full.value, duplicates: full.duplicates, error: full.error });
    for (const [pointer, at] of full.positions) expect(lazy.positions.get(pointer)).toEqual(at);
  });

  test('a well-formed file is located only when a position is asked for', () => {
    const r = parseJsonLazily('{\n  "migrations": {\n    "000001": {"depends_on": []}\n  }\n}');
    expect(r.positions).not.toBeInstanceOf(Map);
    expect(r.positions.get('/migrations/000001/depends_on')).toEqual({ line: 3, column: 16, endLine: 3, endColumn: 28 });
  });
});
