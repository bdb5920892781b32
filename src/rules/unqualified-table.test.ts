import rule from './unqualified-table.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE TABLE user_service.users (id bigint PRIMARY KEY, org bigint REFERENCES user_service.orgs (id));',
    'INSERT INTO user_service.users (id) SELECT id FROM user_service.staging JOIN user_service.orgs USING (id);',
    { name: 'CTE names are not tables', code: 'WITH recent AS (SELECT id FROM user_service.users) UPDATE user_service.flags f SET on = true FROM recent WHERE recent.id = f.id;' },
    { name: 'a recursive CTE', code: 'WITH RECURSIVE tree AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM tree WHERE n < 5) SELECT * FROM tree;' },
    { name: 'temporary tables', code: 'CREATE TEMP TABLE scratch (a int);\nINSERT INTO scratch VALUES (1);\nDROP TABLE scratch;' },
    'SELECT relname FROM pg_class JOIN pg_namespace ON true;',
    'SELECT * FROM information_schema.tables;',
    'CREATE SCHEMA user_service CREATE TABLE users (id int);',
    'DROP INDEX user_service.users_email_idx;',
    'SELECT now();',
    'CREATE EXTENSION IF NOT EXISTS citext;',
  ],
  invalid: [
    { code: 'CREATE TABLE users (id bigint);', errors: [{ messageId: 'unqualified', line: 1, column: 14, endLine: 1, endColumn: 19 }] },
    {
      name: 'REFERENCES, FROM and JOIN',
      code: 'CREATE TABLE user_service.o (u int REFERENCES users (id));\nSELECT * FROM user_service.o JOIN orgs ON true;',
      errors: [{ messageId: 'unqualified', line: 1, column: 47 }, { messageId: 'unqualified', line: 2, column: 35 }],
    },
    { code: 'ALTER TABLE "Users" ADD COLUMN a int;', errors: [{ messageId: 'unqualified', line: 1, column: 13, endColumn: 20 }] },
    { code: 'CREATE INDEX CONCURRENTLY i ON users (email);', errors: [{ messageId: 'unqualified', line: 1, column: 32 }] },
    { code: 'DROP TABLE IF EXISTS user_service.a, b;', errors: [{ messageId: 'unqualified', line: 1, column: 38, endColumn: 39 }] },
    { code: 'DELETE FROM sessions WHERE id = 1;', errors: [{ messageId: 'unqualified', line: 1, column: 13 }] },
    { code: 'UPDATE users SET a = 1 WHERE id = 2;', errors: [{ messageId: 'unqualified', line: 1, column: 8 }] },
    {
      name: 'a CTE name does not hide a real table elsewhere',
      code: 'WITH x AS (SELECT 1) INSERT INTO users SELECT * FROM x;',
      errors: [{ messageId: 'unqualified', line: 1, column: 34 }],
    },
    { name: 'down migrations too', code: 'DROP TABLE users;', facts: { direction: 'down' }, errors: [{ messageId: 'unqualified', line: 1, column: 12 }] },
    {
      name: 'multi-byte text before it',
      code: "-- naïve 🙂\nINSERT INTO user_service.t VALUES ('日本語'); INSERT INTO logs VALUES (1);",
      errors: [{ messageId: 'unqualified', line: 2, column: 56 }],
    },
    {
      name: 'inside a function body (search_path at call time is even less predictable)',
      code: 'CREATE FUNCTION user_service.f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  INSERT INTO audit_log VALUES (1);\nEND $$;',
      errors: [{ messageId: 'unqualified', line: 3, column: 15 }],
    },
  ],
});
