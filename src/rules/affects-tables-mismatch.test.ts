import rule from './affects-tables-mismatch.js';
import { runRule, runRuleTests } from './test-utils.js';
import { ensureParser } from '../sql/parser.js';

const affects = (...t: string[]) => ({ affectsTables: t });

runRuleTests(rule, {
  valid: [
    { name: 'no affects_tables declared: nothing to compare', code: 'CREATE TABLE user_service.users (id int);' },
    { code: 'CREATE TABLE user_service.users (id int);\nCREATE INDEX ON user_service.users (id);', facts: affects('user_service.users') },
    { name: 'unqualified SQL name matches a qualified entry', code: 'ALTER TABLE users ADD COLUMN a int;', facts: affects('user_service.users') },
    { name: 'unqualified entry matches a qualified write', code: 'INSERT INTO user_service.users VALUES (1);', facts: affects('users') },
    { name: 'case and quotes', code: 'UPDATE "user_service"."Users" SET a = 1 WHERE b;', facts: affects('user_service."Users"') },
    { name: 'entries are read like SQL: unquoted names fold to lower case', code: 'UPDATE User_Service.USERS SET a = 1 WHERE b;', facts: affects('user_service.Users') },
    { name: 'a quoted entry with a dot and a quote in it', code: 'INSERT INTO user_service."a.""b" VALUES (1);', facts: affects('user_service."a.""b"') },
    { name: 'an INSERT target named like a CTE is the table', code: 'WITH x AS (SELECT 1 AS id) INSERT INTO user_service.x SELECT * FROM x;', facts: affects('user_service.x') },
    { name: 'reads do not count', code: 'INSERT INTO user_service.a SELECT * FROM user_service.b;', facts: affects('user_service.a') },
    { name: 'temporary tables do not count', code: 'CREATE TEMP TABLE x (a int);\nINSERT INTO x VALUES (1);\nUPDATE user_service.a SET n = 1 WHERE id IN (SELECT a FROM x);', facts: affects('user_service.a') },
    { name: 'function bodies do not run now', code: 'CREATE FUNCTION user_service.f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DELETE FROM user_service.b WHERE true; END $$;\nCREATE TABLE user_service.a (id int);', facts: affects('user_service.a') },
    { name: 'triggers, comments and constraints are DDL on the table', code: "CREATE TRIGGER t BEFORE UPDATE ON user_service.a FOR EACH ROW EXECUTE FUNCTION user_service.f();\nCOMMENT ON COLUMN user_service.a.b IS 'x';", facts: affects('user_service.a') },
    { name: 'down migrations are not compared', code: 'DROP TABLE user_service.b;', facts: { direction: 'down', affectsTables: ['user_service.a'] } },
  ],
  invalid: [
    {
      name: 'a written table is not listed: reported where it is first written',
      code: 'CREATE TABLE user_service.a (id int);\nINSERT INTO user_service.b VALUES (1);\nDELETE FROM user_service.b WHERE id = 2;',
      facts: affects('user_service.a'),
      errors: [{ messageId: 'unlisted', line: 2, column: 13, endLine: 2, endColumn: 27 }],
    },
    {
      name: 'a listed table is not written: reported at the top of the file',
      code: '-- adds a column\nALTER TABLE user_service.a ADD COLUMN c int;',
      facts: affects('user_service.a', 'user_service.b'),
      errors: [{ messageId: 'unwritten', line: 1, column: 1 }],
    },
    {
      name: 'a schema mismatch',
      code: 'CREATE TABLE audit.a (id int);',
      facts: affects('user_service.a'),
      errors: [{ messageId: 'unwritten', line: 1, column: 1 }, { messageId: 'unlisted', line: 1, column: 14 }],
    },
    {
      name: 'a quoted name is not the folded one: "Users" is not users',
      code: 'CREATE TRIGGER tr AFTER INSERT ON user_service."Users" FOR EACH ROW EXECUTE FUNCTION user_service.f();',
      facts: affects('user_service.users'),
      errors: [{ messageId: 'unwritten', line: 1, column: 1 }, { messageId: 'unlisted', line: 1, column: 35, endColumn: 55 }],
    },
    {
      name: 'a CTE read is not a write',
      code: 'WITH x AS (SELECT 1 AS id) UPDATE user_service.t SET a = 1 FROM x;',
      facts: affects('user_service.t', 'x'),
      errors: [{ messageId: 'unwritten', line: 1, column: 1 }],
    },
    {
      name: 'writes in a DO block count, at their line',
      code: "DO $$\nBEGIN\n  UPDATE user_service.b SET x = 'ü' WHERE true;\nEND $$;",
      facts: affects(),
      errors: [{ messageId: 'unlisted', line: 3, column: 10 }],
    },
  ],
});

describe('affects-tables-mismatch names', () => {
  beforeAll(async () => {
    await ensureParser();
  });

  it('spells a quoted table as SQL does, so it can be pasted into affects_tables', () => {
    const [unlisted] = runRule(rule, 'ALTER TABLE user_service."Users" ADD COLUMN a int;', affects('user_service.users')).filter((v) => v.messageId === 'unlisted');
    expect(unlisted?.message).toContain('changes user_service."Users",');
    expect(unlisted?.help).toContain('"user_service.\\"Users\\""');
  });
});
