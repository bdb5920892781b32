import { migrationScript, RECORDED_SAVEPOINT, scriptOutcome, type ScriptInput } from './script.js';

const base: ScriptInput = {
  tables: { migrations: 'public."a_schema_migrations"', performance: 'public."a_migration_performance"' },
  direction: 'up',
  version: '000001',
  name: 'init',
  environment: 'development',
  checksum: 'abc',
  sql: 'CREATE TABLE t (id int);',
};

describe('migrationScript', () => {
  it('wraps the file in BEGIN ... COMMIT with its tracking and attempt rows', () => {
    const s = migrationScript(base);
    expect(s.text.startsWith('BEGIN;\nCREATE TABLE t (id int);\n;\n')).toBe(true);
    expect(s.text.slice(s.offset, s.offset + base.sql.length)).toBe(base.sql);
    expect(s.text).toContain(`INSERT INTO public."a_schema_migrations"`);
    expect(s.text).toContain(`VALUES ('000001', 'init', 'development', 'abc', pg_catalog.now(),`);
    expect(s.text).toContain(`INSERT INTO public."a_migration_performance"`);
    expect(s.text.endsWith(`SAVEPOINT ${RECORDED_SAVEPOINT};\nCOMMIT;`)).toBe(true);
  });

  it.each([
    ['no final semicolon', 'CREATE TABLE t (id int)'],
    ['a final line comment without newline', 'CREATE TABLE t (id int); -- done'],
    ['only a comment', '-- nothing'],
    ['empty', ''],
  ])('a file with %s cannot swallow what follows it', (_label, sql) => {
    const s = migrationScript({ ...base, sql });
    // The file is followed by a newline (ends a -- comment) and a ; (ends an unterminated statement).
    expect(s.text.slice(s.offset)).toMatch(new RegExp(`^${sql.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n;\\nINSERT`));
  });

  it('a down migration deletes the tracking row and logs a down attempt', () => {
    const s = migrationScript({ ...base, direction: 'down' });
    expect(s.text).toContain(`DELETE FROM public."a_schema_migrations" WHERE version = '000001'`);
    expect(s.text).toContain(`VALUES ('000001', 'down',`);
    expect(s.text).not.toContain('INSERT INTO public."a_schema_migrations"');
  });

  it('values are literals with quotes doubled', () => {
    const s = migrationScript({ ...base, name: "o'brien", environment: 'a\\b' });
    expect(s.text).toContain(`'o''brien'`);
    expect(s.text).toContain(`E'a\\\\b'`);
  });
});

describe('scriptOutcome', () => {
  it.each([
    [undefined, 'committing'],
    [[], 'before-commit'],
    [['BEGIN', 'CREATE TABLE'], 'before-commit'],
    [['BEGIN', 'CREATE TABLE', 'INSERT 0 1', 'INSERT 0 1'], 'before-commit'],
    [['BEGIN', 'CREATE TABLE', 'INSERT 0 1', 'INSERT 0 1', 'SAVEPOINT'], 'committing'],
    [['BEGIN', 'CREATE TABLE', 'INSERT 0 1', 'INSERT 0 1', 'SAVEPOINT', 'COMMIT'], 'committed'],
  ] as const)('%j -> %s', (tags, expected) => {
    expect(scriptOutcome(tags as readonly string[] | undefined)).toBe(expected);
  });
});
