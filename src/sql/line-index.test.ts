import { LineIndex } from './line-index.js';

/** Byte offset of the first occurrence of `needle`. */
const byteOf = (text: string, needle: string): number => Buffer.byteLength(text.slice(0, text.indexOf(needle)), 'utf8');

describe('LineIndex', () => {
  // Lines end where editors and GitHub end them: \n, \r\n and a lone \r (old Mac files).
  it.each([
    ['\\n', 'SELECT 1;\nDELETE FROM s.t;', '2:1'],
    ['\\r\\n', 'SELECT 1;\r\nDELETE FROM s.t;', '2:1'],
    ['lone \\r', 'SELECT 1;\rDELETE FROM s.t;', '2:1'],
    ['mixed', 'a;\r\nb;\rc;\n\rDELETE FROM s.t;', '5:1'],
    ['multi-byte text before, in characters', 'SELECT 1;\r/* é 😀 */ DELETE FROM s.t;', '2:11'],
  ])('fromByte with %s line endings', (_name, text, expected) => {
    const at = new LineIndex(text).fromByte(byteOf(text, 'DELETE'));
    expect(`${at.line}:${at.column}`).toBe(expected);
  });

  it.each([
    ['\\n', 'a;\nb 😀 DELETE', '2:5'],
    ['lone \\r', 'a;\rb 😀 DELETE', '2:5'],
    ['\\r\\n', 'a;\r\nb 😀 DELETE', '2:5'],
  ])('fromChar with %s line endings', (_name, text, expected) => {
    const at = new LineIndex(text).fromChar([...text.slice(0, text.indexOf('DELETE'))].length);
    expect(`${at.line}:${at.column}`).toBe(expected);
  });

  it('slices by bytes', () => {
    const text = 'é DELETE';
    expect(new LineIndex(text).slice(byteOf(text, 'DELETE'), Buffer.byteLength(text))).toBe('DELETE');
  });
});
