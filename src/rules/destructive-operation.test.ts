import rule from './destructive-operation.js';
import { runRule, runRuleTests } from './test-utils.js';
import { lintFile } from '../lint/lint-file.js';
import { DEFAULT_FACTS } from './test-utils.js';

const forbidden = { environments: ['production'], destructiveForbiddenIn: ['production'] };

runRuleTests(rule, {
  valid: [
    'DROP INDEX user_service.users_email_idx;',
    'DROP FUNCTION user_service.f();',
    'DROP VIEW user_service.v;',
    'DELETE FROM user_service.sessions WHERE id = 1;',
    'ALTER TABLE user_service.users DROP CONSTRAINT users_email_key;',
    { name: 'down migrations undo: not checked', code: 'DROP TABLE user_service.users;', facts: { direction: 'down', ...forbidden } },
    { name: 'function bodies do not run now', code: 'CREATE FUNCTION user_service.f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN TRUNCATE user_service.t; END $$;' },
    { name: 'a table created above holds no older data', code: 'CREATE TABLE app.tmp (id bigint PRIMARY KEY);\nDROP TABLE app.tmp;', facts: forbidden },
    { name: 'TRUNCATE of a table created above', code: 'CREATE TABLE app.tmp AS SELECT id FROM app.users;\nTRUNCATE app.tmp;\nALTER TABLE app.tmp DROP COLUMN id;', facts: forbidden },
    { name: 'created in a DO block above', code: 'DO $$ BEGIN CREATE TABLE app.tmp (id int); END $$;\nDROP TABLE app.tmp;', facts: forbidden },
    { name: 'a temporary table created above', code: 'CREATE TEMP TABLE scratch (id int);\nTRUNCATE scratch;\nDROP TABLE scratch;', facts: forbidden },
  ],
  invalid: [
    { code: 'DROP TABLE user_service.users;', errors: [{ messageId: 'destructive', line: 1, column: 12, endColumn: 30, severity: 'warning' }] },
    { code: 'DROP TABLE user_service.users;', facts: forbidden, errors: [{ messageId: 'forbidden', line: 1, column: 12, severity: 'error' }] },
    {
      name: 'names only the environments that forbid it',
      code: 'DROP TABLE user_service.old;',
      facts: { environments: ['development', 'staging', 'production'], destructiveForbiddenIn: ['staging', 'production'] },
      errors: [{ messageId: 'forbidden', line: 1, column: 12, severity: 'error' }],
    },
    {
      name: 'a table created in a function body is not created now',
      code: 'CREATE FUNCTION app.f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE app.tmp (id int); END $$;\nDROP TABLE app.tmp;',
      errors: [{ messageId: 'destructive', line: 2, column: 12 }],
    },
    {
      name: 'CREATE TABLE IF NOT EXISTS does not prove the table is new',
      code: 'CREATE TABLE IF NOT EXISTS app.tmp (id int);\nTRUNCATE app.tmp;',
      errors: [{ messageId: 'destructive', line: 2, column: 10 }],
    },
    {
      name: 'only the table created above passes',
      code: 'CREATE TABLE app.tmp (id int);\nDROP TABLE app.tmp, app.old;',
      errors: [{ messageId: 'destructive', line: 2, column: 21 }],
    },
    {
      name: 'one finding per dropped table',
      code: 'DROP TABLE IF EXISTS user_service.a, b;',
      errors: [{ messageId: 'destructive', line: 1, column: 22 }, { messageId: 'destructive', line: 1, column: 38 }],
    },
    { code: 'DROP SCHEMA legacy;', facts: forbidden, errors: [{ messageId: 'forbidden', line: 1, column: 13, severity: 'error' }] },
    {
      name: 'DROP COLUMN points at DROP ... name',
      code: 'ALTER TABLE user_service.users\n  ADD COLUMN a int,\n  DROP COLUMN IF EXISTS legacy_flag,\n  DROP old_name;',
      errors: [{ messageId: 'destructive', line: 3, column: 3, endLine: 3, endColumn: 36 }, { messageId: 'destructive', line: 4, column: 3 }],
    },
    { code: 'TRUNCATE user_service.sessions;', errors: [{ messageId: 'destructive', line: 1, column: 10 }] },
    { code: 'DROP DATABASE legacy;', errors: [{ messageId: 'destructive', line: 1, column: 15 }] },
    {
      name: 'inside a DO block, after multi-byte characters',
      code: "DO $$\nBEGIN\n  RAISE NOTICE 'naïve — 😀'; DROP TABLE user_service.t;\nEND $$;",
      facts: forbidden,
      errors: [{ messageId: 'forbidden', line: 3, column: 40, severity: 'error' }],
    },
  ],
});

describe('destructive-operation message', () => {
  it('names only the environments whose allow_destructive_operations is false', () => {
    const [one] = runRule(rule, 'DROP TABLE user_service.old;', {
      environments: ['development', 'staging', 'production'], destructiveForbiddenIn: ['production'],
    });
    expect(one?.message).toContain('forbids destructive operations in production (');
    expect(one?.message).not.toMatch(/development|staging/);
    const [two] = runRule(rule, 'DROP TABLE user_service.old;', {
      environments: ['development', 'staging', 'production'], destructiveForbiddenIn: ['staging', 'production'],
    });
    expect(two?.message).toContain('in staging and production (');
  });
});

// The decision of issue #11: an environment that forbids destructive operations is policy (environments.json);
// neither a comment in the file nor svc-migrate.json's severities can silence its error, so validate and up agree.
describe('destructive-operation where an environment forbids it', () => {
  const lint = (code: string, severities: Record<string, 'off' | 'warning'> = {}) =>
    lintFile({ text: code, facts: { ...DEFAULT_FACTS, ...forbidden } }, [rule], { severities }).violations;

  it('an ignore comment silences the warning elsewhere', () => {
    const v = lintFile({ text: '-- svc-migrate-ignore destructive-operation\nDROP TABLE a_svc.t;', facts: DEFAULT_FACTS }, [rule]).violations;
    expect(v.map((x) => x.finding.rule)).toEqual([]);
  });

  it('an ignore comment does not silence the error, and says so where it is written', () => {
    const v = lint('-- svc-migrate-ignore destructive-operation\nDROP TABLE a_svc.t;');
    expect(v.map((x) => [x.finding.rule, x.messageId, x.finding.severity, x.finding.line])).toEqual([
      ['ignore-unused', 'binding', 'warning', 1],
      ['destructive-operation', 'forbidden', 'error', 2],
    ]);
  });

  it('a file-wide ignore does not silence it either', () => {
    const v = lint('-- svc-migrate-ignore-file destructive-operation\nDROP TABLE a_svc.t;');
    expect(v.filter((x) => x.finding.severity === 'error').map((x) => x.messageId)).toEqual(['forbidden']);
  });

  it('svc-migrate.json cannot turn it off or lower it, but can turn the warning off', () => {
    expect(lint('DROP TABLE a_svc.t;', { 'destructive-operation': 'off' }).map((x) => x.finding.severity)).toEqual(['error']);
    expect(lint('DROP TABLE a_svc.t;', { 'destructive-operation': 'warning' }).map((x) => x.finding.severity)).toEqual(['error']);
    const elsewhere = lintFile({ text: 'DROP TABLE a_svc.t;', facts: DEFAULT_FACTS }, [rule], { severities: { 'destructive-operation': 'off' } });
    expect(elsewhere.violations).toEqual([]);
  });
});
