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
    { name: 'a later CTE reads an earlier one', code: 'WITH a AS (SELECT 1 AS id), b AS (SELECT id FROM a) SELECT * FROM b;' },
    { name: 'an outer CTE is visible in subqueries', code: 'WITH a AS (SELECT 1 AS id) SELECT * FROM user_service.t WHERE id IN (SELECT id FROM a) AND EXISTS (SELECT 1 FROM (SELECT * FROM a) s);' },
    { name: 'an inner WITH inside a subquery', code: 'SELECT * FROM user_service.t, LATERAL (WITH q AS (SELECT 1) SELECT * FROM q) z;' },
    { name: 'both arms of a UNION see the WITH', code: 'WITH a AS (SELECT 1) SELECT * FROM a UNION ALL SELECT * FROM a;' },
    { name: 'a MERGE source may be a CTE', code: 'WITH s AS (SELECT 1 AS id) MERGE INTO user_service.t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id);' },
    { name: 'a data-modifying CTE reads an earlier CTE', code: 'WITH a AS (SELECT 1 AS id), b AS (INSERT INTO user_service.t SELECT id FROM a RETURNING id) SELECT * FROM b;' },
    { name: 'recursive CTEs see each other in any order', code: 'WITH RECURSIVE a AS (SELECT 1 AS n UNION ALL SELECT n FROM b), b AS (SELECT n FROM a) SELECT * FROM a;' },
    { name: 'FOR UPDATE OF names a FROM item', code: 'SELECT * FROM user_service.t a FOR UPDATE OF a;' },
    { name: 'a quoted temporary table', code: 'CREATE TEMP TABLE "Scratch" (a int);\nINSERT INTO "Scratch" VALUES (1);' },
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
    {
      name: 'an INSERT target is never a CTE, even one of the same name',
      code: 'WITH x AS (SELECT 1 AS id) INSERT INTO x SELECT * FROM x;',
      errors: [{ messageId: 'unqualified', line: 1, column: 40, endColumn: 41 }],
    },
    {
      name: 'UPDATE, DELETE and MERGE targets are never CTEs',
      code: 'WITH x AS (SELECT 1 AS id) UPDATE x SET id = 2 FROM x y;\nWITH x AS (SELECT 1) DELETE FROM x;\nWITH x AS (SELECT 1 AS id) MERGE INTO x USING x s ON true WHEN MATCHED THEN DELETE;',
      errors: [{ messageId: 'unqualified', line: 1, column: 35 }, { messageId: 'unqualified', line: 2, column: 34 }, { messageId: 'unqualified', line: 3, column: 39 }],
    },
    {
      name: 'a CTE of an inner query does not hide the outer table',
      code: 'SELECT * FROM q, LATERAL (WITH q AS (SELECT 1) SELECT * FROM q) z;',
      errors: [{ messageId: 'unqualified', line: 1, column: 15, endColumn: 16 }],
    },
    {
      name: 'a CTE is not visible in CTEs before it, nor in itself without RECURSIVE',
      code: 'WITH a AS (SELECT * FROM b), b AS (SELECT 1) SELECT * FROM a, b;\nWITH c AS (SELECT * FROM c) SELECT * FROM c;',
      errors: [{ messageId: 'unqualified', line: 1, column: 26 }, { messageId: 'unqualified', line: 2, column: 26 }],
    },
    {
      name: 'a CTE is not visible outside its subquery',
      code: 'SELECT * FROM (WITH b AS (SELECT 1) SELECT * FROM b) s JOIN b ON true;',
      errors: [{ messageId: 'unqualified', line: 1, column: 61 }],
    },
    {
      name: 'SELECT INTO creates a table, whatever the CTEs',
      code: 'WITH x AS (SELECT 1 AS id) SELECT * INTO x FROM x;',
      errors: [{ messageId: 'unqualified', line: 1, column: 42 }],
    },
    {
      name: 'a quoted name is its own table, not the temporary one of another case',
      code: 'CREATE TEMP TABLE scratch (a int);\nINSERT INTO "Scratch" VALUES (1);',
      errors: [{ messageId: 'unqualified', line: 2, column: 13, endColumn: 22 }],
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
