import { decode } from './lint.js';

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it.each([
    ['plain text', bytes('SELECT 1;\n'), 'SELECT 1;\n'],
    ['a BOM is dropped', bytes([0xef, 0xbb, 0xbf], 'SELECT 1;'), 'SELECT 1;'],
    ['multi-byte text', bytes("SELECT 'é😀';"), "SELECT 'é😀';"],
  ])('%s', (_name, input, expected) => {
    expect(decode(input)).toBe(expected);
  });

  // Where the first bad byte is, as line:column in characters, lines ending at \n, \r\n or a lone \r.
  it.each([
    ['a surrogate on line 2', bytes('SELECT 1;\n', [0xed, 0xa0, 0x80], '\n'), 'invalid UTF-8 byte sequence 0xed 0xa0 0x80', '2:1'],
    ['a Latin-1 byte after multi-byte text', bytes("SELECT 'é', '", [0xe9], "';"), 'invalid UTF-8 byte sequence 0xe9', '1:14'],
    ['a lone continuation byte', bytes('-- x\r\nSELECT ', [0x80], ';'), 'invalid UTF-8 byte sequence 0x80', '2:8'],
    ['an overlong form', bytes('SELECT ', [0xc0, 0xaf]), 'invalid UTF-8 byte sequence 0xc0', '1:8'],
    ['a code point above U+10FFFF', bytes('a\rb\r', [0xf4, 0x90, 0x80, 0x80]), 'invalid UTF-8 byte sequence 0xf4 0x90 0x80 0x80', '3:1'],
    ['a sequence cut short at the end', bytes('SELECT 1;\n\nx', [0xe2, 0x82]), 'invalid UTF-8 byte sequence 0xe2 0x82', '3:2'],
    ['a BOM does not count as a column', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), 'invalid UTF-8 byte sequence 0xff', '1:3'],
    ['a NUL byte', bytes('SELECT 1;\nSELECT é', [0], ';'), 'it holds a NUL byte', '2:9'],
    ['a NUL byte before an invalid byte', bytes('a', [0], '\n', [0xff]), 'it holds a NUL byte', '1:2'],
    ['an invalid byte before a NUL byte', bytes('a', [0xff], '\n', [0]), 'invalid UTF-8 byte sequence 0xff', '1:2'],
  ])('%s', (_name, input, problem, where) => {
    const r = decode(input);
    expect(typeof r === 'string' ? r : { problem: r.problem, where: `${r.line}:${r.column}` }).toEqual({ problem, where });
  });
});
