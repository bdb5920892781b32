import { quoteLiteral, withoutNul } from './literal.js';

describe('quoteLiteral', () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["o'brien", "'o''brien'"],
    ["''", "''''''"],
    ['back\\slash', "E'back\\\\slash'"],
    ["both \\' kinds", "E'both \\\\'' kinds'"],
    ['multi-byte é — 日本語 ✅', "'multi-byte é — 日本語 ✅'"],
    ['line\nbreak', "'line\nbreak'"],
    ["'); DROP TABLE x; --", "'''); DROP TABLE x; --'"],
  ])('%j -> %s', (value, expected) => {
    expect(quoteLiteral(value)).toBe(expected);
  });

  it('rejects NUL, which PostgreSQL text cannot hold', () => {
    expect(() => quoteLiteral('a\u0000b')).toThrow(/NUL/);
    expect(quoteLiteral(withoutNul('a\u0000b'))).toBe("'a\uFFFDb'");
  });
});
