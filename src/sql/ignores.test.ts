import { ensureParser, parseSql } from './parser.js';
import { findIgnores, parseIgnore } from './ignores.js';

beforeAll(async () => {
  await ensureParser();
});

describe('parseIgnore', () => {
  it('reads rule lists with their byte positions', () => {
    const c = parseIgnore('-- svc-migrate-ignore drop-cascade, delete-without-where', 10)!;
    expect(c.scope).toBe('next');
    expect(c.rules).toEqual([
      { id: 'drop-cascade', start: 32, end: 44 },
      { id: 'delete-without-where', start: 46, end: 66 },
    ]);
  });

  it('reads file scope, block comments and reasons', () => {
    expect(parseIgnore('-- svc-migrate-ignore-file a-b', 0)).toMatchObject({ scope: 'file', rules: [{ id: 'a-b', start: 27 }] });
    expect(parseIgnore('/* svc-migrate-ignore a */', 0)?.rules.map((r) => r.id)).toEqual(['a']);
    expect(parseIgnore('--svc-migrate-ignore a -- because b', 0)?.rules.map((r) => r.id)).toEqual(['a']);
  });

  it('counts multi-byte characters before an id in bytes', () => {
    expect(parseIgnore('/* ü */', 0)).toBeUndefined();
    expect(parseIgnore('--  svc-migrate-ignore x', 3)?.rules[0]).toEqual({ id: 'x', start: 26, end: 27 });
  });

  it('rejects look-alikes', () => {
    expect(parseIgnore('-- svc-migrate-ignored a', 0)).toBeUndefined();
    expect(parseIgnore('-- svc-migrate-ignore-files a', 0)).toBeUndefined();
    expect(parseIgnore('-- note: svc-migrate-ignore a', 0)).toBeUndefined();
    expect(parseIgnore('-- svc-migrate-ignore', 0)?.rules).toEqual([]);
  });
});

describe('findIgnores', () => {
  it('finds comments only, not string contents, and none without the marker', () => {
    const sql = parseSql("SELECT '-- svc-migrate-ignore a';\n-- svc-migrate-ignore b\nSELECT 1;");
    expect(findIgnores(sql).map((i) => i.rules.map((r) => r.id).join())).toEqual(['b']);
    expect(findIgnores(parseSql('SELECT 1; -- nothing'))).toEqual([]);
  });

  it('finds comments inside dollar-quoted bodies when asked, at file positions', () => {
    const text = 'DO $$ BEGIN\n  -- svc-migrate-ignore x\n  PERFORM 1;\nEND $$;';
    const sql = parseSql(text);
    const found = findIgnores(sql, [{ start: sql.statements[0]!.start, end: sql.statements[0]!.end }]);
    expect(found).toHaveLength(1);
    expect(sql.lines.fromByte(found[0]!.rules[0]!.start)).toEqual({ line: 2, column: 25 });
  });
});
