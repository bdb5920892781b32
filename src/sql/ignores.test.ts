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

  it('ignores prose that mentions the marker later in the comment', () => {
    expect(parseIgnore('-- note: svc-migrate-ignore a', 0)).toBeUndefined();
    expect(parseIgnore('-- svc-migrate-ignore', 0)?.rules).toEqual([]);
  });

  // Case and a colon after the marker are habits from other linters: read them. Ids are lower-cased.
  it.each([
    ['-- SVC-MIGRATE-IGNORE Drop-Cascade', 'next', 'drop-cascade@22'],
    ['-- svc-migrate-ignore: a, b', 'next', 'a@23 b@26'],
    ['-- svc-migrate-ignore:a', 'next', 'a@22'],
    ['-- svc-migrate-ignore-FILE :a', 'file', 'a@28'],
    ['/* Svc-Migrate-Ignore-File: a */', 'file', 'a@28'],
  ])('reads %j', (comment, scope, ids) => {
    const c = parseIgnore(comment, 0)!;
    expect(c.malformed).toBeUndefined();
    expect({ scope: c.scope, ids: c.rules.map((r) => `${r.id}@${r.start}`).join(' ') }).toEqual({ scope, ids });
  });

  // Opens like the marker but cannot be read: malformed, with the marker as written and where it is.
  it.each([
    ['-- svc-migrate-ignored a', 'svc-migrate-ignored@3'],
    ['-- svc-migrate-ignore-files a', 'svc-migrate-ignore-files@3'],
    ['--svc_migrate_ignore a', 'svc_migrate_ignore@2'],
    ['/*  svcmigrate-ignore a */', 'svcmigrate-ignore@4'],
    ['-- svc migrate ignores are explained in the README', undefined], // prose
    ['-- ü svc-migrate-ignore a', undefined],
    ['--  SvcMigrateIgnore(a)', 'SvcMigrateIgnore(a)@4'],
  ])('marks %j as malformed', (comment, expected) => {
    const c = parseIgnore(comment, 0);
    expect(c?.malformed ? `${c.malformed.id}@${c.malformed.start}` : undefined).toBe(expected);
    if (c) expect(c.rules).toEqual([]);
  });
});

describe('findIgnores', () => {
  it('finds comments only, not string contents, and none without the marker', () => {
    const sql = parseSql("SELECT '-- svc-migrate-ignore a';\n-- svc-migrate-ignore b\nSELECT 1;");
    expect(findIgnores(sql).map((i) => i.rules.map((r) => r.id).join())).toEqual(['b']);
    expect(findIgnores(parseSql('SELECT 1; -- nothing'))).toEqual([]);
  });

  it('finds upper-case and malformed markers too (the cheap gate is case-insensitive)', () => {
    const sql = parseSql('-- SVC-MIGRATE-IGNORE a\n-- svc_migrate_ignore b\nSELECT 1;');
    expect(findIgnores(sql).map((i) => i.malformed?.id ?? i.rules.map((r) => r.id).join())).toEqual(['a', 'svc_migrate_ignore']);
  });

  it('ends a -- comment at a lone \\r (old Mac line ends), as PostgreSQL does', () => {
    const sql = parseSql('-- svc-migrate-ignore a\rSELECT 1;');
    expect(findIgnores(sql).map((i) => i.rules.map((r) => r.id))).toEqual([['a']]);
  });

  it('finds comments inside dollar-quoted bodies when asked, at file positions', () => {
    const text = 'DO $$ BEGIN\n  -- svc-migrate-ignore x\n  PERFORM 1;\nEND $$;';
    const sql = parseSql(text);
    const found = findIgnores(sql, [{ start: sql.statements[0]!.start, end: sql.statements[0]!.end }]);
    expect(found).toHaveLength(1);
    expect(sql.lines.fromByte(found[0]!.rules[0]!.start)).toEqual({ line: 2, column: 25 });
  });
});
