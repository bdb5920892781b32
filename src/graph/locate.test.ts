import { locate, pointer } from './locate.js';
import { loadedJson } from './test-helpers.js';

describe('pointer', () => {
  it('escapes ~ and /', () => {
    expect(pointer('migrations', 'a/b', 'c~d', 0)).toBe('/migrations/a~1b/c~0d/0');
  });
});

describe('locate', () => {
  const json = loadedJson('x.json', { migrations: { '000002': { depends_on: ['000001'] } } });
  it.each([
    ['/migrations/000002/depends_on/0', 5, 9],
    ['/migrations/000002/depends_on/5', 4, 7], // no such item: its list
    ['/migrations/000009/environment', 2, 3], // no such entry: "migrations"
    ['', 1, 1],
  ])('%s -> %i:%i', (ptr, line, column) => {
    expect(locate(json, ptr)).toEqual({ line, column });
  });

  it('falls back to line 1 without positions', () => {
    expect(locate(undefined, '/a/b')).toEqual({ line: 1, column: 1 });
  });
});
