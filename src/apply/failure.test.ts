import type { Finding } from '../core/types.js';
import { charsBefore, failureDetail, failureExtras, failureFinding, failureWhere } from './failure.js';
import { migrationScript } from './script.js';

const FILE = 'services/a/migrations/common/000001_init.up.sql';

describe('failureDetail', () => {
  // 'é' is two bytes and one character; '🙂' four bytes, two UTF-16 units, one character (PostgreSQL's count).
  const sql = 'SELECT é;\nSELECT 🙂, 1 +;\n';
  const script = migrationScript({
    tables: { migrations: 'public."a_schema_migrations"', performance: 'public."a_migration_performance"' },
    direction: 'up',
    version: '000001',
    name: 'init',
    environment: 'development',
    checksum: 'abc',
    sql,
  });
  it.each([
    ['the first character of the file', { position: '1' }, 0, 0, { line: 1, column: 1 }],
    ['after a multi-byte character, on line 2', { position: '20' }, 0, 0, { line: 2, column: 10 }],
    ['a position in a script, shifted by BEGIN', { position: String(script.offset + 20) }, 0, script.offset, { line: 2, column: 10 }],
    ['a position in one statement, shifted by its start', { position: '11' }, 10, 0, { line: 2, column: 11 }],
    ['a position in BEGIN: no line', { position: '3' }, 0, script.offset, {}],
    ['a position in the tracking statements: no line', { position: String(script.offset + 40) }, 0, script.offset, {}],
  ])('%s', (_name, err, start, shift, expected) => {
    const d = failureDetail(err, sql, FILE, { sentStart: start, shift });
    expect({ line: d.line, column: d.column }).toEqual({ line: undefined, column: undefined, ...expected });
    expect(d.file).toBe(FILE);
  });

  it('keeps DETAIL, HINT and CONTEXT', () => {
    const d = failureDetail(
      { position: '8', detail: 'Key (status)=(pending) is duplicated.', hint: 'Drop it first.', where: 'PL/pgSQL function f() line 3 at RAISE' },
      sql,
      FILE,
    );
    expect(d).toEqual({
      file: FILE,
      line: 1,
      column: 8,
      detail: 'Key (status)=(pending) is duplicated.',
      hint: 'Drop it first.',
      context: 'PL/pgSQL function f() line 3 at RAISE',
    });
    expect(failureWhere(d)).toBe(`${FILE}:1:8`);
    expect(failureExtras(d)).toEqual(['DETAIL: Key (status)=(pending) is duplicated.', 'HINT: Drop it first.', 'CONTEXT: PL/pgSQL function f() line 3 at RAISE']);
  });

  it('an error without position (a cancel) in a known statement is located at the statement', () => {
    expect(failureDetail(new Error('canceling statement due to user request'), sql, FILE, { sentStart: 10, statementStart: 10 })).toEqual({ file: FILE, line: 2, column: 1 });
  });

  it('a non-error or a lost connection gives only the file', () => {
    expect(failureDetail(new Error('Connection terminated'), sql, FILE)).toEqual({ file: FILE });
    expect(failureDetail(undefined, sql, undefined)).toEqual({});
    expect(failureWhere({})).toBeUndefined();
    expect(failureWhere({ file: FILE })).toBe(FILE);
  });
});

test('charsBefore counts code points of a UTF-8 prefix', () => {
  const bytes = Buffer.from('é🙂a', 'utf8');
  expect([0, 2, 6, 7].map((b) => charsBefore(bytes, b))).toEqual([0, 1, 2, 3]);
});

test('failureFinding: located, with the extra fields under the message', () => {
  const f: Finding = failureFinding('a', '000001', 'a 000001 failed to apply: boom', { file: FILE, line: 2, column: 10, hint: 'h' });
  expect(f).toEqual({ rule: 'migration-failed', severity: 'error', message: 'a 000001 failed to apply: boom\nHINT: h', file: FILE, line: 2, column: 10, service: 'a', migration: '000001' });
  expect(failureFinding('a', '000001', 'm', undefined)).toEqual({ rule: 'migration-failed', severity: 'error', message: 'm', service: 'a', migration: '000001' });
});
