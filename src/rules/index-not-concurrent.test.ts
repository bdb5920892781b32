import rule from './index-not-concurrent.js';
import { runRuleTests } from './test-utils.js';

runRuleTests(rule, {
  valid: [
    'CREATE INDEX CONCURRENTLY users_email_idx ON user_service.users (email);',
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON user_service.users (email);',
    { name: 'table created earlier in the same file', code: 'CREATE TABLE user_service.users (id bigint, email text);\nCREATE INDEX users_email_idx ON user_service.users (email);' },
    { name: 'created unqualified, indexed qualified', code: 'CREATE TABLE users (id bigint);\nCREATE INDEX ON user_service.users (id);' },
    { name: 'created by CREATE TABLE AS', code: 'CREATE TABLE user_service.t AS SELECT 1 AS a;\nCREATE INDEX ON user_service.t (a);' },
    { name: 'temporary table', code: 'CREATE TEMP TABLE scratch (a int);\nCREATE INDEX ON scratch (a);' },
    'CREATE INDEX ON ONLY user_service.events (created_at);',
    { name: 'down migrations are not checked', code: 'CREATE INDEX i ON user_service.users (email);', facts: { direction: 'down' } },
  ],
  invalid: [
    { code: 'CREATE INDEX users_email_idx ON user_service.users (email);', errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endLine: 1, endColumn: 13 }] },
    { code: 'create unique index on user_service.users (email);', errors: [{ messageId: 'notConcurrent', line: 1, column: 1, endColumn: 20 }] },
    {
      name: 'a table created AFTER the index does not count',
      code: 'CREATE INDEX i ON user_service.t (a);\nCREATE TABLE user_service.t (a int);',
      errors: [{ messageId: 'notConcurrent', line: 1, column: 1 }],
    },
    {
      name: 'a table of the same name in another schema does not count',
      code: 'CREATE TABLE audit.users (id int);\nCREATE INDEX i ON user_service.users (id);',
      errors: [{ messageId: 'notConcurrent', line: 2, column: 1 }],
    },
    {
      name: 'after multi-byte characters',
      code: "-- 👩‍💻 índice\n  CREATE INDEX i ON user_service.users (email);",
      errors: [{ messageId: 'notConcurrent', line: 2, column: 3 }],
    },
    {
      name: 'inside a DO block',
      code: 'DO $$ BEGIN\n  EXECUTE \'select 1\';\n  CREATE INDEX i ON user_service.users (email);\nEND $$;',
      errors: [{ messageId: 'notConcurrent', line: 3, column: 3 }],
    },
  ],
});
